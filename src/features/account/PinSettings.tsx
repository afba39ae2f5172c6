import { useState } from 'preact/hooks';
import { useStoreState } from '../../app/use-store';
import { PIN_PATTERN, removePin, setPin, verifyPin } from '../../db/pin';
import { useT } from '../../i18n';
import { Field } from '../../ui/Field';
import { FormActions } from '../../ui/FormActions';
import { lockNow, lockState, pinChanged } from './lock';
import { PinInput } from './PinInput';
import { waitText } from './use-pin-wait';

type Step = 'idle' | 'set' | 'change' | 'remove';
interface Entry {
  current: string;
  next: string;
  repeat: string;
}
const blank: Entry = { current: '', next: '', repeat: '' };

/** Settings card: set, change or remove the PIN that locks the app on a shared phone. */
export function PinSettings() {
  const t = useT();
  const { pinSet } = useStoreState(lockState);
  const [step, setStep] = useState<Step>('idle');
  const [entry, setEntry] = useState<Entry>(blank);
  const [errors, setErrors] = useState<Partial<Record<keyof Entry, string>>>({});
  const [done, setDone] = useState<string>();
  const [busy, setBusy] = useState(false);
  const open = (next: Step) => {
    setStep(next);
    setEntry(blank);
    setErrors({});
    setDone(undefined);
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    const problems: typeof errors = {};
    if (step !== 'remove') {
      if (!PIN_PATTERN.test(entry.next)) problems.next = t('pin.error.format');
      else if (entry.repeat !== entry.next) problems.repeat = t('pin.error.repeat');
    }
    setErrors(problems);
    if (Object.keys(problems).length > 0) return;
    setBusy(true);
    try {
      if (step !== 'set') {
        const check = await verifyPin(entry.current);
        if (!check.ok) {
          const wait = check.blockedUntil ? check.blockedUntil - Date.now() : 0;
          setErrors({ current: wait > 0 ? waitText(t, wait) : t('pin.error.current') });
          return;
        }
      }
      if (step === 'remove') await removePin();
      else await setPin(entry.next);
      pinChanged(step !== 'remove');
      setDone(step === 'remove' ? t('pin.removed') : t('pin.saved'));
      setStep('idle');
    } finally {
      setBusy(false);
    }
  };

  const pinField = (key: keyof Entry, label: string, hint?: string) => (
    <Field id={`pin-${key}`} label={label} hint={hint} error={errors[key]}>
      <PinInput
        id={`pin-${key}`}
        value={entry[key]}
        invalid={!!errors[key]}
        onInput={(v) => setEntry({ ...entry, [key]: v })}
      />
    </Field>
  );
  return (
    <div class="card" data-testid="pin-settings">
      <h3>{t('pin.title')}</h3>
      {step === 'idle' ? (
        <>
          <p class="muted">{pinSet ? t('pin.onHint') : t('pin.offHint')}</p>
          {done && <p role="status">{done}</p>}
          {pinSet ? (
            <div class="actions-grid">
              <button type="button" class="btn btn-secondary" onClick={() => void lockNow()}>
                {t('pin.lockNow')}
              </button>
              <button type="button" class="btn btn-secondary" onClick={() => open('change')}>
                {t('pin.change')}
              </button>
              <button type="button" class="btn btn-ghost" onClick={() => open('remove')}>
                {t('pin.remove')}
              </button>
            </div>
          ) : (
            <button type="button" class="btn btn-secondary btn-block" onClick={() => open('set')}>
              {t('pin.set')}
            </button>
          )}
        </>
      ) : (
        <form onSubmit={submit} noValidate>
          {step !== 'set' && pinField('current', t('pin.current'))}
          {step !== 'remove' && pinField('next', t('pin.new'), t('pin.newHint'))}
          {step !== 'remove' && pinField('repeat', t('pin.repeat'))}
          <FormActions
            cancelLabel={t('sessionForm.cancel')}
            saveLabel={step === 'remove' ? t('pin.remove') : t('pin.save')}
            onCancel={() => open('idle')}
            saving={busy}
          />
        </form>
      )}
    </div>
  );
}
