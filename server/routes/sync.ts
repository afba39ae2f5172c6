import { Hono } from 'hono';
import { type PushResponse, pushRequestSchema } from '../../src/core/wire';
import type { AppDeps } from '../app';
import { type AuthEnv, allow, staffOf } from '../auth/caller';
import { applyPush } from '../services/push';
import { parseBody } from './validate';

export const syncRoutes = ({ db }: AppDeps) =>
  new Hono<AuthEnv>().use(allow('admin', 'volunteer')).post('/push', async (c) => {
    const req = await parseBody(c, pushRequestSchema);
    const body: PushResponse = {
      serverTime: new Date().toISOString(),
      results: await applyPush(db, staffOf(c).scope, req),
    };
    return c.json(body);
  });
