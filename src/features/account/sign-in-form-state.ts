/**
 * The sign-in form as typed, its checks (the shared schemas, so a message beside a field is the
 * server's rule) and the words for the server's refusals. Passwords are kept apart from the draft:
 * the draft is written to the device, a password never is.
 */
import {
  type RedeemRequest,
  redeemRequestSchema,
  type SignInRequest,
  signInRequestSchema,
} from '../../core/auth';
import { fieldErrors } from '../../core/fields';
import type { t as translate } from '../../i18n';
import { SyncHttpError } from '../../sync/http';

/** First sign-in with an invite code, or a returning volunteer's password. */
export type SignInMode = 'redeem' | 'password';

/** What survives a reload (as a draft on the device). */
export interface SignInDraft {
  mode: SignInMode;
  phone: string;
  /** As shown: "4821 0937". */
  code: string;
}

/** Kept in memory only. */
export interface SignInSecrets {
  password: string;
  repeat: string;
}

export const emptySignIn = (phone: string | null): SignInDraft => ({
  mode: phone ? 'password' : 'redeem',
  phone: phone ?? '',
  code: '',
});

/** Digits only, at most 8, with a space after the fourth: "48210937" → "4821 0937". */
export function formatCodeInput(typed: string): string {
  const digits = typed.replace(/\D/g, '').slice(0, 8);
  return digits.length > 4 ? `${digits.slice(0, 4)} ${digits.slice(4)}` : digits;
}

export type SignInCheck =
  | { ok: true; mode: 'redeem'; request: RedeemRequest }
  | { ok: true; mode: 'password'; request: SignInRequest }
  | { ok: false; errors: Record<string, string> };

/** Field → problem code (`phone`, `code`, `password`, `repeat`), or the request to send. */
export function checkSignIn(draft: SignInDraft, secrets: SignInSecrets): SignInCheck {
  if (draft.mode === 'password') {
    const parsed = signInRequestSchema.safeParse({
      phone: draft.phone,
      password: secrets.password,
    });
    const errors = parsed.success ? {} : fieldErrors(parsed.error);
    if (secrets.password === '') errors.password = 'required';
    if (parsed.success && !errors.password)
      return { ok: true, mode: 'password', request: parsed.data };
    return { ok: false, errors };
  }
  const parsed = redeemRequestSchema.safeParse({
    phone: draft.phone,
    code: draft.code,
    password: secrets.password,
  });
  const errors = parsed.success ? {} : fieldErrors(parsed.error);
  if (secrets.repeat !== secrets.password) errors.repeat = 'mismatch';
  if (parsed.success && !errors.repeat) return { ok: true, mode: 'redeem', request: parsed.data };
  return { ok: false, errors };
}

/** The message for a field's problem, in the current language. */
export function signInFieldError(
  t: typeof translate,
  mode: SignInMode,
  errors: Record<string, string>,
  field: keyof SignInSecrets | 'phone' | 'code',
): string | undefined {
  if (!errors[field]) return undefined;
  if (field === 'password')
    return mode === 'redeem' ? t('signIn.error.newPassword') : t('signIn.error.password');
  return t(`signIn.error.${field}`);
}

/** Why the server (or the network) refused, in words a volunteer can act on. */
export function signInFailure(t: typeof translate, mode: SignInMode, err: unknown): string {
  if (!(err instanceof SyncHttpError)) return t('signIn.failed.server');
  if (err.kind === 'offline')
    return mode === 'redeem' ? t('signIn.failed.offlineFirst') : t('signIn.failed.offline');
  if (err.kind === 'timeout') return t('signIn.failed.timeout');
  switch (err.code) {
    case 'invalid_invite':
      return t('signIn.failed.invalidInvite');
    case 'invalid_credentials':
      return t('signIn.failed.invalidCredentials');
    case 'revoked':
      return t('signIn.failed.revoked');
    case 'too_many_attempts': {
      const minutes = Math.max(1, Math.ceil((err.retryAfter ?? 60) / 60));
      return t('signIn.failed.tooMany', { count: minutes, n: minutes });
    }
    default:
      return t('signIn.failed.server');
  }
}
