import { navigate } from '../../app/router';
import { useLive } from '../../app/use-live';
import { isModuleCode } from '../../core/curriculum';
import type { LocalProfile } from '../../db/learning-types';
import { moduleProgress, placeIn } from '../../db/progress';
import { useT } from '../../i18n';
import { ScreenHeader } from '../../ui/ScreenHeader';
import { useModule } from './use-module';

/** A module's lessons with what this learner has passed, resume, and the certificate when done. */
export function ModuleScreen({ profile, code }: { profile: LocalProfile; code: string }) {
  const t = useT();
  const module = useModule(code);
  const progress = useLive(
    async () => (isModuleCode(code) ? moduleProgress(profile.id, code) : null),
    [profile.id, code],
  );
  const place = useLive(
    async () => (isModuleCode(code) ? placeIn(profile.id, code) : null),
    [profile.id, code],
  );
  if (module === null) return <p class="notice">{t('learn.moduleMissing')}</p>;
  if (!module || progress === undefined || place === undefined) return null;
  const { meta, text } = module;
  const next =
    place?.lessonId ??
    text.lessons.find((l) => !progress?.passed.has(l.id))?.id ??
    text.lessons[0]!.id;
  const cover = module.imageUrl(meta.cover);
  return (
    <section>
      <ScreenHeader
        title={text.title}
        backLabel={t('learn.backToModules')}
        onBack={() => navigate('/learn')}
      />
      {cover && <img class="module-cover" src={cover} alt="" />}
      <p>{text.summary}</p>
      {progress?.completion ? (
        <button
          type="button"
          class="btn btn-primary btn-block"
          onClick={() => navigate(`/learn/m/${code}/certificate`)}
        >
          🏅 {t('learn.seeCertificate')}
        </button>
      ) : (
        <button
          type="button"
          class="btn btn-primary btn-block"
          onClick={() => navigate(`/learn/m/${code}/${next}`)}
        >
          ▶ {place ? t('learn.resume') : t('learn.start')}
        </button>
      )}
      <ol class="cards lesson-list">
        {text.lessons.map((l, i) => {
          const passed = progress?.passed.has(l.id);
          return (
            <li key={l.id}>
              <a
                class="card card-link lesson-card"
                href={`/learn/m/${code}/${l.id}`}
                onClick={(e) => {
                  e.preventDefault();
                  navigate(`/learn/m/${code}/${l.id}`);
                }}
              >
                <span class="lesson-number" aria-hidden="true">
                  {passed ? '✓' : i + 1}
                </span>
                <span>
                  <strong>{l.title}</strong>
                  <span class={passed ? 'badge badge-ok' : 'muted'}>
                    {passed ? t('learn.lessonPassed') : t('learn.lessonNotYet')}
                  </span>
                </span>
              </a>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
