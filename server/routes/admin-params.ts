/** What every admin route needs from its request: the signed-in administrator and a valid :id. */
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { z } from 'zod/mini';
import { type AuthEnv, staffOf } from '../auth/caller';
import type { Actor } from '../services/volunteers';

export function actorOf(c: Context<AuthEnv>): Actor {
  const caller = staffOf(c);
  return { userId: caller.userId, commune: caller.scope.commune };
}

const idSchema = z.uuid();

/** The :id path parameter; 400 `{error: 'invalid', field: 'id'}` unless it is a UUID. */
export function idParam(c: Context<AuthEnv>): string {
  const parsed = idSchema.safeParse(c.req.param('id'));
  if (!parsed.success) {
    throw new HTTPException(400, {
      res: Response.json({ error: 'invalid', field: 'id' }, { status: 400 }),
    });
  }
  return parsed.data.toLowerCase();
}

export const now = (): string => new Date().toISOString();
