import { useState } from 'preact/hooks';
import { useAccount, useCommune } from '../../app/account-context';
import { navigate } from '../../app/router';
import { useDraft } from '../../app/use-draft';
import { useLive } from '../../app/use-live';
import { FEEDBACK_TAGS, feedbackInputSchema } from '../../core/feedback';
import { fieldErrors } from '../../core/fields';
import { presentResidents } from '../../db/attendance';
import { addFeedback } from '../../db/feedback';
import { listRoster } from '../../db/residents';
import { useT } from '../../i18n';
import { Field } from '../../ui/Field';
import { FormActions } from '../../ui/FormActions';
import { ScreenHeader } from '../../ui/ScreenHeader';
import { ToggleChips } from '../../ui/ToggleChips';
import { errorText } from '../error-text';
import { type SaveErrorKey, saveErrorKey } from '../save-error';
import { VillageSelect } from '../VillageSelect';
import { emptyFeedbackForm, formToFeedbackInput } from './feedback-form-state';
import { RatingPicker } from './RatingPicker';

interface Props {
  sessionId: string | null;
  /** The session's village; for standalone feedback (community supervision) the volunteer picks. */
  villageId: string;
}

/** The volunteer records feedback, or hands the phone to the resident ("resident mode"). */
export function FeedbackForm({ sessionId, villageId }: Props) {
  const commune = useCommune();
  const t = useT();
  const key = `feedback:${sessionId ?? 'standalone'}`;
  const draft = useDraft(key, () => emptyFeedbackForm(villageId));
  const me = useAccount().user.id;
  const f = draft.value;
  const people = useLive(
    async () =>
      sessionId
        ? (await presentResidents(sessionId)).filter((r) => !r.erased)
        : listRoster(f?.villageId ?? ''),
    [sessionId, f?.villageId],
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<SaveErrorKey | null>(null);
  if (!f) return null;
  const back = sessionId ? `/sessions/${sessionId}` : '/feedback';
  const err = (field: string) => errorText(t, 'feedbackForm', errors, field);

  const submit = async (e: Event) => {
    e.preventDefault();
    const parsed = feedbackInputSchema.safeParse(
      formToFeedbackInput(f, sessionId, false, me ?? null),
    );
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error));
      return;
    }
    setSaving(true);
    setSaveError(null);
    try {
      await addFeedback(commune, parsed.data);
    } catch (err) {
      // The form stays as typed; a full disk says how to make room (save-error.ts).
      setSaveError(saveErrorKey(err));
      setSaving(false);
      return;
    }
    await draft.clear();
    navigate(back, { force: true });
  };
  const cancel = async () => {
    if (await draft.discard()) navigate(back, { force: true });
  };

  return (
    <section>
      <ScreenHeader
        title={t(sessionId ? 'feedback.title' : 'feedback.standaloneTitle')}
        backLabel={t('nav.back')}
        onBack={() => navigate(back)}
      />
      <button
        type="button"
        class="btn btn-secondary btn-block"
        onClick={() =>
          navigate(sessionId ? `/sessions/${sessionId}/feedback/resident` : '/feedback/resident')
        }
      >
        {t('feedback.handOver')}
      </button>
      <form class="form" onSubmit={submit} noValidate>
        {!sessionId && (
          <VillageSelect
            id="feedback-villageId"
            value={f.villageId}
            onChange={(villageId) => draft.set({ villageId })}
            error={err('villageId')}
            emptyLabel={t('sessionForm.villagePlaceholder')}
          />
        )}
        <RatingPicker
          value={f.rating}
          onChange={(rating) => draft.set({ rating })}
          error={err('rating')}
        />
        <Field id="feedback-helped" label={t('feedback.helped')} error={err('helped')}>
          <textarea
            id="feedback-helped"
            rows={2}
            maxLength={500}
            value={f.helped}
            onInput={(e) => draft.set({ helped: e.currentTarget.value })}
          />
        </Field>
        <Field id="feedback-hard" label={t('feedback.hard')} error={err('hard')}>
          <textarea
            id="feedback-hard"
            rows={2}
            maxLength={500}
            value={f.hard}
            onInput={(e) => draft.set({ hard: e.currentTarget.value })}
          />
        </Field>
        <ToggleChips
          id="feedback-tags"
          label={t('feedback.tags')}
          options={FEEDBACK_TAGS.map((tag) => ({ value: tag, label: t(`feedbackTag.${tag}`) }))}
          selected={f.tags}
          onChange={(tags) => draft.set({ tags })}
        />
        <Field id="feedback-text" label={t('feedback.text')} error={err('text')}>
          <textarea
            id="feedback-text"
            rows={3}
            maxLength={2000}
            value={f.text}
            onInput={(e) => draft.set({ text: e.currentTarget.value })}
          />
        </Field>
        <label class="check">
          <input
            type="checkbox"
            checked={f.anonymous}
            onChange={(e) => draft.set({ anonymous: e.currentTarget.checked })}
          />
          {t('feedback.anonymous')}
        </label>
        {!f.anonymous && (
          <div class="card">
            <Field id="feedback-residentId" label={t('feedback.resident')}>
              <select
                id="feedback-residentId"
                value={f.residentId}
                onChange={(e) => draft.set({ residentId: e.currentTarget.value })}
              >
                <option value="">{t('settings.choose')}</option>
                {people?.map((r) =>
                  r.erased ? null : (
                    <option key={r.id} value={r.id}>
                      {r.fullName} ({r.birthYear})
                    </option>
                  ),
                )}
              </select>
            </Field>
            <label class="check">
              <input
                type="checkbox"
                checked={f.consentGiven}
                onChange={(e) => draft.set({ consentGiven: e.currentTarget.checked })}
              />
              {t('feedback.linkConsent')}
            </label>
            {err('consent') && (
              <p class="error" role="alert">
                {err('consent')}
              </p>
            )}
          </div>
        )}
        {saveError && (
          <p class="error" role="alert">
            {t(saveError)}
          </p>
        )}
        <FormActions
          cancelLabel={t('sessionForm.cancel')}
          saveLabel={t('feedback.save')}
          onCancel={() => void cancel()}
          saving={saving}
        />
      </form>
    </section>
  );
}
