/**
 * Attendance: one (session, resident) fact each, set present or absent with a timestamp, queued
 * for sync in the same transaction. A walk-in is a new roster entry and its tick, saved together.
 */
import type { Attendance } from '../core/attendance';
import type { Consent, Resident, ResidentInput } from '../core/resident';
import { db } from './db';
import { enqueue, outboxTables } from './outbox';
import { requestPersistenceOnce } from './persist';
import { newResident, putResident } from './residents';

async function putAttendance(sessionId: string, residentId: string, present: boolean) {
  const row: Attendance = { sessionId, residentId, present, updatedAt: new Date().toISOString() };
  await db.attendance.put(row);
  await enqueue({ name: 'attendance.set', args: row }, sessionId);
}

export async function setAttendance(sessionId: string, residentId: string, present: boolean) {
  await db.transaction('rw', [db.attendance, ...outboxTables()], () =>
    putAttendance(sessionId, residentId, present),
  );
  void requestPersistenceOnce();
}

/** Adds someone who turned up without being on the roster, and ticks them present. */
export async function addWalkIn(
  communeCode: string,
  sessionId: string,
  input: ResidentInput,
  consent: Consent,
): Promise<Resident> {
  const resident = newResident(communeCode, input, consent);
  await db.transaction('rw', [db.residents, db.attendance, ...outboxTables()], async () => {
    await putResident(resident);
    await putAttendance(sessionId, resident.id, true);
  });
  void requestPersistenceOnce();
  return resident;
}

/** Ids of the residents marked present at a session. */
export async function presentIds(sessionId: string): Promise<Set<string>> {
  const rows = await db.attendance.where('sessionId').equals(sessionId).toArray();
  return new Set(rows.filter((r) => r.present).map((r) => r.residentId));
}

/** The residents marked present at a session (erased ones included, for anonymous counts). */
export async function presentResidents(sessionId: string): Promise<Resident[]> {
  const ids = [...(await presentIds(sessionId))];
  return (await db.residents.bulkGet(ids)).filter((r): r is Resident => r !== undefined);
}

/** How many people were present at each of the given sessions. */
export async function presentCounts(sessionIds: string[]): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  const rows = await db.attendance.where('sessionId').anyOf(sessionIds).toArray();
  for (const r of rows) if (r.present) counts.set(r.sessionId, (counts.get(r.sessionId) ?? 0) + 1);
  return counts;
}
