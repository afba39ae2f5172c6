import { Hono } from 'hono';
import type { VillagesResponse } from '../../src/core/wire';
import type { AppDeps } from '../app';
import { listVillages } from '../db/queries';
import { communeQuerySchema, requireCommune } from './commune-scope';
import { parseQuery } from './validate';

export const villageRoutes = ({ db }: AppDeps) =>
  new Hono().get('/', async (c) => {
    const commune = await requireCommune(db, parseQuery(c, communeQuerySchema).commune);
    const body: VillagesResponse = {
      serverTime: new Date().toISOString(),
      villages: await listVillages(db, commune),
    };
    return c.json(body);
  });
