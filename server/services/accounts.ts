/**
 * Signing in. A volunteer redeems a one-time invite code with their phone and chooses a password;
 * afterwards they sign in with phone and password. Each sign-in is a device: a refresh token the
 * phone keeps for weeks (rotated on every refresh) and short access tokens made from it. Every
 * answer that refuses says only "wrong", never which part was wrong.
 */
import type { RedeemRequest, SignInRequest, TokensResponse } from '../../src/core/auth';
import { newId } from '../../src/core/ids';
import { newRefreshToken, REFRESH_DAYS, secretHash, signAccessToken } from '../auth/tokens';
import {
  accountUser,
  activateUser,
  findDeviceByRefresh,
  findUser,
  findUserByPhone,
  insertDevice,
  revokeDevice,
  revokeUserDevices,
  rotateDevice,
  takeInvite,
  type UserRow,
} from '../db/account-queries';
import type { Db, Queryable } from '../db/executor';
import { recordAudit } from './audit';
import { hashPassword, verifyPassword } from './passwords';

export type AuthFailure = 'invalid_credentials' | 'invalid_invite' | 'unauthenticated' | 'revoked';
export type AuthResult = { ok: true; tokens: TokensResponse } | { ok: false; error: AuthFailure };

const refreshExpiry = () => new Date(Date.now() + REFRESH_DAYS * 24 * 3600_000);

/** Verifies against this when the phone is unknown, so timing does not tell who has an account. */
let decoyHash: Promise<string> | undefined;

async function tokensFor(
  tx: Queryable,
  secret: Uint8Array,
  user: UserRow,
  deviceId: string,
  refreshToken: string,
): Promise<TokensResponse> {
  const access = await signAccessToken(
    { kind: 'staff', commune: user.commune, userId: user.id, deviceId },
    secret,
  );
  return {
    serverTime: new Date().toISOString(),
    accessToken: access.token,
    accessExpiresAt: access.expiresAt,
    refreshToken,
    user: await accountUser(tx, user),
  };
}

async function newDevice(tx: Queryable, secret: Uint8Array, user: UserRow) {
  const id = newId();
  const refreshToken = newRefreshToken();
  await insertDevice(tx, {
    commune: user.commune,
    id,
    userId: user.id,
    refreshHash: secretHash(refreshToken),
    expiresAt: refreshExpiry(),
  });
  return tokensFor(tx, secret, user, id, refreshToken);
}

export async function signIn(db: Db, secret: Uint8Array, req: SignInRequest): Promise<AuthResult> {
  const user = await findUserByPhone(db, req.phone);
  decoyHash ??= hashPassword('not a password of anyone');
  const valid = await verifyPassword(req.password, user?.passwordHash ?? (await decoyHash));
  if (!user || !valid) return { ok: false, error: 'invalid_credentials' };
  if (user.status === 'revoked') return { ok: false, error: 'revoked' };
  if (user.status !== 'active') return { ok: false, error: 'invalid_credentials' };
  return { ok: true, tokens: await db.transact((tx) => newDevice(tx, secret, user)) };
}

/** First sign-in (or a new password after a lost phone): the invite code proves who it is. */
export async function redeemInvite(
  db: Db,
  secret: Uint8Array,
  req: RedeemRequest,
): Promise<AuthResult> {
  const passwordHash = await hashPassword(req.password);
  return db.transact(async (tx): Promise<AuthResult> => {
    const user = await findUserByPhone(tx, req.phone);
    if (!user || user.status === 'revoked') return { ok: false, error: 'invalid_invite' };
    if (!(await takeInvite(tx, user.commune, user.id, secretHash(req.code))))
      return { ok: false, error: 'invalid_invite' };
    // A new code for an active volunteer means a lost phone or password: sign the old phones out.
    if (user.status === 'active') await revokeUserDevices(tx, user.commune, user.id);
    await activateUser(tx, user.commune, user.id, passwordHash);
    await recordAudit(tx, {
      commune: user.commune,
      actorId: user.id,
      action: 'auth.redeem',
      targetType: 'user',
      targetId: user.id,
    });
    const active: UserRow = { ...user, status: 'active', passwordHash };
    return { ok: true, tokens: await newDevice(tx, secret, active) };
  });
}

/** A new access token and a rotated refresh token; the old refresh token stops working. */
export function refresh(db: Db, secret: Uint8Array, refreshToken: string): Promise<AuthResult> {
  return db.transact(async (tx): Promise<AuthResult> => {
    const device = await findDeviceByRefresh(tx, secretHash(refreshToken));
    if (!device || device.expired) return { ok: false, error: 'unauthenticated' };
    const user = await findUser(tx, device.commune, device.userId);
    if (!user) return { ok: false, error: 'unauthenticated' };
    if (device.revoked || user.status !== 'active') return { ok: false, error: 'revoked' };
    const next = newRefreshToken();
    await rotateDevice(tx, {
      commune: device.commune,
      id: device.id,
      refreshHash: secretHash(next),
      expiresAt: refreshExpiry(),
    });
    return { ok: true, tokens: await tokensFor(tx, secret, user, device.id, next) };
  });
}

/** Ends the device's sign-in; an unknown token is quietly accepted (nothing to end). */
export async function signOut(db: Db, refreshToken: string): Promise<void> {
  await db.transact(async (tx) => {
    const device = await findDeviceByRefresh(tx, secretHash(refreshToken));
    if (device) await revokeDevice(tx, device.commune, device.id);
  });
}
