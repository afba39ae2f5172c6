/**
 * Requests on behalf of the signed-in account. Adds the access token; when it is stale (by the
 * phone's clock, 30 s early) or the server says `token_expired`, refreshes it once and retries once.
 *
 * The refresh token is rotated by every refresh (the old one stops working), so the rotated one is
 * stored before the new access token is used, and only one refresh runs at a time: concurrent
 * callers in this tab share one promise, and tabs take turns through a Web Lock, re-reading the
 * store first in case another tab already refreshed. A refresh answered 401 means the phone is
 * signed out (tokens forgotten, records kept); 403 `revoked` marks the account revoked (records and
 * outbox kept, sync stops).
 */
import type { z } from 'zod/mini';
import { tokensResponseSchema } from '../core/auth';
import {
  clearAccount,
  getAccount,
  markRevoked,
  type StoredAccount,
  storeRefreshed,
} from '../db/account';
import { requestJson, SyncHttpError } from './http';

/** Refresh this long before the access token's expiry, for clock drift and slow links. */
export const EXPIRY_SKEW_MS = 30_000;
const LOCK_NAME = 'hvs-auth-refresh';

const isFresh = (a: StoredAccount, now = Date.now()) =>
  Date.parse(a.accessExpiresAt) - EXPIRY_SKEW_MS > now;

/** The stored account if it may sync; a SyncHttpError when signed out or revoked. */
async function usableAccount(): Promise<StoredAccount> {
  const account = await getAccount();
  if (!account) throw new SyncHttpError('unauthenticated', 'not signed in');
  if (account.revoked) throw new SyncHttpError('revoked', 'account revoked', 403, 'revoked');
  return account;
}

let refreshing: Promise<StoredAccount> | null = null;

/** One refresh at a time; `spent` is the refresh token the caller saw, to detect a done refresh. */
function refreshOnce(spent: string): Promise<StoredAccount> {
  refreshing ??= inLock(() => refresh(spent)).finally(() => {
    refreshing = null;
  });
  return refreshing;
}

function inLock<T>(fn: () => Promise<T>): Promise<T> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  return locks ? (locks.request(LOCK_NAME, fn) as Promise<T>) : fn();
}

async function refresh(spent: string): Promise<StoredAccount> {
  const current = await usableAccount();
  // Another tab (or an earlier caller) already rotated the token: use its fresh access token.
  if (current.refreshToken !== spent && isFresh(current)) return current;
  let tokens: z.infer<typeof tokensResponseSchema>;
  try {
    tokens = await requestJson('/api/auth/refresh', tokensResponseSchema, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ refreshToken: current.refreshToken }),
    });
  } catch (err) {
    if (err instanceof SyncHttpError && err.kind === 'unauthenticated') await clearAccount();
    if (err instanceof SyncHttpError && err.kind === 'revoked') await markRevoked();
    throw err;
  }
  if (!(await storeRefreshed(current.refreshToken, tokens)))
    throw new SyncHttpError('unauthenticated', 'signed out during refresh');
  return usableAccount();
}

function send<S extends z.ZodMiniType>(
  path: string,
  schema: S,
  init: RequestInit,
  accessToken: string,
): Promise<z.infer<S>> {
  const headers = new Headers(init.headers);
  headers.set('authorization', `Bearer ${accessToken}`);
  return requestJson(path, schema, { ...init, headers });
}

/**
 * `requestJson` as the signed-in account. Throws SyncHttpError: 'unauthenticated' when signed out
 * (the sign-in screen shows), 'revoked' when the commune revoked the account, or the usual
 * 'offline' / 'timeout' / 'server' / 'forbidden'.
 */
export async function authorizedJson<S extends z.ZodMiniType>(
  path: string,
  schema: S,
  init: RequestInit = {},
): Promise<z.infer<S>> {
  let account = await usableAccount();
  if (!isFresh(account)) account = await refreshOnce(account.refreshToken);
  try {
    try {
      return await send(path, schema, init, account.accessToken);
    } catch (err) {
      if (!(err instanceof SyncHttpError) || err.status !== 401) throw err;
      // Stale by the server's clock, or signed with a key it no longer knows: refresh and retry once.
      account = await refreshOnce(account.refreshToken);
      return await send(path, schema, init, account.accessToken);
    }
  } catch (err) {
    if (err instanceof SyncHttpError && err.kind === 'revoked') await markRevoked();
    throw err;
  }
}
