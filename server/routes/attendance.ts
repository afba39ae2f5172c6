import { Hono } from 'hono';
import { z } from 'zod/mini';
import type { Attendance } from '../../src/core/attendance';
import type { AppDeps } from '../app';
import { listAttendance } from '../db/record-queries';
import { communeQuerySchema, requireCommune } from './commune-scope';
import { parseQuery } from './validate';

const querySchema = z.extend(communeQuerySchema, { session: z.uuid() });

/** A session's attendance as the server holds it; empty for a session it has not received. */
export const attendanceRoutes = ({ db }: AppDeps) =>
  new Hono().get('/', async (c) => {
    const query = parseQuery(c, querySchema);
    const commune = await requireCommune(db, query.commune);
    const body: { serverTime: string; attendance: Attendance[] } = {
      serverTime: new Date().toISOString(),
      attendance: await listAttendance(db, commune, query.session),
    };
    return c.json(body);
  });
