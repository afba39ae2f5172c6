/**
 * /api/admin: what only a commune administrator may do (issue 4, items 2, 5 and 6): manage
 * volunteers, read the audit log, and exercise residents' rights; and (issue 7) enter villages'
 * adult populations. `allow('admin')` guards every route here; each route then works inside the
 * caller's commune only (an id of another commune is 404, never touched).
 */
import { Hono } from 'hono';
import { z } from 'zod/mini';
import type { AuditEntry } from '../../src/core/auth';
import type { AppDeps } from '../app';
import { type AuthEnv, allow, staffOf } from '../auth/caller';
import { listAudit } from '../services/audit';
import { now } from './admin-params';
import { adminResidentRoutes } from './admin-residents';
import { adminStaffRoutes } from './admin-staff';
import { adminVillageRoutes } from './reports';
import { parseQuery } from './validate';

/** `before` and `beforeId`: the `at` and `id` of the last entry of the previous page. */
const auditQuerySchema = z.object({
  before: z.optional(z.iso.datetime()),
  beforeId: z.optional(z.uuid()),
});

export const adminRoutes = (deps: AppDeps) =>
  new Hono<AuthEnv>()
    .use(allow('admin'))
    .get('/audit', async (c) => {
      const { before, beforeId } = parseQuery(c, auditQuerySchema);
      const { scope } = staffOf(c);
      const entries: AuditEntry[] = await listAudit(deps.db, scope, before, beforeId);
      return c.json({ serverTime: now(), entries });
    })
    .route('/', adminStaffRoutes(deps))
    .route('/', adminResidentRoutes(deps))
    .route('/', adminVillageRoutes(deps));
