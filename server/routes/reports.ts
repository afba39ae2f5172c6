/**
 * /api/reports: the commune's indicators for a period, computed in SQL (server/services/reports.ts)
 * — an administrator's for the whole commune, a volunteer's for their villages — and, mounted
 * under /api/admin, the administrator's entry of a village's adult population.
 */
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { villageId } from '../../src/core/fields';
import { type IndicatorsResponse, indicatorsQuerySchema } from '../../src/core/indicators-wire';
import { villageAdultsSchema } from '../../src/core/village';
import type { AppDeps } from '../app';
import { type AuthEnv, allow, staffOf } from '../auth/caller';
import { computeServerIndicators, setVillageAdults } from '../services/reports';
import { actorOf, now } from './admin-params';
import { parseBody, parseQuery } from './validate';

export const reportRoutes = ({ db }: AppDeps) =>
  new Hono<AuthEnv>().use(allow('admin', 'volunteer')).get('/indicators', async (c) => {
    const period = parseQuery(c, indicatorsQuerySchema);
    const body: IndicatorsResponse = {
      serverTime: now(),
      indicators: await computeServerIndicators(db, staffOf(c).scope, period),
    };
    return c.json(body);
  });

/** Under /api/admin (behind its `allow('admin')`). */
export const adminVillageRoutes = ({ db }: AppDeps) =>
  new Hono<AuthEnv>().put('/villages/:id/adults', async (c) => {
    const id = villageId.safeParse(c.req.param('id'));
    if (!id.success) {
      throw new HTTPException(400, {
        res: Response.json({ error: 'invalid', field: 'id' }, { status: 400 }),
      });
    }
    const { adults } = await parseBody(c, villageAdultsSchema);
    const village = await setVillageAdults(db, actorOf(c), id.data, adults);
    return c.json({ serverTime: now(), village });
  });
