import { Hono } from 'hono';
import type { Feedback } from '../../src/core/feedback';
import type { AppDeps } from '../app';
import { listFeedback } from '../db/record-queries';
import { communeQuerySchema, requireCommune } from './commune-scope';
import { parseQuery } from './validate';

/** The commune's feedback as the server holds it, newest first. */
export const feedbackRoutes = ({ db }: AppDeps) =>
  new Hono().get('/', async (c) => {
    const commune = await requireCommune(db, parseQuery(c, communeQuerySchema).commune);
    const body: { serverTime: string; feedback: Feedback[] } = {
      serverTime: new Date().toISOString(),
      feedback: await listFeedback(db, commune),
    };
    return c.json(body);
  });
