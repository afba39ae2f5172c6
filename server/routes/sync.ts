import { Hono } from 'hono';
import { type PushResponse, pushRequestSchema } from '../../src/core/wire';
import type { AppDeps } from '../app';
import { applyPush } from '../services/push';
import { requireCommune } from './commune-scope';
import { parseBody } from './validate';

export const syncRoutes = ({ db }: AppDeps) =>
  new Hono().post('/push', async (c) => {
    const req = await parseBody(c, pushRequestSchema);
    await requireCommune(db, req.communeCode);
    const body: PushResponse = {
      serverTime: new Date().toISOString(),
      results: await applyPush(db, req),
    };
    return c.json(body);
  });
