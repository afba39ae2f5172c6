import { Hono } from 'hono';
import { z } from 'zod/mini';
import { type PushResponse, pushRequestSchema } from '../../src/core/wire';
import type { AppDeps } from '../app';
import { type AuthEnv, allow, staffOf } from '../auth/caller';
import { buildPull } from '../services/pull';
import { applyPush } from '../services/push';
import { parseBody, parseQuery } from './validate';

const pullQuerySchema = z.object({ cursor: z.optional(z.string().check(z.maxLength(100))) });

/** Push (apply a device's outbox) and pull (the changes after a cursor), for staff devices. */
export const syncRoutes = ({ db }: AppDeps) =>
  new Hono<AuthEnv>()
    .use(allow('admin', 'volunteer'))
    .post('/push', async (c) => {
      const req = await parseBody(c, pushRequestSchema);
      const body: PushResponse = {
        serverTime: new Date().toISOString(),
        results: await applyPush(db, staffOf(c).scope, req),
      };
      return c.json(body);
    })
    .get('/pull', async (c) => {
      const { cursor } = parseQuery(c, pullQuerySchema);
      return c.json(await buildPull(db, staffOf(c).scope, cursor));
    });
