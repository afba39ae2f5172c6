/**
 * Signing this phone in and out. Sign-in (password, or an invite code the first time) needs the
 * network once; its tokens are stored on the phone, which then stays signed in offline for weeks.
 * Signing out forgets only the tokens: records and the outbox stay, and go out at the next sign-in.
 */
import {
  type RedeemRequest,
  redeemRequestSchema,
  type SignInRequest,
  signInRequestSchema,
  tokensResponseSchema,
} from '../core/auth';
import { clearAccount, getAccount, storeSignIn } from '../db/account';
import { requestJson } from './http';
import { syncNow } from './sync-now';

const SIGN_OUT_TIMEOUT_MS = 5_000;

async function signInWith(path: string, body: unknown): Promise<void> {
  const tokens = await requestJson(path, tokensResponseSchema, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  await storeSignIn(tokens);
  // Send what was waiting from before and fetch this account's villages.
  void syncNow();
}

/** Phone and password. Throws SyncHttpError (its `code` says why: `invalid_credentials`…). */
export function signIn(req: SignInRequest): Promise<void> {
  return signInWith('/api/auth/sign-in', signInRequestSchema.parse(req));
}

/** First sign-in: phone, the invite code from the commune, and the password being chosen. */
export function redeemInvite(req: RedeemRequest): Promise<void> {
  return signInWith('/api/auth/redeem', redeemRequestSchema.parse(req));
}

/**
 * Signs this phone out: tells the server when it can (so the refresh token stops working), then
 * forgets the tokens whatever the answer, since the volunteer asked to sign out.
 */
export async function signOut(): Promise<void> {
  const account = await getAccount();
  if (account && typeof navigator !== 'undefined' && navigator.onLine) {
    await fetch('/api/auth/sign-out', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ refreshToken: account.refreshToken }),
      signal: AbortSignal.timeout(SIGN_OUT_TIMEOUT_MS),
    }).catch(() => undefined);
  }
  await clearAccount();
}
