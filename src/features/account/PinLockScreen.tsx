import { useState } from 'preact/hooks';
import { useLive } from '../../app/use-live';
import { accountSummary } from '../../db/account';
import { PIN_FREE_TRIES, PIN_PATTERN, verifyPin } from '../../db/pin';
import { useT } from '../../i18n';
import { LockIcon } from './LockIcon';
import { unlockNow } from './lock';
import { PinInput } from './PinInput';
import { signOutOfPhone } from './sign-out';
import { usePinWait, waitText } from './use-pin-wait';

/**
 * The lock: drawn instead of every screen, so nothing behind it can be read. Wrong PINs are slowed
 * down (see src/db/pin.ts); "forgot PIN" signs this phone out, keeping every record, so the
 * volunteer signs in again with their password.
 */
export function PinLockScreen() {
  const t = useT();
  const me = useLive(accountSummary);
  const [pin, setPin] = useState('');
  const [wrong, setWrong] = useState(false);
  const [checking, setChecking] = useState(false);
  const { attempts, waitMs, update } = usePinWait();
  const waiting = waitMs > 0;

  const submit = async (e: Event) => {
    e.preventDefault();
    if (waiting || checking || !PIN_PATTERN.test(pin)) return;
    setChecking(true);
    const result = await verifyPin(pin);
    setChecking(false);
    setPin('');
    if (result.ok) {
      await unlockNow();
      return;
    }
    setWrong(true);
    update(result);
  };
  const forgot = async () => {
    const question = navigator.onLine ? t('pin.forgotConfirm') : t('pin.forgotConfirmOffline');
    if (window.confirm(question)) await signOutOfPhone();
  };

  const left = PIN_FREE_TRIES - (attempts?.failures ?? 0);
  let message: string | undefined;
  if (waiting) message = waitText(t, waitMs);
  else if (wrong)
    message = left > 0 ? t('pin.wrongLeft', { count: left, n: left }) : t('pin.wrong');
  return (
    <section class="lock-screen" aria-labelledby="lock-title">
      <LockIcon />
      <h2 id="lock-title">{t('pin.lockedTitle')}</h2>
      {me && <p class="muted">{t('pin.lockedFor', { name: me.user.displayName })}</p>}
      <form onSubmit={submit} noValidate>
        <label class="pin-label" for="pin-unlock">
          {t('pin.enter')}
        </label>
        <PinInput
          id="pin-unlock"
          value={pin}
          onInput={setPin}
          disabled={waiting}
          invalid={wrong}
          describedBy={message ? 'pin-unlock-message' : undefined}
          autoFocus
        />
        {message && (
          <p class="error" id="pin-unlock-message" role="alert">
            {message}
          </p>
        )}
        <button
          type="submit"
          class="btn btn-primary btn-block btn-huge"
          disabled={waiting || checking || !PIN_PATTERN.test(pin)}
        >
          {checking ? t('pin.checking') : t('pin.unlock')}
        </button>
      </form>
      <button type="button" class="btn btn-ghost btn-block" onClick={() => void forgot()}>
        {t('pin.forgot')}
      </button>
    </section>
  );
}
