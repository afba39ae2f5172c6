import { z } from 'zod/mini';
import { isoDateTime } from './fields';

/**
 * Attendance is one fact per (session, resident): present or not, with when it was last set. Two
 * devices ticking the same person merge by keeping the later setting; nothing else can conflict.
 */
export const attendanceSchema = z.object({
  sessionId: z.uuid(),
  residentId: z.uuid(),
  present: z.boolean(),
  updatedAt: isoDateTime,
});
export type Attendance = z.infer<typeof attendanceSchema>;
