import { Hono } from 'hono';
import { z } from 'zod/mini';
import { isoDate } from '../../src/core/fields';
import { type PushResponse, pushRequestSchema } from '../../src/core/wire';
import type { AppDeps } from '../app';
import { type AuthEnv, allow, callerOf, staffOf } from '../auth/caller';
import { buildPull } from '../services/pull';
import { applyPush } from '../services/push';
import { parseBody, parseQuery } from './validate';

const pullQuerySchema = z.object({
  cursor: z.optional(z.string().check(z.maxLength(100))),
  /** A time window: only sessions (and their attendance) from this day on, feedback since. */
  since: z.optional(isoDate),
});

/**
 * Push (apply a device's outbox) and pull (the changes after a cursor). A learner's device pushes
 * its learners' progress (the push answers 'forbidden' to anything else it sends) and pulls nothing.
 */
export const syncRoutes = ({ db, pushWaitMs }: AppDeps) =>
  new Hono<AuthEnv>()
    .post('/push', allow('admin', 'volunteer', 'learner'), async (c) => {
      const req = await parseBody(c, pushRequestSchema);
      const caller = callerOf(c);
      const body: PushResponse = {
        serverTime: new Date().toISOString(),
        results: await applyPush(db, caller.scope, req, {
          learner: caller.kind === 'learner',
          waitForEarlierMs: pushWaitMs,
        }),
      };
      return c.json(body);
    })
    .get('/pull', allow('admin', 'volunteer'), async (c) => {
      const { cursor, since } = parseQuery(c, pullQuerySchema);
      return c.json(await buildPull(db, staffOf(c).scope, cursor, { since }));
    });
