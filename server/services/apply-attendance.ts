/**
 * attendance.set (interim rule until the sync issue): one fact per (session, resident), last
 * writer wins by updatedAt, so ticks and unticks from several phones settle on the latest. Both the
 * session and the resident must already be on the server: a device pushes them first (lower seq).
 */
import type { Attendance } from '../../src/core/attendance';
import type { Queryable } from '../db/executor';
import type { Scope } from '../db/scope';
import { checkResident, checkSession, type Rejection } from './record-checks';

export async function applyAttendance(
  tx: Queryable,
  scope: Scope,
  a: Attendance,
): Promise<Rejection | undefined> {
  const rejection =
    (await checkSession(tx, scope, a.sessionId)) ?? (await checkResident(tx, scope, a.residentId));
  if (rejection) return rejection;
  await tx.query(
    `insert into attendance (commune_code, session_id, resident_id, present, updated_at)
     values ($1, $2, $3, $4, $5::timestamptz)
     on conflict (commune_code, session_id, resident_id) do update set
       present = excluded.present, updated_at = excluded.updated_at, server_updated_at = now()
     where attendance.updated_at <= excluded.updated_at`,
    [scope.commune, a.sessionId, a.residentId, a.present, a.updatedAt],
  );
  return undefined;
}
