import { Hono } from 'hono';
import type { Feedback } from '../../src/core/feedback';
import type { AppDeps } from '../app';
import { type AuthEnv, allow, staffOf } from '../auth/caller';
import { listFeedback } from '../db/record-queries';

/** The feedback of the caller's villages as the server holds it, newest first. */
export const feedbackRoutes = ({ db }: AppDeps) =>
  new Hono<AuthEnv>().use(allow('admin', 'volunteer')).get('/', async (c) => {
    const body: { serverTime: string; feedback: Feedback[] } = {
      serverTime: new Date().toISOString(),
      feedback: await listFeedback(db, staffOf(c).scope),
    };
    return c.json(body);
  });
