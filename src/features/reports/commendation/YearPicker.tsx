import { currentYearInVietnam } from '../../../core/dates';
import { useT } from '../../../i18n';

/** The movement began in 2025; commendation is for a year that has begun. */
const FIRST_YEAR = 2025;

interface Props {
  id: string;
  value: number;
  onChange: (year: number) => void;
}

/** The year commended: a native select of the movement's years up to this one. */
export function YearPicker({ id, value, onChange }: Props) {
  const t = useT();
  const last = Math.max(currentYearInVietnam(), value, FIRST_YEAR);
  const years = Array.from({ length: last - FIRST_YEAR + 1 }, (_, i) => FIRST_YEAR + i);
  return (
    <div class="field commendation-year">
      <label for={id}>{t('commendation.year')}</label>
      <select
        id={id}
        value={String(value)}
        onChange={(e) => onChange(Number(e.currentTarget.value))}
      >
        {years.map((y) => (
          <option key={y} value={String(y)}>
            {y}
          </option>
        ))}
      </select>
    </div>
  );
}
