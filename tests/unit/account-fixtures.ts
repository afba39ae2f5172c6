import type { AccountUser, TokensResponse } from '../../src/core/auth';
import { storeSignIn } from '../../src/db/account';

export const USER: AccountUser = {
  id: '019a0000-0000-7000-8000-0000000000aa',
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
