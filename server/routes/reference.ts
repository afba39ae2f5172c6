import { Hono } from 'hono';
import type { ReferenceResponse } from '../../src/core/wire';
import type { AppDeps } from '../app';
import { type AuthEnv, allow, callerOf } from '../auth/caller';
import { listErasedResidentIds } from '../db/admin-queries';
import { listVillages, listVolunteers } from '../db/queries';

/**
 * The reference data a device keeps offline: the villages it works in (a learner's device sees
 * every village's name, to pick its own), who can facilitate, and which residents were erased.
 */
export const referenceRoutes = ({ db }: AppDeps) =>
  new Hono<AuthEnv>().use(allow('admin', 'volunteer', 'learner')).get('/', async (c) => {
    const caller = callerOf(c);
    const staff = caller.kind === 'staff';
    const body: ReferenceResponse = {
      serverTime: new Date().toISOString(),
      villages: await listVillages(db, staff ? caller.scope : { ...caller.scope, villages: 'all' }),
      volunteers: staff ? await listVolunteers(db, caller.scope.commune) : [],
      erasedResidents: staff ? await listErasedResidentIds(db, caller.scope) : [],
    };
    return c.json(body);
  });
