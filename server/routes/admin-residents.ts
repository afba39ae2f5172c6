/** /api/admin/residents: find a resident, export everything about them, erase them on request. */
import { Hono } from 'hono';
import { z } from 'zod/mini';
import type { AppDeps } from '../app';
import type { AuthEnv } from '../auth/caller';
import { eraseResident, exportResident, searchResidents } from '../services/resident-rights';
import { actorOf, idParam, now } from './admin-params';
import { parseQuery } from './validate';

const searchQuerySchema = z.object({ q: z.optional(z.string().check(z.maxLength(100))) });

export const adminResidentRoutes = ({ db }: AppDeps) =>
  new Hono<AuthEnv>()
    .get('/residents', async (c) => {
      const { q = '' } = parseQuery(c, searchQuerySchema);
      const residents = await searchResidents(db, actorOf(c), q);
      return c.json({ serverTime: now(), residents });
    })
    .get('/residents/:id/export', async (c) => {
      const id = idParam(c);
      const data = await exportResident(db, actorOf(c), id);
      // A download: the person receives it as a file.
      c.header('content-disposition', `attachment; filename="resident-${id}.json"`);
      c.header('cache-control', 'no-store');
      return c.json({ serverTime: now(), ...data });
    })
    .post('/residents/:id/erase', async (c) => {
      const resident = await eraseResident(db, actorOf(c), idParam(c));
      return c.json({ serverTime: now(), resident });
    });
