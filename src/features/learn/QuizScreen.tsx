import { useState } from 'preact/hooks';
import { navigate } from '../../app/router';
import { isModuleCode } from '../../core/curriculum';
import type { Completion, QuizAnswer } from '../../core/learning';
import { gradeQuiz, PASS_MARK } from '../../core/learning';
import type { LocalProfile } from '../../db/learning-types';
import { recordAttempt } from '../../db/progress';
import { useT } from '../../i18n';
import { ScreenHeader } from '../../ui/ScreenHeader';
import { Quiz } from './quiz/Quiz';
import { useModule } from './use-module';

interface Result {
  correct: number;
  total: number;
  passed: boolean;
  completion: Completion | null;
}

/** A lesson's quiz; the result is saved (every try is kept), then pass (80 %) or try again. */
export function QuizScreen(props: { profile: LocalProfile; code: string; lessonId: string }) {
  const { profile, code, lessonId } = props;
  const t = useT();
  const module = useModule(code);
  const [round, setRound] = useState(0);
  const [result, setResult] = useState<Result | null>(null);
  const lessons = module?.text.lessons ?? [];
  const index = lessons.findIndex((l) => l.id === lessonId);
  if (module === null || (module && index < 0) || !isModuleCode(code))
    return <p class="notice">{t('learn.moduleMissing')}</p>;
  if (!module) return null;
  const lesson = lessons[index]!;
  const next = lessons[index + 1];

  const finish = async (answers: Record<string, QuizAnswer>) => {
    const { completion } = await recordAttempt({
      profile,
      moduleCode: code,
      moduleVersion: module.meta.version,
      lessonId,
      quiz: lesson.quiz,
      answers,
      lessonIds: module.meta.lessons,
    });
    setResult({ ...gradeQuiz(lesson.quiz, answers), completion });
  };
  const needed = Math.ceil(lesson.quiz.length * PASS_MARK);
  return (
    <section>
      <ScreenHeader
        title={t('learn.quiz.title', { lesson: lesson.title })}
        backLabel={t('learn.backToLesson')}
        onBack={() => navigate(`/learn/m/${code}/${lessonId}`)}
      />
      {result ? (
        <div class="quiz-result" role="status">
          <p class="quiz-score">
            {t('learn.quiz.score', { correct: result.correct, total: result.total })}
          </p>
          {result.passed ? (
            <p class="quiz-verdict quiz-verdict-right">✓ {t('learn.quiz.passed')}</p>
          ) : (
            <p class="quiz-verdict quiz-verdict-wrong">
              ✗ {t('learn.quiz.notPassed', { needed, total: result.total })}
            </p>
          )}
          {result.completion && <p class="notice">🏅 {t('learn.moduleCompleted')}</p>}
          <div class="form-actions">
            {result.completion ? (
              <button
                type="button"
                class="btn btn-primary btn-block"
                onClick={() => navigate(`/learn/m/${code}/certificate`)}
              >
                🏅 {t('learn.seeCertificate')}
              </button>
            ) : result.passed && next ? (
              <button
                type="button"
                class="btn btn-primary btn-block"
                onClick={() => navigate(`/learn/m/${code}/${next.id}`)}
              >
                {t('learn.nextLesson')} →
              </button>
            ) : null}
            {!result.passed && (
              <button
                type="button"
                class="btn btn-primary btn-block"
                onClick={() => {
                  setResult(null);
                  setRound(round + 1);
                }}
              >
                ↻ {t('learn.quiz.retry')}
              </button>
            )}
            <button
              type="button"
              class="btn btn-secondary btn-block"
              onClick={() => navigate(`/learn/m/${code}`)}
            >
              {t('learn.backToModule')}
            </button>
          </div>
        </div>
      ) : (
        <Quiz key={round} questions={lesson.quiz} onFinish={(answers) => void finish(answers)} />
      )}
    </section>
  );
}
