/**
 * Residents' rights (Law 91/2025; issue 4, item 6): an administrator finds a resident, exports
 * everything stored about them, and erases them on request. Each of the three is written to the
 * audit log in the same transaction, with ids and counts only, never the person's name.
 *
 * Erasure keeps what anonymous counts need: the roster row becomes {erased, village, sex, age
 * group}; attendance rows stay (they hold no name); feedback linked to the person is unlinked and
 * its words cleared, keeping rating and tags; their learner profiles lose the link and the consent
 * (their completions still count, anonymously). Devices learn of it through GET /api/reference
 * (`erasedResidents`), and the push rules keep an erasure winning over any older edit.
 */
import type { AuditEntry } from '../../src/core/auth';
import { currentYearInVietnam } from '../../src/core/dates';
import type { Feedback } from '../../src/core/feedback';
import { ageGroupOf, type Resident } from '../../src/core/resident';
import { compareByGivenName, foldVi, matchesQuery, wholeWordHits } from '../../src/core/text';
import { apiError } from '../auth/caller';
import {
  type AttendanceExport,
  eraseResidentRow,
  findResident,
  listResidentAttendance,
  listResidentFeedback,
  listResidentSummaries,
  type ResidentSummary,
  unlinkResidentFeedback,
} from '../db/admin-resident-queries';
import type { Db, Queryable } from '../db/executor';
import { unlinkProfiles } from '../db/learning-push';
import { listAuditAboutResident, recordAudit } from './audit';
import type { Actor } from './volunteers';

export const SEARCH_LIMIT = 50;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Residents whose name matches `q` ignoring marks and case, whole-word matches first, then in
 * Vietnamese list order (erased ones, nameless, last); a pasted id finds that resident (from the
 * audit log, say). The ids returned are logged, so the export can tell who looked the person up.
 */
export function searchResidents(db: Db, actor: Actor, q: string): Promise<ResidentSummary[]> {
  return db.transact(async (tx) => {
    const all = await listResidentSummaries(tx, actor.commune);
    const id = q.trim().toLowerCase();
    const found = UUID.test(id)
      ? all.filter((r) => r.id === id)
      : all
          .map((r) => ({ r, folded: foldVi(r.fullName ?? '') }))
          .filter(({ r, folded }) => (r.erased ? !q.trim() : matchesQuery(folded, q)))
          .map(({ r, folded }) => ({ r, hits: wholeWordHits(folded, q) }))
          .sort(
            (a, b) =>
              Number(a.r.erased) - Number(b.r.erased) ||
              b.hits - a.hits ||
              compareByGivenName(a.r.fullName ?? '', b.r.fullName ?? '') ||
              (a.r.id < b.r.id ? -1 : 1),
          )
          .map(({ r }) => r);
    const residents = found.slice(0, SEARCH_LIMIT);
    await recordAudit(tx, {
      commune: actor.commune,
      actorId: actor.userId,
      action: 'resident.search',
      targetType: 'commune',
      targetId: actor.commune,
      detail: { matches: found.length, residentIds: residents.map((r) => r.id) },
    });
    return residents;
  });
}

export interface ResidentExport {
  resident: Resident;
  attendance: AttendanceExport[];
  feedback: Feedback[];
  audit: AuditEntry[];
}

async function mustFind(tx: Queryable, actor: Actor, id: string, lock = false) {
  const resident = await findResident(tx, actor.commune, id, { lock });
  if (!resident) throw apiError(404, 'not_found');
  return resident;
}

/** Everything stored about one resident, this export's own audit entry included. */
export function exportResident(db: Db, actor: Actor, id: string): Promise<ResidentExport> {
  return db.transact(async (tx) => {
    const resident = await mustFind(tx, actor, id);
    const attendance = await listResidentAttendance(tx, actor.commune, id);
    const feedback = await listResidentFeedback(tx, actor.commune, id);
    await recordAudit(tx, {
      commune: actor.commune,
      actorId: actor.userId,
      action: 'resident.export',
      targetType: 'resident',
      targetId: id,
      detail: {
        villageId: resident.villageId,
        attendance: attendance.length,
        feedback: feedback.length,
      },
    });
    const audit = await listAuditAboutResident(tx, actor.commune, id);
    return { resident, attendance, feedback, audit };
  });
}

/**
 * Erases the resident and answers them as the search lists them (no name, no birth year).
 * Erasing again is allowed and logged: it unlinks any feedback that reached
 * the server afterwards from a device that had not yet heard of the erasure.
 */
export function eraseResident(db: Db, actor: Actor, id: string): Promise<ResidentSummary> {
  return db.transact(async (tx) => {
    const before = await mustFind(tx, actor, id, true);
    if (!before.erased) {
      const ageGroup = ageGroupOf(before.birthYear, currentYearInVietnam());
      await eraseResidentRow(tx, actor.commune, id, ageGroup);
    }
    const feedbackUnlinked = await unlinkResidentFeedback(tx, actor.commune, id);
    const profilesUnlinked = await unlinkProfiles(tx, actor.commune, [id]);
    await recordAudit(tx, {
      commune: actor.commune,
      actorId: actor.userId,
      action: 'resident.erase',
      targetType: 'resident',
      targetId: id,
      detail: {
        villageId: before.villageId,
        alreadyErased: before.erased,
        feedbackUnlinked,
        profilesUnlinked,
      },
    });
    return { id, fullName: null, villageId: before.villageId, birthYear: null, erased: true };
  });
}
