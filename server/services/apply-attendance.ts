/**
 * attendance.set: one state per (session, resident), the change with the later HLC wins, so ticks
 * and unticks from several phones settle on the latest with no conflict. Both the session and the
 * resident must already be on the server: a device pushes them first (lower seq).
 */
import type { Attendance } from '../../src/core/attendance';
import type { ChangeContext } from './change-context';
import { checkResident, checkSession, type Rejection } from './record-checks';

export async function applyAttendance(
  ctx: ChangeContext,
  a: Attendance,
): Promise<Rejection | undefined> {
  const rejection =
    (await checkSession(ctx, a.sessionId)) ?? (await checkResident(ctx, a.residentId));
  if (rejection) return rejection;
  // One statement: the later clock's state wins; the row is re-stamped either way, so a pusher
  // whose tick lost pulls the winning state afterwards.
  await ctx.tx.query(
    `insert into attendance (commune_code, session_id, resident_id, present, updated_at, hlc,
       change_seq)
     values ($1, $2, $3, $4, $5::timestamptz, $6, $7)
     on conflict (commune_code, session_id, resident_id) do update set
       present = case when attendance.hlc < excluded.hlc then excluded.present
         else attendance.present end,
       updated_at = case when attendance.hlc < excluded.hlc then excluded.updated_at
         else attendance.updated_at end,
       hlc = greatest(attendance.hlc, excluded.hlc),
       change_seq = excluded.change_seq, server_updated_at = now()`,
    [
      ctx.scope.commune,
      a.sessionId,
      a.residentId,
      a.present,
      a.updatedAt,
      ctx.hlc,
      await ctx.nextSeq(),
    ],
  );
  return undefined;
}
