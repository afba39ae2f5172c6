/**
 * attendance.set: one state per (session, resident), the change with the later HLC wins, so ticks
 * and unticks from several phones settle on the latest with no conflict. Both the session and the
 * resident must already be on the server: a device pushes them first (lower seq).
 */
import type { Attendance } from '../../src/core/attendance';
import type { ChangeContext } from './change-context';
import { attendanceKey } from './push-batch';
import { checkResident, checkSession, type Rejection } from './record-checks';

export function applyAttendance(ctx: ChangeContext, a: Attendance): Rejection | undefined {
  const rejection = checkSession(ctx, a.sessionId) ?? checkResident(ctx, a.residentId);
  if (rejection) return rejection;
  // Within the batch the later clock is kept; the write compares it with the stored row's clock
  // and re-stamps the row either way, so a pusher whose tick lost pulls the winning state.
  const key = attendanceKey(a);
  const before = ctx.batch.writes.attendance.get(key);
  if (!before || before.hlc < ctx.hlc) ctx.batch.writes.attendance.set(key, { ...a, hlc: ctx.hlc });
  return undefined;
}
