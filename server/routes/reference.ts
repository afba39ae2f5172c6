import { Hono } from 'hono';
import type { ReferenceResponse } from '../../src/core/wire';
import type { AppDeps } from '../app';
import { listVillages, listVolunteers } from '../db/queries';
import { communeQuerySchema, requireCommune } from './commune-scope';
import { parseQuery } from './validate';

/** The commune's reference data a device keeps offline: its villages and who can facilitate. */
export const referenceRoutes = ({ db }: AppDeps) =>
  new Hono().get('/', async (c) => {
    const commune = await requireCommune(db, parseQuery(c, communeQuerySchema).commune);
    const body: ReferenceResponse = {
      serverTime: new Date().toISOString(),
      villages: await listVillages(db, commune),
      volunteers: await listVolunteers(db, commune),
    };
    return c.json(body);
  });
