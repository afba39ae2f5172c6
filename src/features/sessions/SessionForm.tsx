import { useState } from 'preact/hooks';
import { useCommune } from '../../app/account-context';
import { navigate } from '../../app/router';
import { useDraft } from '../../app/use-draft';
import { useLive } from '../../app/use-live';
import { MODULE_CODES } from '../../core/curriculum';
import { fieldErrors, isoDate } from '../../core/fields';
import { SESSION_KINDS, type Session, sessionInputSchema, TARGET_GROUPS } from '../../core/session';
import { listVolunteers } from '../../db/reference';
import { createSession, updateSession } from '../../db/sessions';
import { useT } from '../../i18n';
import { formatDate } from '../../i18n/format';
import { Field } from '../../ui/Field';
import { FormActions } from '../../ui/FormActions';
import { ToggleChips } from '../../ui/ToggleChips';
import { errorText } from '../error-text';
import { type SaveErrorKey, saveErrorKey } from '../save-error';
import { VillageSelect } from '../VillageSelect';
import { formToInput, type SessionFormState } from './session-form-state';

interface Props {
  /** The session being edited; absent for a new one. */
  session?: Session;
  draftKey: string;
  initial: () => SessionFormState;
}

const COUNT_FIELDS = ['vneidActivations', 'onlineApplications', 'cashlessAccounts'] as const;

/** Create or edit a session. Typed input is a draft on the device until it is saved. */
export function SessionForm({ session, draftKey, initial }: Props) {
  const commune = useCommune();
  const t = useT();
  const volunteers = useLive(() => listVolunteers(commune));
  const draft = useDraft(draftKey, initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<SaveErrorKey | null>(null);
  const f = draft.value;
  if (!f) return null;

  const back = session ? `/sessions/${session.id}` : '/';
  const err = (field: string) => errorText(t, 'sessionForm', errors, field);
  const submit = async (e: Event) => {
    e.preventDefault();
    const parsed = sessionInputSchema.safeParse(formToInput(f));
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error));
      document.querySelector('.field-invalid')?.scrollIntoView({ block: 'center' });
      return;
    }
    setSaving(true);
    setSaveError(null);
    try {
      const saved = session
        ? await updateSession(session.id, parsed.data)
        : await createSession(commune, parsed.data);
      await draft.clear();
      navigate(`/sessions/${saved.id}`, { force: true, replace: !session });
    } catch (err) {
      // The form stays as typed; a full disk says how to make room (save-error.ts).
      setSaveError(saveErrorKey(err));
      setSaving(false);
    }
  };
  const cancel = async () => {
    if (await draft.discard()) navigate(back, { force: true });
  };
  const text = (name: keyof SessionFormState) => ({
    id: `session-${name}`,
    value: f[name] as string,
    onInput: (e: Event) => draft.set({ [name]: (e.currentTarget as HTMLInputElement).value }),
  });

  return (
    <form class="form" onSubmit={submit} noValidate>
      <h2>{t(session ? 'sessionForm.editTitle' : 'sessionForm.title')}</h2>
      <div class="row-2">
        <Field
          id="session-date"
          label={t('sessionForm.date')}
          hint={isoDate.safeParse(f.date).success ? formatDate(f.date) : undefined}
          error={err('date')}
        >
          <input type="date" max="9999-12-31" {...text('date')} />
        </Field>
        <Field id="session-startTime" label={t('sessionForm.startTime')} error={err('startTime')}>
          <input type="time" {...text('startTime')} />
        </Field>
      </div>
      <Field
        id="session-durationMinutes"
        label={t('sessionForm.durationMinutes')}
        error={err('durationMinutes')}
      >
        <input type="text" inputMode="numeric" autoComplete="off" {...text('durationMinutes')} />
      </Field>
      <VillageSelect
        id="session-villageId"
        value={f.villageId}
        onChange={(villageId) => draft.set({ villageId })}
        error={err('villageId')}
        emptyLabel={t('sessionForm.villagePlaceholder')}
      />
      <Field id="session-venue" label={t('sessionForm.venue')} error={err('venue')}>
        <input type="text" maxLength={120} autoComplete="off" {...text('venue')} />
      </Field>
      <ToggleChips
        id="session-kind"
        single
        label={t('sessionForm.kind')}
        options={SESSION_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
        selected={[f.kind]}
        onChange={([kind]) => kind && draft.set({ kind })}
        error={err('kind')}
      />
      <ToggleChips
        id="session-targetGroups"
        label={t('sessionForm.targetGroups')}
        options={TARGET_GROUPS.map((g) => ({ value: g, label: t(`targetGroup.${g}`) }))}
        selected={f.targetGroups}
        onChange={(targetGroups) => draft.set({ targetGroups })}
        error={err('targetGroups')}
      />
      <ToggleChips
        id="session-topics"
        label={t('sessionForm.topics')}
        hint={t('sessionForm.topicsHint')}
        options={MODULE_CODES.map((c) => ({ value: c, label: t(`module.${c}`) }))}
        selected={f.topics}
        onChange={(topics) => draft.set({ topics })}
        error={err('topics')}
      />
      <ToggleChips
        id="session-facilitators"
        label={t('sessionForm.facilitators')}
        options={(volunteers ?? []).map((v) => ({ value: v.id, label: v.displayName }))}
        selected={f.facilitators}
        onChange={(facilitators) => draft.set({ facilitators })}
        error={err('facilitators')}
      />
      <fieldset class="field">
        <legend>{t('sessionForm.help')}</legend>
        {COUNT_FIELDS.map((name) => (
          <Field key={name} id={`session-${name}`} label={t(`help.${name}`)} error={err(name)}>
            <input type="text" inputMode="numeric" autoComplete="off" {...text(name)} />
          </Field>
        ))}
      </fieldset>
      <Field id="session-notes" label={t('sessionForm.notes')} error={err('notes')}>
        <textarea rows={3} maxLength={2000} {...text('notes')} />
      </Field>
      {saveError && (
        <p class="error" role="alert">
          {t(saveError)}
        </p>
      )}
      <FormActions
        cancelLabel={t('sessionForm.cancel')}
        saveLabel={t('sessionForm.save')}
        onCancel={() => void cancel()}
        saving={saving}
        sticky
      />
    </form>
  );
}
