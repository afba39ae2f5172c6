import type { Indicators } from '../../core/indicators';
import { AGE_GROUPS } from '../../core/resident';
import { TARGET_GROUPS } from '../../core/session';
import { useT } from '../../i18n';
import { num } from './dashboard-format';
import { FigureTable } from './FigureTable';

const SEXES = ['female', 'male', 'unknown'] as const;

/**
 * Who was reached: residents by sex and by age group (each counted once), and sessions by the
 * target group they were for (a session for two groups counts for both, so that column does not add
 * up to the sessions).
 */
export function PeopleSection({ ind }: { ind: Indicators }) {
  const t = useT();
  const residents = [t('dashboard.people.group'), t('dashboard.measure.uniqueResidents')];
  const total = { key: 'total', head: t('dashboard.total'), cells: [num(ind.uniqueResidents)] };
  return (
    <section class="dashboard-section" aria-labelledby="dash-people-title">
      <h3 id="dash-people-title">{t('dashboard.people.title')}</h3>
      <FigureTable
        caption={t('dashboard.people.bySex')}
        columns={residents}
        rows={SEXES.map((s) => ({ key: s, head: t(`sex.${s}`), cells: [num(ind.bySex[s])] }))}
        total={total}
      />
      <FigureTable
        caption={t('dashboard.people.byAge')}
        columns={residents}
        rows={AGE_GROUPS.map((g) => ({
          key: g,
          head: t(`ageGroup.${g}`),
          cells: [num(ind.byAgeGroup[g])],
        }))}
        note={t('dashboard.people.ageNote')}
      />
      <FigureTable
        caption={t('dashboard.people.byTarget')}
        columns={[t('dashboard.people.target'), t('dashboard.measure.sessions')]}
        rows={TARGET_GROUPS.map((g) => ({
          key: g,
          head: t(`targetGroup.${g}`),
          cells: [num(ind.byTargetGroup[g])],
        }))}
        note={t('dashboard.people.targetNote')}
      />
    </section>
  );
}
