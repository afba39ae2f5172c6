import { useState } from 'preact/hooks';
import { useCommune } from '../../app/account-context';
import { navigate } from '../../app/router';
import { useDraft } from '../../app/use-draft';
import { FEEDBACK_TAGS, feedbackInputSchema } from '../../core/feedback';
import { fieldErrors } from '../../core/fields';
import { addFeedback } from '../../db/feedback';
import { useT } from '../../i18n';
import { ToggleChips } from '../../ui/ToggleChips';
import { type SaveErrorKey, saveErrorKey } from '../save-error';
import { emptyFeedbackForm, formToFeedbackInput } from './feedback-form-state';
import { RatingPicker } from './RatingPicker';

interface Props {
  sessionId: string | null;
  villageId: string;
}

/**
 * The phone handed to a resident: big text, few choices, always anonymous. After sending, a thank
 * you and a button to give the phone back to the volunteer.
 */
export function ResidentModeScreen({ sessionId, villageId }: Props) {
  const commune = useCommune();
  const t = useT();
  const draft = useDraft(`feedback-resident:${sessionId ?? 'standalone'}`, () =>
    emptyFeedbackForm(villageId),
  );
  const [sent, setSent] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saveError, setSaveError] = useState<SaveErrorKey | null>(null);
  const back = sessionId ? `/sessions/${sessionId}` : '/feedback';
  const f = draft.value;
  if (!f) return null;

  if (sent) {
    return (
      <section class="resident-mode" aria-labelledby="thanks">
        <h2 id="thanks">{t('residentMode.thanks')}</h2>
        <button
          type="button"
          class="btn btn-primary btn-block btn-huge"
          onClick={() => setSent(false)}
        >
          {t('residentMode.another')}
        </button>
        <button
          type="button"
          class="btn btn-secondary btn-block btn-huge"
          onClick={() => navigate(back, { force: true })}
        >
          {t('residentMode.giveBack')}
        </button>
      </section>
    );
  }
  const submit = async (e: Event) => {
    e.preventDefault();
    const parsed = feedbackInputSchema.safeParse(
      formToFeedbackInput({ ...f, anonymous: true }, sessionId, true, null),
    );
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error));
      return;
    }
    try {
      await addFeedback(commune, parsed.data);
    } catch (err) {
      // What the resident chose stays on screen; the volunteer can free space and send again.
      setSaveError(saveErrorKey(err));
      return;
    }
    setSaveError(null);
    await draft.reset(emptyFeedbackForm(villageId));
    setErrors({});
    setSent(true);
  };
  return (
    <form class="resident-mode" onSubmit={submit} noValidate>
      <h2>{t('residentMode.title')}</h2>
      <RatingPicker
        big
        value={f.rating}
        onChange={(rating) => draft.set({ rating })}
        error={errors.rating ? t('feedbackForm.error.rating') : undefined}
      />
      <ToggleChips
        id="resident-tags"
        label={t('residentMode.hard')}
        options={FEEDBACK_TAGS.map((tag) => ({ value: tag, label: t(`feedbackTag.${tag}`) }))}
        selected={f.tags}
        onChange={(tags) => draft.set({ tags })}
      />
      <label class="field" for="resident-text">
        <span>{t('residentMode.text')}</span>
        <textarea
          id="resident-text"
          rows={3}
          maxLength={2000}
          value={f.text}
          onInput={(e) => draft.set({ text: e.currentTarget.value })}
        />
      </label>
      {saveError && (
        <p class="error" role="alert">
          {t(saveError)}
        </p>
      )}
      <button type="submit" class="btn btn-primary btn-block btn-huge">
        {t('residentMode.send')}
      </button>
      <button type="button" class="btn btn-ghost btn-block" onClick={() => navigate(back)}>
        {t('residentMode.giveBack')}
      </button>
    </form>
  );
}
