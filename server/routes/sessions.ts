import { Hono } from 'hono';
import type { SessionsResponse } from '../../src/core/wire';
import type { AppDeps } from '../app';
import { type AuthEnv, allow, staffOf } from '../auth/caller';
import { listSessions } from '../db/session-queries';

/** The sessions of the caller's villages (an administrator's: the whole commune's). */
export const sessionRoutes = ({ db }: AppDeps) =>
  new Hono<AuthEnv>().use(allow('admin', 'volunteer')).get('/', async (c) => {
    const body: SessionsResponse = {
      serverTime: new Date().toISOString(),
      sessions: await listSessions(db, staffOf(c).scope),
    };
    return c.json(body);
  });
