/**
 * Tokens. Access tokens are short-lived JWTs (HS256, signed with `jose`) naming the commune, the
 * device and the user; refresh tokens and invite codes are random secrets of which the server keeps
 * only a SHA-256 hash, so a leaked database signs nobody in.
 */
import { createHash, randomBytes, randomInt } from 'node:crypto';
import { errors, jwtVerify, SignJWT } from 'jose';
import { INVITE_DIGITS } from '../../src/core/auth';

export const ACCESS_MINUTES = 15;
/** A device stays signed in this long after its last refresh: weeks offline in the field. */
export const REFRESH_DAYS = 90;
export const LEARNER_DAYS = 365;

const ISSUER = 'hoc-vu-so';
const ALG = 'HS256';

export type AccessClaims =
  | { kind: 'staff'; commune: string; userId: string; deviceId: string }
  | { kind: 'learner'; commune: string; deviceId: string };

export async function signAccessToken(
  claims: AccessClaims,
  secret: Uint8Array,
  now = new Date(),
): Promise<{ token: string; expiresAt: string }> {
  const minutes = claims.kind === 'learner' ? LEARNER_DAYS * 24 * 60 : ACCESS_MINUTES;
  const exp = new Date(now.getTime() + minutes * 60_000);
  const token = await new SignJWT({
    k: claims.kind,
    cm: claims.commune,
    dv: claims.deviceId,
  })
    .setProtectedHeader({ alg: ALG })
    .setIssuer(ISSUER)
    .setSubject(claims.kind === 'staff' ? claims.userId : claims.deviceId)
    .setIssuedAt(Math.floor(now.getTime() / 1000))
    .setExpirationTime(Math.floor(exp.getTime() / 1000))
    .sign(secret);
  return { token, expiresAt: exp.toISOString() };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The token's claims; 'expired' when it was valid but is too old; null for anything else. */
export async function verifyAccessToken(
  token: string,
  secret: Uint8Array,
): Promise<AccessClaims | 'expired' | null> {
  try {
    const { payload: p } = await jwtVerify(token, secret, { issuer: ISSUER, algorithms: [ALG] });
    if (typeof p.cm !== 'string' || !/^\d{5}$/.test(p.cm)) return null;
    if (typeof p.dv !== 'string' || !UUID.test(p.dv) || typeof p.sub !== 'string') return null;
    if (p.k === 'learner') return { kind: 'learner', commune: p.cm, deviceId: p.dv };
    if (p.k !== 'staff' || !UUID.test(p.sub)) return null;
    return { kind: 'staff', commune: p.cm, userId: p.sub, deviceId: p.dv };
  } catch (err) {
    return err instanceof errors.JWTExpired ? 'expired' : null;
  }
}

/** A new refresh token: 32 random bytes, URL-safe. */
export const newRefreshToken = (): string => randomBytes(32).toString('base64url');

/** A new invite code: 8 random digits, leading zeros kept. */
export const newInviteCode = (): string =>
  Array.from({ length: INVITE_DIGITS }, () => randomInt(10)).join('');

/** What the database keeps of a refresh token or an invite code. */
export const secretHash = (value: string): string =>
  createHash('sha256').update(value).digest('base64url');
