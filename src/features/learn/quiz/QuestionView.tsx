import type { Question } from '../../../core/content';
import type { QuizAnswer } from '../../../core/learning';
import { useT } from '../../../i18n';
import { moveStep, startingOrder } from './order';

interface Props {
  question: Question;
  answer: QuizAnswer | undefined;
  onAnswer: (answer: QuizAnswer) => void;
  /** After "Kiểm tra": choices are fixed and each shows whether and why it is right. */
  checked: boolean;
}

/** One question of any kind, answered with big targets (no dragging, no small buttons). */
export function QuestionView(props: Props) {
  switch (props.question.kind) {
    case 'single':
    case 'multiple':
      return <Choices {...props} />;
    case 'truefalse':
      return <TrueFalse {...props} />;
    case 'order':
      return <Order {...props} />;
  }
}

const markClass = (on: boolean, mark: '' | 'right' | 'wrong') =>
  `quiz-option${on ? ' quiz-option-on' : ''}${mark ? ` quiz-option-${mark}` : ''}`;

function Choices({ question: q, answer, onAnswer, checked }: Props) {
  const t = useT();
  if (q.kind !== 'single' && q.kind !== 'multiple') return null;
  const chosen = new Set(
    typeof answer === 'number' ? [answer] : Array.isArray(answer) ? answer : [],
  );
  const toggle = (i: number) => {
    if (q.kind === 'single') return onAnswer(i);
    const next = new Set(chosen);
    if (next.has(i)) next.delete(i);
    else next.add(i);
    onAnswer([...next].sort((a, b) => a - b));
  };
  return (
    <fieldset class="quiz-options">
      <legend class="hint">
        {q.kind === 'single' ? t('learn.quiz.chooseOne') : t('learn.quiz.chooseAll')}
      </legend>
      {q.options.map((o, i) => {
        const on = chosen.has(i);
        const mark = checked ? (o.correct ? 'right' : on ? 'wrong' : '') : '';
        return (
          <div key={o.text}>
            <label class={markClass(on, mark)}>
              <input
                type={q.kind === 'single' ? 'radio' : 'checkbox'}
                class="quiz-input"
                name={q.id}
                checked={on}
                disabled={checked}
                onChange={() => toggle(i)}
              />
              <span>{o.text}</span>
            </label>
            {checked && (on || o.correct) && (
              <p class={`quiz-why quiz-why-${o.correct ? 'right' : 'wrong'}`}>
                <strong>
                  {o.correct ? `✓ ${t('learn.quiz.rightAnswer')}` : `✗ ${t('learn.quiz.notRight')}`}
                  :{' '}
                </strong>
                {o.why}
              </p>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}

function TrueFalse({ question: q, answer, onAnswer, checked }: Props) {
  const t = useT();
  if (q.kind !== 'truefalse') return null;
  return (
    <fieldset class="quiz-options quiz-truefalse">
      <legend class="hint">{t('learn.quiz.chooseOne')}</legend>
      {[true, false].map((value) => {
        const on = answer === value;
        const mark = checked ? (q.answer === value ? 'right' : on ? 'wrong' : '') : '';
        return (
          <label key={String(value)} class={markClass(on, mark)}>
            <input
              type="radio"
              class="quiz-input"
              name={q.id}
              checked={on}
              disabled={checked}
              onChange={() => onAnswer(value)}
            />
            <span>{value ? t('learn.quiz.true') : t('learn.quiz.false')}</span>
          </label>
        );
      })}
      {checked && <p class="quiz-why">{q.explanation}</p>}
    </fieldset>
  );
}

function Order({ question: q, answer, onAnswer, checked }: Props) {
  const t = useT();
  if (q.kind !== 'order') return null;
  const order = Array.isArray(answer) ? answer : startingOrder(q.id, q.steps.length);
  return (
    <div>
      <p class="hint">{t('learn.quiz.orderHint')}</p>
      <ol class="quiz-order">
        {order.map((step, i) => (
          <li
            key={step}
            class={checked ? (step === i ? 'quiz-step-right' : 'quiz-step-wrong') : ''}
          >
            <span class="quiz-step-text">
              {checked && (step === i ? '✓ ' : '✗ ')}
              {q.steps[step]}
            </span>
            {!checked && (
              <span class="quiz-step-moves">
                <button
                  type="button"
                  class="btn btn-secondary btn-icon"
                  aria-label={t('learn.quiz.moveUp', { step: q.steps[step] })}
                  disabled={i === 0}
                  onClick={() => onAnswer(moveStep(order, i, -1))}
                >
                  ↑
                </button>
                <button
                  type="button"
                  class="btn btn-secondary btn-icon"
                  aria-label={t('learn.quiz.moveDown', { step: q.steps[step] })}
                  disabled={i === order.length - 1}
                  onClick={() => onAnswer(moveStep(order, i, 1))}
                >
                  ↓
                </button>
              </span>
            )}
          </li>
        ))}
      </ol>
      {checked && (
        <div class="quiz-why">
          <p>
            <strong>{t('learn.quiz.rightOrder')}:</strong>
          </p>
          <ol>
            {q.steps.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ol>
          <p>{q.explanation}</p>
        </div>
      )}
    </div>
  );
}
