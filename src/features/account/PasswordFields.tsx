import { useState } from 'preact/hooks';
import { useT } from '../../i18n';
import { Field } from '../../ui/Field';
import { type SignInMode, type SignInSecrets, signInFieldError } from './sign-in-form-state';

interface Props {
  mode: SignInMode;
  secrets: SignInSecrets;
  set: (next: SignInSecrets) => void;
  errors: Record<string, string>;
}

/**
 * The password (a new one, typed twice, on a first sign-in), with "show password" for people who
 * type slowly on a small keyboard. Held in memory only, never in a draft.
 */
export function PasswordFields({ mode, secrets, set, errors }: Props) {
  const t = useT();
  const [show, setShow] = useState(false);
  const redeem = mode === 'redeem';
  const type = show ? 'text' : 'password';
  const err = (field: 'password' | 'repeat') => signInFieldError(t, mode, errors, field);
  return (
    <>
      <Field
        id="sign-in-password"
        label={redeem ? t('signIn.newPassword') : t('signIn.password')}
        hint={redeem ? t('signIn.newPasswordHint') : undefined}
        error={err('password')}
      >
        <input
          id="sign-in-password"
          type={type}
          autoComplete={redeem ? 'new-password' : 'current-password'}
          maxLength={128}
          aria-invalid={!!err('password')}
          value={secrets.password}
          onInput={(e) => set({ ...secrets, password: e.currentTarget.value })}
        />
      </Field>
      {redeem && (
        <Field id="sign-in-repeat" label={t('signIn.repeat')} error={err('repeat')}>
          <input
            id="sign-in-repeat"
            type={type}
            autoComplete="new-password"
            maxLength={128}
            aria-invalid={!!err('repeat')}
            value={secrets.repeat}
            onInput={(e) => set({ ...secrets, repeat: e.currentTarget.value })}
          />
        </Field>
      )}
      <label class="check">
        <input type="checkbox" checked={show} onChange={(e) => setShow(e.currentTarget.checked)} />
        {t('signIn.showPassword')}
      </label>
    </>
  );
}
