import { Hono } from 'hono';
import type { SessionsResponse } from '../../src/core/wire';
import type { AppDeps } from '../app';
import { listSessions } from '../db/session-queries';
import { communeQuerySchema, requireCommune } from './commune-scope';
import { parseQuery } from './validate';

export const sessionRoutes = ({ db }: AppDeps) =>
  new Hono().get('/', async (c) => {
    const commune = await requireCommune(db, parseQuery(c, communeQuerySchema).commune);
    const body: SessionsResponse = {
      serverTime: new Date().toISOString(),
      sessions: await listSessions(db, commune),
    };
    return c.json(body);
  });
