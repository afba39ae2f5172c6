import { useState } from 'preact/hooks';
import { navigate } from '../../app/router';
import { useDraft } from '../../app/use-draft';
import { useLive } from '../../app/use-live';
import { currentYearInVietnam } from '../../core/dates';
import { learnerCommune } from '../../db/learner-commune';
import { PROFILE_COLOURS, type ProfileColour } from '../../db/learning-types';
import { createProfile, PROFILE_PIN_PATTERN, profileNameSchema } from '../../db/profiles';
import { listVillages } from '../../db/reference';
import { useT } from '../../i18n';
import { Field } from '../../ui/Field';
import { PinInput } from '../account/PinInput';

interface ProfileFormValue {
  displayName: string;
  birthYear: string;
  villageId: string;
  colour: ProfileColour;
}

const empty = (): ProfileFormValue => ({
  displayName: '',
  birthYear: '',
  villageId: '',
  colour: 'green',
});

/** Adding a learner: a name to recognise them by, and optionally birth year, village and a PIN. */
export function ProfileForm() {
  const t = useT();
  const draft = useDraft('learn:profile:new', empty);
  const villages = useLive(async () => listVillages(await learnerCommune()));
  // The PIN is never written to the draft store.
  const [pin, setPin] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const v = draft.value;
  if (!v) return null;
  const thisYear = currentYearInVietnam();

  const submit = async (e: Event) => {
    e.preventDefault();
    const found: Record<string, string> = {};
    if (!profileNameSchema.safeParse(v.displayName).success)
      found.displayName = t('learn.nameRequired');
    const year = v.birthYear === '' ? null : Number(v.birthYear);
    if (year !== null && !(Number.isInteger(year) && year >= 1920 && year <= thisYear))
      found.birthYear = t('learn.birthYearInvalid', { year: thisYear });
    if (pin !== '' && !PROFILE_PIN_PATTERN.test(pin)) found.pin = t('learn.pinInvalid');
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    await createProfile(await learnerCommune(), {
      displayName: v.displayName,
      birthYear: year,
      villageId: v.villageId || null,
      colour: v.colour,
      pin,
    });
    await draft.clear();
    navigate('/learn', { replace: true, force: true });
  };

  return (
    <form class="form" onSubmit={submit} noValidate>
      <h2>{t('learn.newProfileTitle')}</h2>
      <Field
        id="profile-name"
        label={t('learn.name')}
        hint={t('learn.nameHint')}
        error={errors.displayName}
      >
        <input
          id="profile-name"
          value={v.displayName}
          maxLength={40}
          autoComplete="off"
          onInput={(e) => draft.set({ displayName: e.currentTarget.value })}
        />
      </Field>
      <Field id="profile-year" label={t('learn.birthYear')} error={errors.birthYear}>
        <input
          id="profile-year"
          inputMode="numeric"
          value={v.birthYear}
          maxLength={4}
          onInput={(e) => draft.set({ birthYear: e.currentTarget.value.replace(/\D/g, '') })}
        />
      </Field>
      <Field id="profile-village" label={t('learn.village')}>
        <select
          id="profile-village"
          value={v.villageId}
          onChange={(e) => draft.set({ villageId: e.currentTarget.value })}
        >
          <option value="">{t('learn.villageNone')}</option>
          {villages?.map((village) => (
            <option key={village.id} value={village.id}>
              {village.name}
            </option>
          ))}
        </select>
      </Field>
      <fieldset class="field">
        <legend>{t('learn.colour')}</legend>
        <div class="chips">
          {PROFILE_COLOURS.map((c) => (
            <button
              key={c}
              type="button"
              class={`chip colour-chip avatar-${c}${v.colour === c ? ' chip-on' : ''}`}
              aria-pressed={v.colour === c}
              onClick={() => draft.set({ colour: c })}
            >
              {v.colour === c && '✓ '}
              {t(`learn.colours.${c}`)}
            </button>
          ))}
        </div>
      </fieldset>
      <Field
        id="profile-pin-new"
        label={t('learn.pinOptional')}
        hint={t('learn.pinHint')}
        error={errors.pin}
      >
        <PinInput
          id="profile-pin-new"
          value={pin}
          onInput={(digits) => setPin(digits.slice(0, 4))}
        />
      </Field>
      <div class="form-actions">
        <button type="submit" class="btn btn-primary btn-block">
          {t('learn.saveProfile')}
        </button>
        <button
          type="button"
          class="btn btn-ghost btn-block"
          onClick={async () => {
            if (await draft.discard()) navigate('/learn', { force: true });
          }}
        >
          {t('learn.cancel')}
        </button>
      </div>
    </form>
  );
}
