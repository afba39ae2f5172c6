import { useState } from 'preact/hooks';
import { useUnsavedChanges } from '../../app/unsaved-changes';
import { useLive } from '../../app/use-live';
import { MODULE_CODES, type ModuleCode } from '../../core/curriculum';
import { localIsoDate } from '../../core/dates';
import { fieldErrors, isoDate, sessionInputSchema } from '../../core/schemas';
import { createSession } from '../../db/sessions';
import { listVillages } from '../../db/villages';
import { useT } from '../../i18n';
import { formatDate } from '../../i18n/format';
import { Field } from '../../ui/Field';

interface Props {
  communeCode: string;
  /** Called after a save (true) or a cancel (false). */
  onDone: (saved: boolean) => void;
}

/** A new session: date, village and topics. Input is kept as typed when validation fails. */
export function SessionForm({ communeCode, onDone }: Props) {
  const t = useT();
  const villages = useLive(() => listVillages(communeCode), [communeCode]);
  const [initialDate] = useState(localIsoDate);
  const [date, setDate] = useState(initialDate);
  const [villageId, setVillageId] = useState('');
  const [topics, setTopics] = useState<ModuleCode[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const dirty = date !== initialDate || villageId !== '' || topics.length > 0;
  useUnsavedChanges('session-form', dirty && !saving);

  const submit = async (e: Event) => {
    e.preventDefault();
    const parsed = sessionInputSchema.safeParse({ date, villageId, topics });
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error));
      return;
    }
    setSaving(true);
    try {
      await createSession(communeCode, parsed.data);
      onDone(true);
    } catch {
      setErrors({ _: 'save' });
      setSaving(false);
    }
  };

  const error = (field: string) => (errors[field] ? t(`sessionForm.error.${field}`) : undefined);
  return (
    <form class="form" onSubmit={submit} noValidate>
      <h2>{t('sessionForm.title')}</h2>
      <Field
        id="session-date"
        label={t('sessionForm.date')}
        hint={isoDate.safeParse(date).success ? formatDate(date) : undefined}
        error={error('date')}
      >
        <input
          id="session-date"
          type="date"
          value={date}
          required
          onInput={(e) => setDate(e.currentTarget.value)}
        />
      </Field>
      <Field id="session-village" label={t('sessionForm.village')} error={error('villageId')}>
        <select
          id="session-village"
          value={villageId}
          onChange={(e) => setVillageId(e.currentTarget.value)}
        >
          <option value="">{t('sessionForm.villagePlaceholder')}</option>
          {villages?.map((v) => (
            <option key={v.id} value={v.id}>
              {v.name}
            </option>
          ))}
        </select>
      </Field>
      {villages?.length === 0 && <p class="notice">{t('sessionForm.noVillages')}</p>}
      <Field
        id="session-topics"
        label={t('sessionForm.topics')}
        hint={t('sessionForm.topicsHint')}
        error={error('topics')}
      >
        <select
          id="session-topics"
          multiple
          size={5}
          onChange={(e) =>
            setTopics(Array.from(e.currentTarget.selectedOptions, (o) => o.value as ModuleCode))
          }
        >
          {MODULE_CODES.map((code) => (
            <option key={code} value={code} selected={topics.includes(code)}>
              {t(`module.${code}`)}
            </option>
          ))}
        </select>
      </Field>
      {errors._ && (
        <p class="error" role="alert">
          {t('sessionForm.error.save')}
        </p>
      )}
      <div class="row form-actions">
        <button
          type="button"
          class="btn btn-ghost"
          onClick={() => {
            if (!dirty || window.confirm(t('sessionForm.confirmDiscard'))) onDone(false);
          }}
        >
          {t('sessionForm.cancel')}
        </button>
        <button type="submit" class="btn btn-primary" disabled={saving}>
          {t('sessionForm.save')}
        </button>
      </div>
    </form>
  );
}
