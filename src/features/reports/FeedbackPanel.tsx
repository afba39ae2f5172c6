import { FEEDBACK_TAGS } from '../../core/feedback';
import type { FeedbackSummary } from '../../core/indicators';
import { useT } from '../../i18n';
import { formatDayVn, formatRating, num } from './dashboard-format';
import { FigureTable } from './FigureTable';

interface Props {
  feedback: FeedbackSummary;
  villageName: (id: string) => string;
}

/**
 * What residents said in the period: how many, the average rating, the difficulties they ticked,
 * and the latest comments. Comments are the residents' own words, rendered as text only.
 */
export function FeedbackPanel({ feedback, villageName }: Props) {
  const t = useT();
  return (
    <section class="dashboard-section" aria-labelledby="dash-feedback-title">
      <h3 id="dash-feedback-title">{t('dashboard.feedback.title')}</h3>
      <dl class="stats">
        <div class="stat" data-testid="stat-feedback">
          <dt>{t('dashboard.feedback.count')}</dt>
          <dd>{num(feedback.count)}</dd>
        </div>
        <div class="stat" data-testid="stat-rating">
          <dt>{t('dashboard.feedback.average')}</dt>
          <dd>
            {feedback.averageRating === null
              ? t('dashboard.feedback.noRating')
              : t('dashboard.feedback.rating', { rating: formatRating(feedback.averageRating) })}
          </dd>
        </div>
      </dl>
      <FigureTable
        caption={t('dashboard.feedback.tagsCaption')}
        columns={[t('dashboard.feedback.tag'), t('dashboard.feedback.times')]}
        rows={FEEDBACK_TAGS.map((tag) => ({
          key: tag,
          head: t(`feedbackTag.${tag}`),
          cells: [num(feedback.tags[tag])],
        }))}
      />
      <h4>{t('dashboard.feedback.recent')}</h4>
      {feedback.recent.length === 0 ? (
        <p class="muted">{t('dashboard.feedback.noComments')}</p>
      ) : (
        <ul class="cards comments">
          {feedback.recent.map((c) => (
            <li key={`${c.createdAt}-${c.text}`} class="card comment" data-testid="comment">
              <p class="muted comment-meta">
                {formatDayVn(c.createdAt)} · {villageName(c.villageId)} ·{' '}
                {t('dashboard.feedback.rated', { rating: c.rating })}
              </p>
              <p class="comment-text">{c.text}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
