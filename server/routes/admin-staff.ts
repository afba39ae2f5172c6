/** /api/admin: the commune's staff, and the volunteers an administrator invites and manages. */
import { Hono } from 'hono';
import { createVolunteerSchema, type StaffMember, setVillagesSchema } from '../../src/core/auth';
import type { AppDeps } from '../app';
import type { AuthEnv } from '../auth/caller';
import { listStaff } from '../db/admin-queries';
import {
  createVolunteer,
  reissueInvite,
  revokeVolunteer,
  setVolunteerVillages,
} from '../services/volunteers';
import { actorOf, idParam, now } from './admin-params';
import { parseBody } from './validate';

export const adminStaffRoutes = ({ db }: AppDeps) =>
  new Hono<AuthEnv>()
    .get('/staff', async (c) => {
      const staff: StaffMember[] = await listStaff(db, actorOf(c).commune);
      return c.json({ serverTime: now(), staff });
    })
    .post('/volunteers', async (c) => {
      const actor = actorOf(c);
      const input = await parseBody(c, createVolunteerSchema);
      const { volunteer, invite } = await createVolunteer(db, actor, input);
      return c.json({ serverTime: now(), volunteer, invite }, 201);
    })
    .post('/volunteers/:id/invite', async (c) => {
      const invite = await reissueInvite(db, actorOf(c), idParam(c));
      return c.json({ serverTime: now(), invite });
    })
    .put('/volunteers/:id/villages', async (c) => {
      const actor = actorOf(c);
      const id = idParam(c);
      const { villages } = await parseBody(c, setVillagesSchema);
      const volunteer = await setVolunteerVillages(db, actor, id, villages);
      return c.json({ serverTime: now(), volunteer });
    })
    .post('/volunteers/:id/revoke', async (c) => {
      const volunteer = await revokeVolunteer(db, actorOf(c), idParam(c));
      return c.json({ serverTime: now(), volunteer });
    });
