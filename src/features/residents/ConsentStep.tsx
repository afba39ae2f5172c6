import { useLive } from '../../app/use-live';
import { CONSENT_VERSION } from '../../core/resident';
import { getCurrentVolunteerId } from '../../db/meta';
import { useT } from '../../i18n';
import { WhoAmISelect } from '../WhoAmISelect';
import type { ResidentFormState } from './resident-form-state';

interface Props {
  form: ResidentFormState;
  set: (patch: Partial<ResidentFormState>) => void;
  error?: string;
}

/**
 * The explicit consent step: the versioned text read to the person, who gives consent (them or a
 * guardian), and the volunteer collecting it (asked once per phone until accounts exist).
 */
export function ConsentStep({ form, set, error }: Props) {
  const t = useT();
  const me = useLive(getCurrentVolunteerId);
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
      {me === null && <WhoAmISelect id="consent-collector" label={t('consent.collector')} />}
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
