import { useState } from 'preact/hooks';
import type { Question } from '../../../core/content';
import { isCorrect, type QuizAnswer } from '../../../core/learning';
import { useT } from '../../../i18n';
import { ReadAloud } from '../ReadAloud';
import { startingOrder } from './order';
import { QuestionView } from './QuestionView';

interface Props {
  questions: Question[];
  /** Called once, after the last question's answer has been checked and read. */
  onFinish: (answers: Record<string, QuizAnswer>) => void;
}

const speechOf = (q: Question): string =>
  [
    q.prompt,
    ...(q.kind === 'single' || q.kind === 'multiple'
      ? q.options.map((o) => o.text)
      : q.kind === 'order'
        ? q.steps
        : []),
  ].join('\n');

/** One question at a time: answer, check (right or not, and why), then the next. */
export function Quiz({ questions, onFinish }: Props) {
  const t = useT();
  const [index, setIndex] = useState(0);
  const [answers, setAnswers] = useState<Record<string, QuizAnswer>>({});
  const [checked, setChecked] = useState(false);
  const q = questions[index]!;
  const answer = answers[q.id];
  const answered =
    q.kind === 'order' || (answer !== undefined && !(Array.isArray(answer) && answer.length === 0));
  const last = index === questions.length - 1;

  const check = () => {
    // An order question left as shown is answered as shown.
    if (q.kind === 'order' && answer === undefined)
      setAnswers({ ...answers, [q.id]: startingOrder(q.id, q.steps.length) });
    setChecked(true);
  };
  const next = () => {
    if (last) return onFinish(answers);
    setIndex(index + 1);
    setChecked(false);
  };
  const right = checked && isCorrect(q, answers[q.id]);
  return (
    <div class="quiz">
      <p class="muted">{t('learn.quiz.questionOf', { n: index + 1, total: questions.length })}</p>
      <h3 class="quiz-prompt" id={`quiz-${q.id}`}>
        {q.prompt}
      </h3>
      <ReadAloud text={speechOf(q)} />
      <QuestionView
        question={q}
        answer={answer}
        onAnswer={(a) => setAnswers({ ...answers, [q.id]: a })}
        checked={checked}
      />
      {checked && (
        <p
          class={`quiz-verdict ${right ? 'quiz-verdict-right' : 'quiz-verdict-wrong'}`}
          role="status"
        >
          {right ? `✓ ${t('learn.quiz.correct')}` : `✗ ${t('learn.quiz.incorrect')}`}
        </p>
      )}
      <div class="sticky-actions">
        {checked ? (
          <button type="button" class="btn btn-primary btn-block" onClick={next}>
            {last ? t('learn.quiz.seeResult') : t('learn.quiz.next')} →
          </button>
        ) : (
          <button
            type="button"
            class="btn btn-primary btn-block"
            disabled={!answered}
            onClick={check}
          >
            {t('learn.quiz.check')}
          </button>
        )}
      </div>
    </div>
  );
}
