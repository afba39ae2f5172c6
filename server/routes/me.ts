import { Hono } from 'hono';
import type { AppDeps } from '../app';
import { type AuthEnv, allow, apiError, staffOf } from '../auth/caller';
import { accountUser, findUser } from '../db/account-queries';

/** The signed-in person as the server knows them now (villages may have changed since sign-in). */
export const meRoutes = ({ db }: AppDeps) =>
  new Hono<AuthEnv>().use(allow('admin', 'volunteer')).get('/', async (c) => {
    const caller = staffOf(c);
    const user = await findUser(db, caller.scope.commune, caller.userId);
    if (!user) throw apiError(401, 'unauthenticated');
    return c.json({ serverTime: new Date().toISOString(), user: await accountUser(db, user) });
  });
