import type { Indicators } from '../../core/indicators';
import { HELP_COUNTS } from '../../core/session';
import { useT } from '../../i18n';
import { num } from './dashboard-format';
import { FigureTable } from './FigureTable';

/** The period's headline figures, then the concrete help given (VNeID, public services, cashless). */
export function ReachSummary({ ind }: { ind: Indicators }) {
  const t = useT();
  const stats = [
    ['sessions', ind.sessions],
    ['attendances', ind.attendances],
    ['uniqueResidents', ind.uniqueResidents],
    ['completions', ind.completions.total],
  ] as const;
  return (
    <section class="dashboard-section" aria-labelledby="dash-summary-title">
      <h3 id="dash-summary-title">{t('dashboard.summary.title')}</h3>
      <dl class="stats">
        {stats.map(([key, value]) => (
          <div key={key} class="stat" data-testid={`stat-${key}`}>
            <dt>{t(`dashboard.measure.${key}`)}</dt>
            <dd>{num(value)}</dd>
          </div>
        ))}
      </dl>
      <FigureTable
        caption={t('dashboard.help.caption')}
        columns={[t('dashboard.help.kind'), t('dashboard.help.count')]}
        rows={HELP_COUNTS.map((k) => ({ key: k, head: t(`help.${k}`), cells: [num(ind[k])] }))}
      />
    </section>
  );
}
