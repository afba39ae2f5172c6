import type { ComponentChildren } from 'preact';
import { AccountContext } from '../../src/app/account-context';
import type { AccountUser, TokensResponse } from '../../src/core/auth';
import { storeSignIn } from '../../src/db/account';
import { ME } from './factories';

export const USER: AccountUser = {
  id: ME,
  communeCode: '10882',
  role: 'volunteer',
  displayName: 'Nguyễn Thị Hoa',
  phone: '0900000011',
  villages: ['nhan-bau', 'tien-kieu'],
};

let n = 0;

/** A sign-in answer whose access token lives `minutes` from now; each has new tokens. */
export function tokens(minutes = 15, over: Partial<TokensResponse> = {}): TokensResponse {
  n += 1;
  const now = Date.now();
  return {
    serverTime: new Date(now).toISOString(),
    accessToken: `access-${n}`,
    accessExpiresAt: new Date(now + minutes * 60_000).toISOString(),
    refreshToken: `refresh-token-number-${n}-abcdefghij`,
    user: USER,
    ...over,
  };
}

/** Stores a signed-in account; returns its tokens. */
export async function signedIn(minutes = 15): Promise<TokensResponse> {
  const t = tokens(minutes);
  await storeSignIn(t);
  return t;
}

/** Renders screens as the signed-in workspace does: inside the account of USER. */
export function AsVolunteer({ children }: { children: ComponentChildren }) {
  const account = { user: USER, revoked: false, signedInAt: '2026-11-01T00:00:00.000Z' };
  return <AccountContext.Provider value={account}>{children}</AccountContext.Provider>;
}
