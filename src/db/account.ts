/**
 * The signed-in account on this phone: who (the server's AccountUser), the refresh token that keeps
 * the phone signed in for weeks, the current short access token, and whether the commune revoked
 * it. One row in the meta table, always written whole in one transaction, so a rotated refresh
 * token can never be half-stored. Signing out removes only this row: records and the outbox stay.
 */
import type { AccountUser, TokensResponse } from '../core/auth';
import { db } from './db';

const ACCOUNT = 'account';
/** The last phone number signed in, to fill the sign-in form after signing out. */
const LAST_PHONE = 'lastPhone';

export interface StoredAccount {
  user: AccountUser;
  refreshToken: string;
  accessToken: string;
  /**
   * When the access token expires by this phone's clock (the server's expiry moved by the gap
   * between the server's time and the phone's), so a phone whose clock is wrong does not refresh
   * on every request or use an expired token.
   */
  accessExpiresAt: string;
  /** The commune revoked this account or device: records stay usable, sync stops. */
  revoked: boolean;
  signedInAt: string;
}

/** What the screens need: no tokens. */
export interface AccountSummary {
  user: AccountUser;
  revoked: boolean;
  signedInAt: string;
}

/** The token's expiry on this phone's clock: its lifetime by the server, counted from now. */
export function localExpiry(tokens: TokensResponse, now = Date.now()): string {
  const lifetime = Date.parse(tokens.accessExpiresAt) - Date.parse(tokens.serverTime);
  return new Date(now + lifetime).toISOString();
}

export async function getAccount(): Promise<StoredAccount | null> {
  const row = await db.meta.get(ACCOUNT);
  return (row?.value as StoredAccount | undefined) ?? null;
}

/** For live queries in the UI; null when nobody is signed in on this phone. */
export async function accountSummary(): Promise<AccountSummary | null> {
  const a = await getAccount();
  return a ? { user: a.user, revoked: a.revoked, signedInAt: a.signedInAt } : null;
}

/**
 * Stores a fresh sign-in (password or invite) and makes its user the volunteer using this phone,
 * the one recorded as consent collector and offered as facilitator.
 */
export async function storeSignIn(tokens: TokensResponse): Promise<void> {
  const account: StoredAccount = {
    user: tokens.user,
    refreshToken: tokens.refreshToken,
    accessToken: tokens.accessToken,
    accessExpiresAt: localExpiry(tokens),
    revoked: false,
    signedInAt: new Date().toISOString(),
  };
  await db.transaction('rw', db.meta, async () => {
    await db.meta.put({ key: ACCOUNT, value: account });
    await db.meta.put({ key: LAST_PHONE, value: tokens.user.phone });
  });
}

/**
 * Stores a refresh's answer, but only if the phone still holds the refresh token that was spent
 * (`spent`); false when another tab or a sign-out changed it meanwhile, so nothing is overwritten.
 */
export async function storeRefreshed(spent: string, tokens: TokensResponse): Promise<boolean> {
  return db.transaction('rw', db.meta, async () => {
    const current = await getAccount();
    if (current?.refreshToken !== spent) return false;
    const next: StoredAccount = {
      ...current,
      user: tokens.user,
      refreshToken: tokens.refreshToken,
      accessToken: tokens.accessToken,
      accessExpiresAt: localExpiry(tokens),
    };
    await db.meta.put({ key: ACCOUNT, value: next });
    return true;
  });
}

/** The commune revoked this account: keep everything, remember it so sync stops and says why. */
export async function markRevoked(): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    const current = await getAccount();
    if (current && !current.revoked)
      await db.meta.put({ key: ACCOUNT, value: { ...current, revoked: true } });
  });
}

/** Forgets the sign-in (tokens and all); every record and the outbox stay on the phone. */
export async function clearAccount(): Promise<void> {
  await db.meta.delete(ACCOUNT);
}

export async function lastPhone(): Promise<string | null> {
  const row = await db.meta.get(LAST_PHONE);
  return typeof row?.value === 'string' ? row.value : null;
}
