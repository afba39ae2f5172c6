import { useEffect } from 'preact/hooks';
import { navigate } from '../../app/router';
import { useLive } from '../../app/use-live';
import { isModuleCode } from '../../core/curriculum';
import type { LocalProfile } from '../../db/learning-types';
import { moduleProgress, savePlace } from '../../db/progress';
import { useT } from '../../i18n';
import { ScreenHeader } from '../../ui/ScreenHeader';
import { LessonBlocks, lessonSpeech } from './LessonBlocks';
import { ReadAloud } from './ReadAloud';
import { useModule } from './use-module';

/** One lesson: read (or listen), then its quiz; previous and next lessons one tap away. */
export function LessonScreen(props: { profile: LocalProfile; code: string; lessonId: string }) {
  const { profile, code, lessonId } = props;
  const t = useT();
  const module = useModule(code);
  const progress = useLive(
    async () => (isModuleCode(code) ? moduleProgress(profile.id, code) : null),
    [profile.id, code],
  );
  const lessons = module?.text.lessons ?? [];
  const index = lessons.findIndex((l) => l.id === lessonId);
  useEffect(() => {
    if (isModuleCode(code) && index >= 0) void savePlace(profile.id, code, lessonId);
  }, [profile.id, code, lessonId, index >= 0]);
  if (module === null || (module && index < 0))
    return <p class="notice">{t('learn.moduleMissing')}</p>;
  if (!module || progress === undefined) return null;
  const lesson = lessons[index]!;
  const prev = lessons[index - 1];
  const next = lessons[index + 1];
  const passed = progress?.passed.has(lesson.id);
  return (
    <article aria-labelledby="lesson-title">
      <ScreenHeader
        title={module.text.title}
        backLabel={t('learn.backToModule')}
        onBack={() => navigate(`/learn/m/${code}`)}
      />
      <p class="muted">{t('learn.lessonOf', { n: index + 1, total: lessons.length })}</p>
      <h2 id="lesson-title" class="lesson-title">
        {lesson.title}
      </h2>
      <ReadAloud text={lessonSpeech(lesson.title, lesson.blocks)} />
      <LessonBlocks blocks={lesson.blocks} imageUrl={module.imageUrl} />
      <div class="lesson-nav">
        <button
          type="button"
          class="btn btn-primary btn-block"
          onClick={() => navigate(`/learn/m/${code}/${lesson.id}/quiz`)}
        >
          {passed ? t('learn.quizAgain') : t('learn.toQuiz')} →
        </button>
        {next && (
          <button
            type="button"
            class="btn btn-secondary btn-block"
            onClick={() => navigate(`/learn/m/${code}/${next.id}`)}
          >
            {t('learn.nextLesson')} →
          </button>
        )}
        {prev && (
          <button
            type="button"
            class="btn btn-ghost btn-block"
            onClick={() => navigate(`/learn/m/${code}/${prev.id}`)}
          >
            ← {t('learn.prevLesson')}
          </button>
        )}
      </div>
    </article>
  );
}
