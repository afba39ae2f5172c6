import { type Context, Hono } from 'hono';
import {
  learnerRequestSchema,
  redeemRequestSchema,
  refreshRequestSchema,
  signInRequestSchema,
} from '../../src/core/auth';
import { newId } from '../../src/core/ids';
import type { AppDeps } from '../app';
import { type AuthEnv, apiError } from '../auth/caller';
import { signAccessToken } from '../auth/tokens';
import { clientIp } from '../client-ip';
import { communeExists } from '../db/queries';
import { type AuthResult, redeemInvite, refresh, signIn, signOut } from '../services/accounts';
import { createAuthThrottle } from '../services/throttle';
import { parseBody } from './validate';

const STATUS = {
  invalid_credentials: 401,
  invalid_invite: 401,
  unauthenticated: 401,
  revoked: 403,
};

function answer(result: AuthResult) {
  if (!result.ok) throw apiError(STATUS[result.error] as 401 | 403, result.error);
  return Response.json(result.tokens);
}

/**
 * Sign-in, invite redemption, refresh, sign-out and learner device tokens: the only routes that
 * answer without a token. Guessing is slowed per IP (generously: a village hall shares one) and
 * per phone number (strictly), with lockouts that grow on each further failure.
 */
export function authRoutes({ db, authSecret, trustProxy }: AppDeps) {
  const throttle = createAuthThrottle();

  /** Runs a guessable attempt under both throttles; only a refused guess counts against them. */
  async function guarded(c: Context, phone: string, attempt: () => Promise<AuthResult>) {
    const ip = `ip:${clientIp(c, trustProxy ?? false)}`;
    const key = `phone:${phone}`;
    const wait = throttle.retryAfter([ip, key]);
    if (wait > 0) throw apiError(429, 'too_many_attempts', { retryAfter: wait });
    const result = await attempt();
    // A success clears the phone only: the address's count fades with time (see throttle.ts).
    if (result.ok) throttle.succeed([key]);
    else throttle.fail([ip, key]);
    return answer(result);
  }

  return new Hono<AuthEnv>()
    .post('/sign-in', async (c) => {
      const req = await parseBody(c, signInRequestSchema);
      return guarded(c, req.phone, () => signIn(db, authSecret, req));
    })
    .post('/redeem', async (c) => {
      const req = await parseBody(c, redeemRequestSchema);
      return guarded(c, req.phone, () => redeemInvite(db, authSecret, req));
    })
    .post('/refresh', async (c) => {
      const req = await parseBody(c, refreshRequestSchema);
      return answer(await refresh(db, authSecret, req.refreshToken));
    })
    .post('/sign-out', async (c) => {
      const req = await parseBody(c, refreshRequestSchema);
      await signOut(db, req.refreshToken);
      return c.body(null, 204);
    })
    .post('/learner', async (c) => {
      const req = await parseBody(c, learnerRequestSchema);
      if (!(await communeExists(db, req.communeCode))) throw apiError(404, 'unknown_commune');
      const access = await signAccessToken(
        { kind: 'learner', commune: req.communeCode, deviceId: newId() },
        authSecret,
      );
      return c.json({
        serverTime: new Date().toISOString(),
        accessToken: access.token,
        accessExpiresAt: access.expiresAt,
      });
    });
}
