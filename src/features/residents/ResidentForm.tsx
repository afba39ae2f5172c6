import { useState } from 'preact/hooks';
import { useAccount, useCommune } from '../../app/account-context';
import { useDraft } from '../../app/use-draft';
import { fieldErrors } from '../../core/fields';
import { type ActiveResident, type Resident, residentInputSchema } from '../../core/resident';
import { addWalkIn } from '../../db/attendance';
import { addResident, likelyDuplicates, updateResident } from '../../db/residents';
import { useT } from '../../i18n';
import { Field } from '../../ui/Field';
import { FormActions } from '../../ui/FormActions';
import { ToggleChips } from '../../ui/ToggleChips';
import { errorText } from '../error-text';
import { type SaveErrorKey, saveErrorKey } from '../save-error';
import { VillageSelect } from '../VillageSelect';
import { ConsentStep } from './ConsentStep';
import {
  consentProblem,
  consentRecord,
  formToResidentInput,
  type ResidentFormState,
} from './resident-form-state';

interface Props {
  draftKey: string;
  initial: () => ResidentFormState;
  /** Editing this resident (no new consent step); absent to add someone. */
  editing?: ActiveResident;
  /** Adding a walk-in to this session: saved and ticked present together. */
  walkInSessionId?: string;
  /** Village chosen by the screen (roster or session); the field is then not shown. */
  fixedVillage?: boolean;
  onDone: (saved: Resident | null) => void;
}

/** One short form for a resident, with the consent step and a likely-duplicate warning. */
export function ResidentForm(props: Props) {
  const commune = useCommune();
  const { draftKey, initial, editing, walkInSessionId, fixedVillage, onDone } = props;
  const t = useT();
  const me = useAccount().user.id;
  const draft = useDraft(draftKey, initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [duplicates, setDuplicates] = useState<ActiveResident[]>([]);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<SaveErrorKey | null>(null);
  const f = draft.value;
  if (!f) return null;

  const err = (field: string) => errorText(t, 'residentForm', errors, field);
  const set = (patch: Partial<ResidentFormState>) => {
    draft.set(patch);
    if (duplicates.length && ('fullName' in patch || 'birthYear' in patch)) setDuplicates([]);
  };
  const submit = async (e: Event) => {
    e.preventDefault();
    const parsed = residentInputSchema.safeParse(formToResidentInput(f));
    const problems = parsed.success ? {} : fieldErrors(parsed.error);
    const consent = editing ? undefined : consentProblem(f);
    if (consent) problems.consent = consent;
    setErrors(problems);
    if (!parsed.success || Object.keys(problems).length > 0) return;
    if (!editing && duplicates.length === 0) {
      const found = await likelyDuplicates(parsed.data);
      if (found.length > 0) {
        setDuplicates(found);
        return;
      }
    }
    setSaving(true);
    setSaveError(null);
    try {
      let saved: Resident;
      if (editing) saved = await updateResident(editing.id, parsed.data);
      else if (walkInSessionId)
        saved = await addWalkIn(commune, walkInSessionId, parsed.data, consentRecord(f, me!));
      else saved = await addResident(commune, parsed.data, consentRecord(f, me!));
      await draft.clear();
      onDone(saved);
    } catch (err) {
      // The form stays as typed; a full disk says how to make room (save-error.ts).
      setSaveError(saveErrorKey(err));
      setSaving(false);
    }
  };
  const cancel = async () => {
    if (await draft.discard()) onDone(null);
  };

  return (
    <form class="form" onSubmit={submit} noValidate>
      <Field id="resident-fullName" label={t('residentForm.fullName')} error={err('fullName')}>
        <input
          id="resident-fullName"
          type="text"
          autoComplete="off"
          autoCapitalize="words"
          maxLength={100}
          value={f.fullName}
          onInput={(e) => set({ fullName: e.currentTarget.value })}
        />
      </Field>
      <Field id="resident-birthYear" label={t('residentForm.birthYear')} error={err('birthYear')}>
        <input
          id="resident-birthYear"
          type="text"
          inputMode="numeric"
          autoComplete="off"
          maxLength={4}
          value={f.birthYear}
          onInput={(e) => set({ birthYear: e.currentTarget.value })}
        />
      </Field>
      <ToggleChips
        id="resident-sex"
        single
        label={t('residentForm.sex')}
        options={[
          { value: 'female', label: t('sex.female') },
          { value: 'male', label: t('sex.male') },
          { value: '', label: t('sex.unknown') },
        ]}
        selected={[f.sex]}
        onChange={([sex]) => set({ sex: sex ?? '' })}
      />
      {!fixedVillage && (
        <VillageSelect
          id="resident-villageId"
          value={f.villageId}
          onChange={(villageId) => set({ villageId })}
          error={err('villageId')}
          emptyLabel={t('sessionForm.villagePlaceholder')}
        />
      )}
      <Field
        id="resident-phone"
        label={t('residentForm.phone')}
        hint={t('residentForm.phoneHint')}
        error={err('phone')}
      >
        <input
          id="resident-phone"
          type="tel"
          inputMode="tel"
          autoComplete="off"
          maxLength={14}
          value={f.phone}
          onInput={(e) => set({ phone: e.currentTarget.value })}
        />
      </Field>
      {!editing && (
        <ConsentStep
          form={f}
          set={set}
          error={errors.consent ? t(`consent.error.${errors.consent}`) : undefined}
        />
      )}
      {duplicates.length > 0 && (
        <div class="notice notice-warn" role="alert">
          <p>{t('residentForm.duplicate')}</p>
          <ul>
            {duplicates.map((d) => (
              <li key={d.id}>
                {d.fullName} ({d.birthYear})
              </li>
            ))}
          </ul>
        </div>
      )}
      {saveError && (
        <p class="error" role="alert">
          {t(saveError)}
        </p>
      )}
      <FormActions
        cancelLabel={t('sessionForm.cancel')}
        saveLabel={t(duplicates.length > 0 ? 'residentForm.saveAnyway' : 'residentForm.save')}
        onCancel={() => void cancel()}
        saving={saving}
      />
    </form>
  );
}
