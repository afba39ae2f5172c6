import { useCommune } from '../../app/account-context';
import { navigate } from '../../app/router';
import { useLive } from '../../app/use-live';
import { todayInVietnam } from '../../core/dates';
import { listFeedback } from '../../db/feedback';
import { listVillages } from '../../db/reference';
import { getSession } from '../../db/sessions';
import { useT } from '../../i18n';
import { formatDate } from '../../i18n/format';
import { FeedbackForm } from './FeedbackForm';
import { ResidentModeScreen } from './ResidentModeScreen';

/** Resolves the session's village, then shows the volunteer form or resident mode. */
export function FeedbackEntry({
  sessionId,
  residentMode,
}: {
  sessionId: string | null;
  residentMode: boolean;
}) {
  const t = useT();
  const session = useLive(
    async () => (sessionId ? ((await getSession(sessionId)) ?? null) : null),
    [sessionId],
  );
  if (session === undefined) return null;
  if (sessionId && !session) return <p class="empty">{t('sessions.notFound')}</p>;
  const villageId = session?.villageId ?? '';
  return residentMode ? (
    <ResidentModeScreen sessionId={sessionId} villageId={villageId} />
  ) : (
    <FeedbackForm sessionId={sessionId} villageId={villageId} />
  );
}

/** Community supervision: feedback not tied to a session, newest first. */
export function FeedbackListScreen() {
  const commune = useCommune();
  const t = useT();
  const feedback = useLive(() => listFeedback(null));
  const villages = useLive(() => listVillages(commune));
  return (
    <section aria-labelledby="feedback-title">
      <h2 id="feedback-title">{t('feedback.listTitle')}</h2>
      <p class="muted">{t('feedback.listHint')}</p>
      <button
        type="button"
        class="btn btn-primary btn-block"
        onClick={() => navigate('/feedback/new')}
      >
        + {t('feedback.new')}
      </button>
      {feedback?.length === 0 && <p class="empty">{t('feedback.empty')}</p>}
      <ul class="cards">
        {feedback?.map((f) => (
          <li key={f.id} class="card">
            <div class="card-head">
              <strong>{formatDate(todayInVietnam(new Date(f.createdAt)))}</strong>
              <span>{t(`feedback.ratingLabel.${f.rating}`)}</span>
            </div>
            <div class="muted">{villages?.find((v) => v.id === f.villageId)?.name}</div>
            {f.tags.length > 0 && (
              <div>{f.tags.map((tag) => t(`feedbackTag.${tag}`)).join(' · ')}</div>
            )}
            {f.text && <p>{f.text}</p>}
          </li>
        ))}
      </ul>
    </section>
  );
}
