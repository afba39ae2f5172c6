/**
 * One push batch as a unit of work: everything the batch's mutations read is loaded in a few
 * set-based queries, sent together, before they are applied (a session or resident the batch only
 * names, as attendance does, is loaded as its place alone: village and erasure), the rules in apply-*.ts then run in memory in seq order
 * (each seeing the effects of the ones before it), and the effects are written at the end, one
 * statement per table (server/db/push-writes.ts). 500 attendance ticks cost a handful of queries,
 * not 500. The commune's change lock is held from before the load until commit, so nothing else
 * writes the commune's records in between.
 */
import type { Attendance } from '../../src/core/attendance';
import type { Feedback } from '../../src/core/feedback';
import type { Attempt, Completion, LearnerProfile } from '../../src/core/learning';
import type { Clocked, FieldConflict } from '../../src/core/merge';
import type { Consent, Resident } from '../../src/core/resident';
import type { StoredSession } from '../../src/core/session';
import type { Mutation } from '../../src/core/wire';
import type { Queryable } from '../db/executor';
import { loadCompletions, loadProfiles } from '../db/learning-push';
import {
  loadResidentPlaces,
  loadResidents,
  loadSessionPlaces,
  loadSessions,
  loadStoredIds,
  loadVillages,
  type ResidentPlace,
} from '../db/push-reads';
import type { Rejection } from './record-checks';

export interface AttendanceWrite extends Attendance {
  hlc: string;
}

export interface ConflictWrite extends FieldConflict {
  recordType: 'session' | 'resident';
  recordId: string;
  villageId: string;
}

export type RecordTable = 'sessions' | 'residents' | 'feedback';

/** A learner profile as the server keeps it: the phone's record, its link, and its clock. */
export type StoredProfile = LearnerProfile & {
  residentId: string | null;
  consent: Consent | null;
  linkedAt: string | null;
  hlc: string;
};

export const completionKey = (c: { profileId: string; moduleCode: string }) =>
  `${c.profileId}/${c.moduleCode}`;

export interface PushBatch {
  readonly villages: ReadonlySet<string>;
  /** Stored sessions and residents the batch puts (as loaded, then as this batch leaves them). */
  readonly sessions: Map<string, Clocked<StoredSession>>;
  readonly residents: Map<string, Clocked<Resident>>;
  /** Every session and resident the batch names or puts: its village (and erasure), as it goes. */
  readonly sessionPlaces: Map<string, string>;
  readonly residentPlaces: Map<string, ResidentPlace>;
  readonly feedbackIds: Set<string>;
  /** Learner profiles named by id, and every one whose code a link names (as the batch leaves them). */
  readonly profiles: Map<string, StoredProfile>;
  readonly attemptIds: Set<string>;
  /** Completions stored or added, by completionKey, and the certificate codes they took. */
  readonly completions: Set<string>;
  readonly certificateCodes: Set<string>;
  /** What to write at the end. */
  readonly writes: {
    sessions: Map<string, Clocked<StoredSession>>;
    residents: Map<string, Clocked<Resident>>;
    /** By "session/resident": the batch's latest-clock state of each key. */
    attendance: Map<string, AttendanceWrite>;
    /** New feedback rows (already stripped when linked to an erased resident). */
    feedback: Feedback[];
    conflicts: ConflictWrite[];
    rejections: { seq: number; reason: Rejection }[];
    /** Records to stamp with a new change number although unchanged (see push.ts). */
    restamps: { table: RecordTable; id: string }[];
    attendanceRestamps: { sessionId: string; residentId: string }[];
    /** Device clocks merged with another clock than their own (src/core/hlc.ts effectiveHlc). */
    clamps: { node: string; original: string; effective: string }[];
    /** Erased residents whose linked feedback loses the link and the words. */
    unlinkFeedbackOf: Set<string>;
    profiles: Map<string, StoredProfile>;
    attempts: Attempt[];
    completions: Completion[];
    /** Erased residents whose linked learner profiles lose the link and the consent. */
    unlinkProfilesOf: Set<string>;
  };
}

export const attendanceKey = (a: { sessionId: string; residentId: string }) =>
  `${a.sessionId}/${a.residentId}`;

/** Nothing to write yet. */
export const emptyWrites = (): PushBatch['writes'] => ({
  sessions: new Map(),
  residents: new Map(),
  attendance: new Map(),
  feedback: [],
  conflicts: [],
  rejections: [],
  restamps: [],
  attendanceRestamps: [],
  clamps: [],
  unlinkFeedbackOf: new Set(),
  profiles: new Map(),
  attempts: [],
  completions: [],
  unlinkProfilesOf: new Set(),
});

/**
 * Loads what `mutations` will read, in one query per table. Every query is sent when this is
 * called, before its first await, so a caller can send it right behind its locks.
 */
export async function loadPushBatch(
  tx: Queryable,
  commune: string,
  mutations: readonly Mutation[],
): Promise<PushBatch> {
  const sessionIds = new Set<string>();
  const residentIds = new Set<string>();
  /** Named only (by attendance, feedback, a link): their places are enough. */
  const sessionRefs = new Set<string>();
  const residentRefs = new Set<string>();
  const feedbackIds = new Set<string>();
  const profileIds = new Set<string>();
  const profileCodes = new Set<string>();
  const attemptIds = new Set<string>();
  const completions: Completion[] = [];
  for (const m of mutations) {
    switch (m.name) {
      case 'session.put':
        sessionIds.add(m.args.id);
        break;
      case 'resident.put':
        residentIds.add(m.args.id);
        break;
      case 'attendance.set':
        sessionRefs.add(m.args.sessionId);
        residentRefs.add(m.args.residentId);
        break;
      case 'feedback.add':
        feedbackIds.add(m.args.id);
        if (m.args.sessionId) sessionRefs.add(m.args.sessionId);
        if (m.args.residentId) residentRefs.add(m.args.residentId);
        break;
      case 'profile.put':
        profileIds.add(m.args.id);
        break;
      case 'attempt.add':
        attemptIds.add(m.args.id);
        profileIds.add(m.args.profileId);
        break;
      case 'completion.add':
        completions.push(m.args);
        profileIds.add(m.args.profileId);
        break;
      case 'profile.link':
        profileCodes.add(m.args.profileCode);
        residentRefs.add(m.args.residentId);
        break;
    }
  }
  const only = (refs: Set<string>, whole: Set<string>) => [...refs].filter((id) => !whole.has(id));
  // Sent together, in the order written, so on PostgreSQL they follow the caller's locks in one
  // pipeline.
  const [
    villages,
    sessions,
    residents,
    sessionPlaces,
    residentPlaces,
    feedbackIdSet,
    profiles,
    attemptIdSet,
    stored,
  ] = await Promise.all([
    loadVillages(tx, commune),
    loadSessions(tx, commune, [...sessionIds]),
    loadResidents(tx, commune, [...residentIds]),
    loadSessionPlaces(tx, commune, only(sessionRefs, sessionIds)),
    loadResidentPlaces(tx, commune, only(residentRefs, residentIds)),
    loadStoredIds(tx, commune, 'feedback', [...feedbackIds]),
    loadProfiles(tx, commune, [...profileIds], [...profileCodes]),
    loadStoredIds(tx, commune, 'learning_attempts', [...attemptIds]),
    loadCompletions(tx, commune, completions),
  ]);
  for (const { record } of sessions.values()) sessionPlaces.set(record.id, record.villageId);
  for (const { record } of residents.values()) residentPlaces.set(record.id, placeOf(record));
  return {
    villages,
    sessions,
    residents,
    sessionPlaces,
    residentPlaces,
    feedbackIds: feedbackIdSet,
    profiles,
    attemptIds: attemptIdSet,
    completions: new Set(stored.map(completionKey)),
    certificateCodes: new Set(stored.map((c) => c.code)),
    writes: emptyWrites(),
  };
}

const placeOf = (r: Resident): ResidentPlace => ({ villageId: r.villageId, erased: r.erased });

/** Stores a session's new state, for the later mutations of the batch and for the write. */
export function putSession(batch: PushBatch, value: Clocked<StoredSession>): void {
  batch.sessions.set(value.record.id, value);
  batch.sessionPlaces.set(value.record.id, value.record.villageId);
  batch.writes.sessions.set(value.record.id, value);
}

export function putResident(batch: PushBatch, value: Clocked<Resident>): void {
  batch.residents.set(value.record.id, value);
  batch.residentPlaces.set(value.record.id, placeOf(value.record));
  batch.writes.residents.set(value.record.id, value);
}

export function putProfile(batch: PushBatch, value: StoredProfile): void {
  batch.profiles.set(value.id, value);
  batch.writes.profiles.set(value.id, value);
}
