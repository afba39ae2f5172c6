/**
 * Who is calling. Every `/api` request passes `authenticate`: a valid access token is looked up
 * against the database on every request (user still active, device not revoked, villages as they
 * are now), so a role or village claim in a token is never trusted and a revoked volunteer is
 * refused at once, not when the token expires. Routes then say who may call them with `allow`.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { Role } from '../../src/core/auth';
import { findDeviceUser } from '../db/account-queries';
import type { Db } from '../db/executor';
import type { Scope } from '../db/scope';
import { verifyAccessToken } from './tokens';

export type Caller =
  | {
      kind: 'staff';
      userId: string;
      deviceId: string;
      role: Role;
      displayName: string;
      scope: Scope;
    }
  | { kind: 'learner'; deviceId: string; scope: Scope };

export type AuthEnv = { Variables: { caller: Caller | null } };

export const apiError = (status: 401 | 403 | 404 | 409 | 429, error: string, extra = {}) =>
  new HTTPException(status, { res: Response.json({ error, ...extra }, { status }) });

/** Resolves the bearer token (if any) to a caller; a bad or stale token is a 401, never ignored. */
export function authenticate(db: Db, secret: Uint8Array): MiddlewareHandler<AuthEnv> {
  return async (c, next) => {
    const header = c.req.header('authorization');
    if (header === undefined) {
      c.set('caller', null);
      return next();
    }
    const match = /^Bearer ([\w.-]{1,2048})$/.exec(header);
    if (!match?.[1]) throw apiError(401, 'unauthenticated');
    const claims = await verifyAccessToken(match[1], secret);
    if (claims === 'expired') throw apiError(401, 'token_expired');
    if (!claims) throw apiError(401, 'unauthenticated');
    if (claims.kind === 'learner') {
      c.set('caller', {
        kind: 'learner',
        deviceId: claims.deviceId,
        scope: { commune: claims.commune, villages: [] },
      });
      return next();
    }
    const found = await findDeviceUser(db, claims.commune, claims.deviceId);
    if (!found || found.userId !== claims.userId) throw apiError(401, 'unauthenticated');
    if (found.revoked) throw apiError(403, 'revoked');
    c.set('caller', {
      kind: 'staff',
      userId: found.userId,
      deviceId: claims.deviceId,
      role: found.role,
      displayName: found.displayName,
      scope: {
        commune: claims.commune,
        villages: found.role === 'admin' ? 'all' : found.villages,
      },
    });
    return next();
  };
}

type Allowed = Role | 'learner';

/** Lets through only the listed kinds of caller: anonymous gets 401, the others 403. */
export function allow(...allowed: Allowed[]): MiddlewareHandler<AuthEnv> {
  return async (c, next) => {
    const caller = c.get('caller');
    if (!caller) throw apiError(401, 'unauthenticated');
    const kind = caller.kind === 'learner' ? 'learner' : caller.role;
    if (!allowed.includes(kind)) throw apiError(403, 'forbidden');
    return next();
  };
}

/** The caller of a route behind `allow(...)`. */
export function callerOf(c: Context<AuthEnv>): Caller {
  const caller = c.get('caller');
  if (!caller) throw apiError(401, 'unauthenticated');
  return caller;
}

/** The staff caller of a route behind `allow('admin', …)` or `allow('volunteer', …)`. */
export function staffOf(c: Context<AuthEnv>): Extract<Caller, { kind: 'staff' }> {
  const caller = callerOf(c);
  if (caller.kind !== 'staff') throw apiError(403, 'forbidden');
  return caller;
}
