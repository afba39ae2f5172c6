import { useState } from 'preact/hooks';
import { todayInVietnam } from '../../core/dates';
import type { Indicators } from '../../core/indicators';
import { useT } from '../../i18n';
import { ToggleChips } from '../../ui/ToggleChips';
import { LineChart, type Point } from './charts/LineChart';
import { num } from './dashboard-format';
import { FigureTable } from './FigureTable';

const MEASURES = ['attendances', 'sessions', 'uniqueResidents'] as const;
type Measure = (typeof MEASURES)[number];

/** Month by month: a line of the measure chosen (up to this month), every month in the table. */
export function MonthSection({ ind }: { ind: Indicators }) {
  const t = useT();
  const [measure, setMeasure] = useState<Measure>('attendances');
  const months = ind.byMonth;
  // Months still to come are in the table (as zeros) but not on the line, which would fall to 0.
  const thisMonth = todayInVietnam().slice(0, 7);
  const plotted = months.filter((m) => m.month <= thisMonth);
  const oneYear = ind.period.from.slice(0, 4) === ind.period.to.slice(0, 4);
  const monthName = (m: string) =>
    t('dashboard.month.name', { month: Number(m.slice(5)), year: m.slice(0, 4) });
  const points: Point[] = plotted.map((m) => ({
    key: m.month,
    label: oneYear
      ? t('dashboard.month.tick', { month: Number(m.month.slice(5)) })
      : t('dashboard.month.tickYear', { month: Number(m.month.slice(5)), yy: m.month.slice(2, 4) }),
    value: m[measure],
    valueText: num(m[measure]),
  }));
  const measureName = t(`dashboard.measure.${measure}`);
  const top = plotted.reduce<(typeof months)[number] | undefined>(
    (best, m) => (m[measure] > (best?.[measure] ?? 0) ? m : best),
    undefined,
  );
  const summary = top
    ? t('dashboard.month.summary', {
        measure: measureName,
        name: monthName(top.month),
        value: num(top[measure]),
      })
    : t('dashboard.month.summaryNone', { measure: measureName });
  return (
    <section class="dashboard-section" aria-labelledby="dash-month-title">
      <h3 id="dash-month-title">{t('dashboard.month.title')}</h3>
      <ToggleChips
        id="dash-month-measure"
        label={t('dashboard.chart.show')}
        single
        options={MEASURES.map((m) => ({ value: m, label: t(`dashboard.measure.${m}`) }))}
        selected={[measure]}
        onChange={([m]) => m && setMeasure(m)}
      />
      {points.length > 0 ? (
        <LineChart summary={summary} points={points} />
      ) : (
        <p class="muted">{summary}</p>
      )}
      <FigureTable
        caption={t('dashboard.month.caption')}
        columns={[
          t('dashboard.month.month'),
          t('dashboard.measure.sessions'),
          t('dashboard.measure.attendances'),
          t('dashboard.measure.uniqueResidents'),
        ]}
        rows={months.map((m) => ({
          key: m.month,
          head: monthName(m.month),
          cells: [m.sessions, m.attendances, m.uniqueResidents].map(num),
        }))}
        total={{
          key: 'total',
          head: t('dashboard.total'),
          cells: [ind.sessions, ind.attendances, ind.uniqueResidents].map(num),
        }}
        note={t('dashboard.month.totalNote')}
      />
    </section>
  );
}
