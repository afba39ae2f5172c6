import type { AttendanceSummary } from '../../core/attendance-summary';
import { AGE_GROUPS } from '../../core/resident';
import { useT } from '../../i18n';
import { formatNumber } from '../../i18n/format';

/** "Nữ 7 · Nam 5 · Dưới 16: 0 · 16–35: 3 …": the split a report needs. */
export function AttendanceSummaryLine({ summary }: { summary: AttendanceSummary }) {
  const t = useT();
  const parts = [
    `${t('sex.female')} ${formatNumber(summary.bySex.female)}`,
    `${t('sex.male')} ${formatNumber(summary.bySex.male)}`,
    ...(summary.bySex.unknown
      ? [`${t('sex.unknown')} ${formatNumber(summary.bySex.unknown)}`]
      : []),
    ...AGE_GROUPS.map((g) => `${t(`ageGroup.${g}`)}: ${formatNumber(summary.byAge[g])}`),
  ];
  return <p class="summary-line">{parts.join(' · ')}</p>;
}
