/**
 * attendance.set: one state per (session, resident), the change with the later HLC wins, so ticks
 * and unticks from several phones settle on the latest with no conflict. Both the session and the
 * resident must already be on the server: a device pushes them first (lower seq).
 */
import type { Attendance } from '../../src/core/attendance';
import { laterWins } from '../../src/core/merge';
import { nextChangeSeq } from '../db/changes';
import type { ChangeContext } from './change-context';
import { checkResident, checkSession, type Rejection } from './record-checks';

export async function applyAttendance(
  { tx, scope, hlc }: ChangeContext,
  a: Attendance,
): Promise<Rejection | undefined> {
  const rejection =
    (await checkSession(tx, scope, a.sessionId)) ?? (await checkResident(tx, scope, a.residentId));
  if (rejection) return rejection;
  const [current] = await tx.query<{ hlc: string }>(
    `select hlc from attendance where commune_code = $1 and session_id = $2 and resident_id = $3
     for update`,
    [scope.commune, a.sessionId, a.residentId],
  );
  if (current && !laterWins(current.hlc, hlc)) {
    // Re-stamped though unchanged, so the pusher's next pull brings it the winning state.
    await tx.query(
      `update attendance set change_seq = $4
       where commune_code = $1 and session_id = $2 and resident_id = $3`,
      [scope.commune, a.sessionId, a.residentId, await nextChangeSeq(tx, scope.commune)],
    );
    return undefined;
  }
  await tx.query(
    `insert into attendance (commune_code, session_id, resident_id, present, updated_at, hlc,
       change_seq)
     values ($1, $2, $3, $4, $5::timestamptz, $6, $7)
     on conflict (commune_code, session_id, resident_id) do update set
       present = excluded.present, updated_at = excluded.updated_at, hlc = excluded.hlc,
       change_seq = excluded.change_seq, server_updated_at = now()`,
    [
      scope.commune,
      a.sessionId,
      a.residentId,
      a.present,
      a.updatedAt,
      hlc,
      await nextChangeSeq(tx, scope.commune),
    ],
  );
  return undefined;
}
