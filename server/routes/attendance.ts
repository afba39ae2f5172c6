import { Hono } from 'hono';
import { z } from 'zod/mini';
import type { Attendance } from '../../src/core/attendance';
import type { AppDeps } from '../app';
import { type AuthEnv, allow, staffOf } from '../auth/caller';
import { listAttendance } from '../db/record-queries';
import { parseQuery } from './validate';

const querySchema = z.object({ session: z.uuid() });

/** A session's attendance as the server holds it; empty for a session it has not received. */
export const attendanceRoutes = ({ db }: AppDeps) =>
  new Hono<AuthEnv>().use(allow('admin', 'volunteer')).get('/', async (c) => {
    const query = parseQuery(c, querySchema);
    const body: { serverTime: string; attendance: Attendance[] } = {
      serverTime: new Date().toISOString(),
      attendance: await listAttendance(db, staffOf(c).scope, query.session),
    };
    return c.json(body);
  });
