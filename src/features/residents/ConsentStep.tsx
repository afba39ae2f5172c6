import { CONSENT_VERSION } from '../../core/resident';
import { useT } from '../../i18n';
import type { ResidentFormState } from './resident-form-state';

interface Props {
  form: ResidentFormState;
  set: (patch: Partial<ResidentFormState>) => void;
  error?: string;
}

/**
 * The explicit consent step: the versioned text read to the person, who gives consent (them or a
 * guardian); the collector is the volunteer signed in on this phone.
 */
export function ConsentStep({ form, set, error }: Props) {
  const t = useT();
  return (
    <fieldset class={`field consent${error ? ' field-invalid' : ''}`} id="resident-consent">
      <legend>{t('consent.title')}</legend>
      <p class="consent-text">{t(`consent.${CONSENT_VERSION}`)}</p>
      <div class="chips">
        {(['self', 'guardian'] as const).map((g) => (
          <button
            key={g}
            type="button"
            aria-pressed={form.givenBy === g}
            class={`chip${form.givenBy === g ? ' chip-on' : ''}`}
            onClick={() => set({ givenBy: g })}
          >
            {t(`consent.by.${g}`)}
          </button>
        ))}
      </div>
      <label class="check check-big">
        <input
          type="checkbox"
          checked={form.consentGiven}
          onChange={(e) => set({ consentGiven: e.currentTarget.checked })}
        />
        {t('consent.agree')}
      </label>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
