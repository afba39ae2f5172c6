import type { VNode } from 'preact';
import { useCommune } from '../../../app/account-context';
import type { CommendationYear } from '../../../core/commendation-record';
import { useT } from '../../../i18n';
import { useCommendationYear, useCommendationYearChoice } from './use-commendation-year';
import { type Names, useNames } from './use-names';

/** What both commendation screens work on: the chosen year, its record and the names. */
export interface CommendationWork {
  year: number;
  onYear: (year: number) => void;
  record: CommendationYear;
  update: (change: (record: CommendationYear) => CommendationYear) => void;
  names: Names;
}

/** Reads the year's work, says so while it does, then renders it. */
export function CommendationYearLoader({ render }: { render: (work: CommendationWork) => VNode }) {
  const t = useT();
  const commune = useCommune();
  const [year, setYear] = useCommendationYearChoice();
  const { record, update } = useCommendationYear(commune, year);
  const names = useNames(commune);
  if (year === undefined || !record || !names)
    return (
      <p class="muted" role="status">
        {t('commendation.loading')}
      </p>
    );
  return render({ year, onYear: setYear, record, update, names });
}
