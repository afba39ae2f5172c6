/**
 * The caller's commune. Until accounts arrive (issue 4) the device names it in the request and the
 * server only checks that it exists; afterwards it comes from the signed-in user, in this one place.
 */
import { HTTPException } from 'hono/http-exception';
import { z } from 'zod/mini';
import { communeCode } from '../../src/core/fields';
import type { Queryable } from '../db/executor';
import { communeExists } from '../db/queries';

export const communeQuerySchema = z.object({ commune: communeCode });

export async function requireCommune(db: Queryable, code: string): Promise<string> {
  if (!(await communeExists(db, code))) {
    throw new HTTPException(404, {
      res: Response.json({ error: 'unknown_commune', field: 'commune' }, { status: 404 }),
    });
  }
  return code;
}
