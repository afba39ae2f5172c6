import { Hono } from 'hono';
import type { AppDeps } from '../app';

export const healthRoutes = ({ db, version }: AppDeps) =>
  new Hono().get('/', async (c) => {
    await db.query('select 1');
    return c.json({ ok: true as const, db: db.kind, version });
  });
