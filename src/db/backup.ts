/**
 * Backup file storage side: what leaves the phone (every record with an outbox entry and those
 * entries' mutations) and what an import writes. An import is one transaction, records and their
 * queued mutations together, and is deduplicated so the same file imported twice, or on the phone
 * that made it, changes nothing: a session or resident already here with the same or a later
 * `updatedAt` is kept (an erased resident is never brought back), feedback is append-only (an id
 * already here is skipped), attendance keeps the later setting per (session, resident).
 * Imported changes keep their clocks: they happened when the other phone made them, and a new
 * clock would let an old change win over later edits made elsewhere. This phone's clock moves past
 * them, so its own next change is ordered after.
 */
import type { Attendance } from '../core/attendance';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  type Backup,
  backupKeyOf,
  backupRecordKeys,
} from '../core/backup';
import type { Feedback } from '../core/feedback';
import type { Resident } from '../core/resident';
import type { Session } from '../core/session';
import { isFieldMutation, type Mutation, mutationRecordId } from '../core/wire';
import { mutationOf } from './attention';
import { db, type OutboxEntry } from './db';
import { observeHlcs } from './hlc-clock';
import { getClientId } from './meta';
import { outboxTables } from './outbox';

/** How many records a backup made now would hold (attendance counts per person ticked). */
export async function backupRecordCount(): Promise<number> {
  const keys = new Set<string>();
  await db.outbox.each((e) => {
    const m = mutationOf(e);
    if (isFieldMutation(m)) keys.add(backupKeyOf(m));
  });
  return keys.size;
}

/** The backup of everything not yet acknowledged by the server (pending or rejected). */
export async function exportBackup(communeCode: string): Promise<Backup> {
  const clientId = await getClientId();
  const tables = [db.outbox, db.sessions, db.residents, db.attendance, db.feedback];
  return db.transaction('r', tables, async () => {
    // Field records only: the file has no place for learners' progress (it syncs from their phone).
    const mutations = (await db.outbox.toArray()).map(mutationOf).filter(isFieldMutation);
    // The latest change of each record stands in for it should the record itself be missing.
    const latest = new Map<string, Mutation>(mutations.map((m) => [backupKeyOf(m), m]));
    const sessions: Session[] = [];
    const residents: Resident[] = [];
    const attendance: Attendance[] = [];
    const feedback: Feedback[] = [];
    for (const m of latest.values()) {
      switch (m.name) {
        case 'session.put':
          sessions.push((await db.sessions.get(m.args.id)) ?? m.args);
          break;
        case 'resident.put':
          residents.push((await db.residents.get(m.args.id)) ?? m.args);
          break;
        case 'attendance.set':
          attendance.push(
            (await db.attendance.get([m.args.sessionId, m.args.residentId])) ?? m.args,
          );
          break;
        case 'feedback.add':
          feedback.push((await db.feedback.get(m.args.id)) ?? m.args);
          break;
      }
    }
    return {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: new Date().toISOString(),
      clientId,
      communeCode,
      mutations,
      records: { sessions, residents, attendance, feedback },
    };
  });
}

export interface ImportReport {
  /** Records written to this phone (and queued to be sent from it). */
  added: number;
  /** Records already here, as new or newer. */
  skipped: number;
}

const isNewer = (incoming: { updatedAt: string }, stored: { updatedAt: string } | undefined) =>
  !stored || stored.updatedAt < incoming.updatedAt;

/** Writes a parsed backup (see `parseBackup`) and queues its changes, all or nothing. */
export async function importBackup(b: Backup): Promise<ImportReport> {
  const { sessions, residents, attendance, feedback } = b.records;
  const tables = [db.sessions, db.residents, db.attendance, db.feedback, ...outboxTables()];
  return db.transaction('rw', tables, async () => {
    const added = new Set<string>();
    const storedSessions = await db.sessions.bulkGet(sessions.map((s) => s.id));
    const newSessions = sessions.filter((s, i) => isNewer(s, storedSessions[i]));
    const storedResidents = await db.residents.bulkGet(residents.map((r) => r.id));
    const newResidents = residents.filter((r, i) => {
      const stored = storedResidents[i];
      return !stored?.erased && isNewer(r, stored);
    });
    const storedTicks = await db.attendance.bulkGet(
      attendance.map((a): [string, string] => [a.sessionId, a.residentId]),
    );
    const newTicks = attendance.filter((a, i) => isNewer(a, storedTicks[i]));
    const storedFeedback = await db.feedback.bulkGet(feedback.map((f) => f.id));
    const newFeedback = feedback.filter((_, i) => !storedFeedback[i]);

    await db.sessions.bulkPut(newSessions);
    await db.residents.bulkPut(newResidents);
    await db.attendance.bulkPut(newTicks);
    await db.feedback.bulkPut(newFeedback);
    for (const s of newSessions) added.add(`session:${s.id}`);
    for (const r of newResidents) added.add(`resident:${r.id}`);
    for (const a of newTicks) added.add(`attendance:${a.sessionId}:${a.residentId}`);
    for (const f of newFeedback) added.add(`feedback:${f.id}`);

    // The changes of the records taken, in the order the other phone made them, under new seqs.
    const taken = [...b.mutations]
      .sort((x, y) => x.seq - y.seq)
      .filter((m) => added.has(backupKeyOf(m)));
    const createdAt = new Date().toISOString();
    for (const m of taken) {
      const { seq: _theirs, ...change } = m;
      const recordId = mutationRecordId(m);
      const entry = { ...change, recordId, status: 'pending', attempts: 0, lastError: null };
      await db.outbox.add({ ...entry, createdAt } as OutboxEntry);
    }
    await observeHlcs(taken.map((m) => m.hlc));
    const total = new Set(backupRecordKeys(b)).size;
    return { added: added.size, skipped: total - added.size };
  });
}
