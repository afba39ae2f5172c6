import { MODULE_CODES } from '../../core/curriculum';
import type { Indicators } from '../../core/indicators';
import { useT } from '../../i18n';
import { num } from './dashboard-format';
import { FigureTable } from './FigureTable';
import type { Source } from './SourceLine';

/** Learners who completed each module in the period (self-paced learning). */
export function CompletionsSection({ ind, source }: { ind: Indicators; source: Source }) {
  const t = useT();
  const { total, linked, byModule } = ind.completions;
  return (
    <section class="dashboard-section" aria-labelledby="dash-completions-title">
      <h3 id="dash-completions-title">{t('dashboard.completions.title')}</h3>
      <FigureTable
        caption={t('dashboard.completions.caption')}
        columns={[t('dashboard.completions.module'), t('dashboard.completions.count')]}
        rows={MODULE_CODES.map((code) => ({
          key: code,
          head: `${code} · ${t(`module.${code}`)}`,
          cells: [num(byModule[code])],
        }))}
        total={{ key: 'total', head: t('dashboard.total'), cells: [num(total)] }}
        note={
          source === 'server'
            ? t('dashboard.completions.linkedNote', { linked: num(linked) })
            : t('dashboard.completions.deviceNote')
        }
      />
    </section>
  );
}
