import { navigate } from '../../app/router';
import { useLive } from '../../app/use-live';
import { moduleMetas } from '../../content/load';
import { groupCode, profileCodeOf } from '../../core/learning';
import type { LocalProfile } from '../../db/learning-types';
import { lastPlace, progressOf } from '../../db/progress';
import { useT } from '../../i18n';
import { DisplaySettings } from '../display/DisplaySettings';
import { ProgressRing } from './ProgressRing';

/** The modules with this learner's progress, and "continue where I stopped" on top. */
export function ModuleList({ profile }: { profile: LocalProfile }) {
  const t = useT();
  const metas = useLive(moduleMetas);
  const progress = useLive(() => progressOf(profile.id), [profile.id]);
  const place = useLive(() => lastPlace(profile.id), [profile.id]);
  if (!metas || !progress || place === undefined) return null;
  const go = (path: string) => (e: Event) => {
    e.preventDefault();
    navigate(path);
  };
  return (
    <section aria-labelledby="modules-title">
      {place && (
        <a
          class="card card-link resume-card"
          href={`/learn/m/${place.moduleCode}/${place.lessonId}`}
          onClick={go(`/learn/m/${place.moduleCode}/${place.lessonId}`)}
        >
          <strong>▶ {t('learn.resume')}</strong>
          <span>
            {t(`module.${place.moduleCode}`)} · {t('learn.lessonN', { n: place.lessonId.slice(1) })}
          </span>
        </a>
      )}
      <h2 id="modules-title">{t('learn.modulesTitle')}</h2>
      <ul class="cards module-list">
        {metas.map((m) => {
          const p = progress.get(m.code);
          const done = m.lessons.filter((id) => p?.passed.has(id)).length;
          return (
            <li key={m.code}>
              <a
                class="card card-link module-card"
                href={`/learn/m/${m.code}`}
                onClick={go(`/learn/m/${m.code}`)}
              >
                <ProgressRing done={done} total={m.lessons.length} />
                <span class="module-card-text">
                  <strong>{t(`module.${m.code}`)}</strong>
                  <span class="muted">
                    {p?.completion
                      ? `✓ ${t('learn.completed')}`
                      : t('learn.lessonsDone', { done, total: m.lessons.length })}
                    {' · '}
                    {t('learn.minutes', { n: m.minutes })}
                  </span>
                </span>
              </a>
            </li>
          );
        })}
      </ul>
      <details class="card display-details">
        <summary>{t('learn.display')}</summary>
        <DisplaySettings />
      </details>
      <p class="card learner-code">
        {t('learn.learnerCode')}: <strong>{groupCode(profileCodeOf(profile.id))}</strong>
        <br />
        <span class="hint">{t('learn.learnerCodeHint')}</span>
      </p>
    </section>
  );
}
