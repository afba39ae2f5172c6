import { useState } from 'preact/hooks';
import { useDraft } from '../../app/use-draft';
import { useLive } from '../../app/use-live';
import { useStoreState } from '../../app/use-store';
import { lastPhone } from '../../db/account';
import { pendingCount } from '../../db/outbox';
import { useT } from '../../i18n';
import { formatNumber } from '../../i18n/format';
import { redeemInvite, signIn } from '../../sync/account-session';
import { syncStatus } from '../../sync/status';
import { ToggleChips } from '../../ui/ToggleChips';
import { unlockNow } from './lock';
import { PasswordFields } from './PasswordFields';
import { SignInFields } from './SignInFields';
import {
  checkSignIn,
  emptySignIn,
  type SignInMode,
  type SignInSecrets,
  signInFailure,
} from './sign-in-form-state';

/** Shown instead of the app while nobody is signed in on this phone. */
export function SignInScreen() {
  const phone = useLive(async () => ({ phone: await lastPhone() }));
  if (phone === undefined) return null;
  return <SignInForm lastPhone={phone.phone} />;
}

function SignInForm({ lastPhone: known }: { lastPhone: string | null }) {
  const t = useT();
  const draft = useDraft('sign-in', () => emptySignIn(known));
  const [secrets, setSecrets] = useState<SignInSecrets>({ password: '', repeat: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);
  const pending = useLive(pendingCount) ?? 0;
  // Signed out by the server (not by the volunteer): say so, or the sign-in screen is a riddle.
  const signedOut = useStoreState(syncStatus).error === 'unauthenticated';
  const f = draft.value;
  if (!f) return null;
  const setMode = (mode: SignInMode) => {
    draft.set({ mode });
    setErrors({});
    setFailure(undefined);
  };
  const submit = async (e: Event) => {
    e.preventDefault();
    const checked = checkSignIn(f, secrets);
    setFailure(undefined);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      if (checked.mode === 'redeem') await redeemInvite(checked.request);
      else await signIn(checked.request);
      // A password proves more than the PIN: a locked phone opens after signing in again.
      await unlockNow();
      await draft.clear();
    } catch (err) {
      // Everything typed stays in the form, so a retry is one tap.
      setFailure(signInFailure(t, f.mode, err));
      setBusy(false);
    }
  };
  const redeem = f.mode === 'redeem';
  return (
    <form class="form sign-in" onSubmit={submit} noValidate aria-labelledby="sign-in-title">
      <h2 id="sign-in-title">{redeem ? t('signIn.redeemTitle') : t('signIn.title')}</h2>
      <ToggleChips
        id="sign-in-mode"
        single
        label={t('signIn.mode')}
        options={[
          { value: 'redeem', label: t('signIn.modeRedeem') },
          { value: 'password', label: t('signIn.modePassword') },
        ]}
        selected={[f.mode]}
        onChange={([m]) => m && setMode(m)}
      />
      {signedOut && <p class="notice notice-warn">{t('signIn.signedOut')}</p>}
      <p class="hint sign-in-intro">
        {redeem ? t('signIn.redeemIntro') : t('signIn.passwordIntro')}
      </p>
      <SignInFields draft={f} set={draft.set} errors={errors} />
      <PasswordFields mode={f.mode} secrets={secrets} set={setSecrets} errors={errors} />
      {failure && (
        <p class="notice notice-error" role="alert" data-testid="sign-in-failure">
          {failure}
        </p>
      )}
      <button type="submit" class="btn btn-primary btn-block btn-huge" disabled={busy}>
        {busy ? t('signIn.busy') : t('signIn.submit')}
      </button>
      {!redeem && <p class="hint">{t('signIn.forgotPassword')}</p>}
      {pending > 0 && (
        <p class="notice">
          {t('signIn.pendingKept', { count: pending, n: formatNumber(pending) })}
        </p>
      )}
    </form>
  );
}
