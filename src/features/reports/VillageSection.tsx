import { useState } from 'preact/hooks';
import type { Indicators, VillageFigures } from '../../core/indicators';
import { useT } from '../../i18n';
import { ToggleChips } from '../../ui/ToggleChips';
import { type Bar, BarChart } from './charts/BarChart';
import { formatShare, num } from './dashboard-format';
import { FigureTable } from './FigureTable';

const MEASURES = ['uniqueResidents', 'attendances', 'sessions', 'reachedShare'] as const;
type Measure = (typeof MEASURES)[number];

interface Props {
  ind: Indicators;
  villageName: (id: string) => string;
}

/**
 * Figures by village: bars of the measure chosen (residents reached by default), with the tables
 * of activity and of adults reached beside them. A village whose adult population nobody entered
 * shows its counts and no percentage, with a note saying why.
 */
export function VillageSection({ ind, villageName }: Props) {
  const t = useT();
  const [measure, setMeasure] = useState<Measure>('uniqueResidents');
  const rows = ind.byVillage;
  const shareText = (v: VillageFigures) =>
    v.reachedShare === null
      ? t('dashboard.village.noPopulationShort')
      : formatShare(v.reachedShare);
  const bars: Bar[] = rows.map((v) => ({
    key: v.villageId,
    label: villageName(v.villageId),
    value: measure === 'reachedShare' ? (v.reachedShare ?? 0) : v[measure],
    valueText: measure === 'reachedShare' ? shareText(v) : num(v[measure]),
  }));
  const top = [...bars].sort((a, b) => b.value - a.value)[0];
  const measureName = t(`dashboard.measure.${measure}`);
  const summary =
    top && top.value > 0
      ? t('dashboard.village.summary', {
          measure: measureName,
          name: top.label,
          value: top.valueText,
        })
      : t('dashboard.village.summaryNone', { measure: measureName });
  const missing = rows.some((v) => v.adultPopulation === null);
  return (
    <section class="dashboard-section" aria-labelledby="dash-village-title">
      <h3 id="dash-village-title">{t('dashboard.village.title')}</h3>
      {rows.length === 0 ? (
        <p class="empty">{t('dashboard.village.none')}</p>
      ) : (
        <>
          <ToggleChips
            id="dash-village-measure"
            label={t('dashboard.chart.show')}
            single
            options={MEASURES.map((m) => ({ value: m, label: t(`dashboard.measure.${m}`) }))}
            selected={[measure]}
            onChange={([m]) => m && setMeasure(m)}
          />
          <BarChart summary={summary} bars={bars} />
          <FigureTable
            caption={t('dashboard.village.activityCaption')}
            columns={[
              t('dashboard.village.village'),
              t('dashboard.measure.sessions'),
              t('dashboard.measure.attendances'),
              t('dashboard.measure.uniqueResidents'),
              t('dashboard.measure.completions'),
            ]}
            rows={rows.map((v) => ({
              key: v.villageId,
              head: villageName(v.villageId),
              cells: [v.sessions, v.attendances, v.uniqueResidents, v.completions].map(num),
            }))}
            total={{
              key: 'total',
              head: t('dashboard.total'),
              cells: [
                ind.sessions,
                ind.attendances,
                ind.uniqueResidents,
                ind.completions.total,
              ].map(num),
            }}
            note={t('dashboard.village.totalNote')}
          />
          <FigureTable
            caption={t('dashboard.village.adultsCaption')}
            columns={[
              t('dashboard.village.village'),
              t('dashboard.village.adultsReached'),
              t('dashboard.village.population'),
              t('dashboard.measure.reachedShare'),
            ]}
            rows={rows.map((v) => ({
              key: v.villageId,
              head: villageName(v.villageId),
              cells: [
                num(v.adultsReached),
                v.adultPopulation === null
                  ? t('dashboard.village.notEntered')
                  : num(v.adultPopulation),
                shareText(v),
              ],
            }))}
            note={missing ? t('dashboard.village.noPopulationNote') : undefined}
          />
        </>
      )}
    </section>
  );
}
