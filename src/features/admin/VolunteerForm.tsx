import type { VNode } from 'preact';
import { useState } from 'preact/hooks';
import type { CreateVolunteer } from '../../core/auth';
import { useT } from '../../i18n';
import { Field } from '../../ui/Field';
import { ToggleChips } from '../../ui/ToggleChips';
import { errorText } from '../error-text';
import { type AdminProblem, adminProblem } from './admin-error';
import { useVillages } from './use-villages';
import { checkVolunteerForm, type VolunteerFormState } from './volunteer-form-state';

interface Props {
  communeCode: string;
  form: VolunteerFormState;
  set: (patch: Partial<VolunteerFormState>) => void;
  /** Sends the checked input to the server; throws (SyncHttpError) when it is refused. */
  send: (input: CreateVolunteer) => Promise<void>;
  actions: (saving: boolean) => VNode;
}

/**
 * Name, phone and villages of a new volunteer, checked by the shared schema beside each field.
 * A refusal (phone already used, no network) is shown without clearing anything typed.
 */
export function VolunteerForm({ communeCode, form: f, set, send, actions }: Props) {
  const t = useT();
  const villages = useVillages(communeCode);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<AdminProblem | null>(null);
  const [saving, setSaving] = useState(false);
  const err = (field: string) => errorText(t, 'admin.volunteerForm', errors, field);
  const change = (patch: Partial<VolunteerFormState>) => {
    if (problem === 'phoneTaken' && 'phone' in patch) setProblem(null);
    set(patch);
  };
  const submit = async (e: Event) => {
    e.preventDefault();
    const checked = checkVolunteerForm(f);
    setErrors(checked.ok ? {} : checked.errors);
    setProblem(null);
    if (!checked.ok) return;
    setSaving(true);
    try {
      await send(checked.input);
    } catch (error) {
      setProblem(adminProblem(error));
    } finally {
      setSaving(false);
    }
  };
  const phoneError =
    err('phone') ?? (problem === 'phoneTaken' ? t('admin.error.phoneTaken') : undefined);
  return (
    <form class="form" onSubmit={submit} noValidate>
      <Field
        id="volunteer-displayName"
        label={t('admin.volunteerForm.displayName')}
        error={err('displayName')}
      >
        <input
          id="volunteer-displayName"
          type="text"
          autoComplete="off"
          autoCapitalize="words"
          maxLength={120}
          value={f.displayName}
          onInput={(e) => change({ displayName: e.currentTarget.value })}
        />
      </Field>
      <Field
        id="volunteer-phone"
        label={t('admin.volunteerForm.phone')}
        hint={t('admin.volunteerForm.phoneHint')}
        error={phoneError}
      >
        <input
          id="volunteer-phone"
          type="tel"
          inputMode="tel"
          autoComplete="off"
          maxLength={14}
          value={f.phone}
          onInput={(e) => change({ phone: e.currentTarget.value })}
        />
      </Field>
      <ToggleChips
        id="volunteer-villages"
        label={t('admin.volunteerForm.villages')}
        hint={t('admin.volunteerForm.villagesHint')}
        options={(villages?.list ?? []).map((v) => ({ value: v.id, label: v.name }))}
        selected={f.villages}
        onChange={(ids) => change({ villages: ids })}
        error={err('villages')}
      />
      {villages?.list.length === 0 && <p class="notice">{t('admin.noVillages')}</p>}
      {problem && problem !== 'phoneTaken' && (
        <p class="notice notice-warn" role="alert">
          {t(`admin.error.${problem}`)}
        </p>
      )}
      {actions(saving)}
    </form>
  );
}
