import { useT } from '../../i18n';
import { Field } from '../../ui/Field';
import { formatCodeInput, type SignInDraft, signInFieldError } from './sign-in-form-state';

interface Props {
  draft: SignInDraft;
  set: (patch: Partial<SignInDraft>) => void;
  errors: Record<string, string>;
}

/** Phone number, and the invite code on a first sign-in: kept as a draft while typed. */
export function SignInFields({ draft, set, errors }: Props) {
  const t = useT();
  const err = (field: 'phone' | 'code') => signInFieldError(t, draft.mode, errors, field);
  return (
    <>
      <Field
        id="sign-in-phone"
        label={t('signIn.phone')}
        hint={t('signIn.phoneHint')}
        error={err('phone')}
      >
        <input
          id="sign-in-phone"
          type="tel"
          inputMode="tel"
          autoComplete="username"
          maxLength={14}
          aria-invalid={!!err('phone')}
          value={draft.phone}
          onInput={(e) => set({ phone: e.currentTarget.value })}
        />
      </Field>
      {draft.mode === 'redeem' && (
        <Field
          id="sign-in-code"
          label={t('signIn.code')}
          hint={t('signIn.codeHint')}
          error={err('code')}
        >
          <input
            id="sign-in-code"
            class="code-input"
            type="text"
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={9}
            aria-invalid={!!err('code')}
            value={draft.code}
            onInput={(e) => {
              const formatted = formatCodeInput(e.currentTarget.value);
              // Keeps the box showing the formatted code even when nothing changed in the state.
              e.currentTarget.value = formatted;
              set({ code: formatted });
            }}
          />
        </Field>
      )}
    </>
  );
}
