import { useT } from '../../i18n';

const FACES = ['😞', '🙁', '😐', '🙂', '😄'];

interface Props {
  value: number;
  onChange: (rating: number) => void;
  big?: boolean;
  error?: string;
}

/** 1–5 as five large face buttons, each with its words too (never the picture alone). */
export function RatingPicker({ value, onChange, big, error }: Props) {
  const t = useT();
  return (
    <fieldset class={`field${error ? ' field-invalid' : ''}`} id="feedback-rating">
      <legend>{t('feedback.rating')}</legend>
      <div
        class={`ratings${big ? ' ratings-big' : ''}`}
        role="radiogroup"
        aria-label={t('feedback.rating')}
      >
        {FACES.map((face, i) => {
          const rating = i + 1;
          return (
            <button
              key={rating}
              type="button"
              aria-pressed={value === rating}
              aria-label={t(`feedback.ratingLabel.${rating}`)}
              class={`rating${value === rating ? ' rating-on' : ''}`}
              onClick={() => onChange(rating)}
            >
              <span class="rating-face" aria-hidden="true">
                {face}
              </span>
              <span class="rating-text">{t(`feedback.ratingLabel.${rating}`)}</span>
            </button>
          );
        })}
      </div>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
