import { currentYearInVietnam, todayInVietnam } from '../../core/dates';
import { type PeriodChoice, PHASES, type Phase, periodOf } from '../../core/periods';
import { useT } from '../../i18n';
import { formatDate } from '../../i18n/format';

/** The movement began in 2025: no figures exist before it. */
const FIRST_YEAR = 2025;
const KINDS = ['month', 'quarter', 'year', 'phase', 'custom'] as const;
type Kind = (typeof KINDS)[number];

/** This year in Vietnam: what the dashboard and reports open on. */
export const defaultPeriodChoice = (now: Date = new Date()): PeriodChoice => ({
  kind: 'year',
  year: currentYearInVietnam(now),
});

/** The choice's year, to carry over when the kind of period changes. */
function yearOf(choice: PeriodChoice): number {
  switch (choice.kind) {
    case 'month':
    case 'quarter':
    case 'year':
      return choice.year;
    case 'phase':
      return currentYearInVietnam();
    case 'custom':
      return Number(choice.to.slice(0, 4));
  }
}

/** A choice of another kind that keeps as much of the current one as makes sense. */
function switchKind(choice: PeriodChoice, kind: Kind, now: Date = new Date()): PeriodChoice {
  const year = yearOf(choice);
  const thisYear = currentYearInVietnam(now) === year;
  const month = thisYear ? Number(todayInVietnam(now).slice(5, 7)) : 1;
  switch (kind) {
    case 'month':
      return { kind, year, month };
    case 'quarter':
      return { kind, year, quarter: Math.ceil(month / 3) as 1 | 2 | 3 | 4 };
    case 'year':
      return { kind, year };
    case 'phase':
      return { kind, phase: year < 2027 ? '2025-2027' : '2027-2030' };
    case 'custom':
      return { kind, ...periodOf(choice) };
  }
}

function yearsUpTo(last: number): number[] {
  const out: number[] = [];
  for (let y = FIRST_YEAR; y <= Math.max(last, FIRST_YEAR); y += 1) out.push(y);
  return out;
}

interface Props {
  /** Prefix of the controls' ids, unique on the page. */
  id: string;
  value: PeriodChoice;
  onChange: (choice: PeriodChoice) => void;
}

/**
 * Choose the period figures are for: a month, a quarter, a year, one of the plan's phases, or any
 * range of days. Native selects and date inputs (large, familiar on Android), then the dates the
 * choice covers in words, announced when they change.
 */
export function PeriodPicker({ id, value, onChange }: Props) {
  const t = useT();
  const period = periodOf(value);
  const years = yearsUpTo(Math.max(currentYearInVietnam(), yearOf(value)));
  const year = value.kind === 'month' || value.kind === 'quarter' || value.kind === 'year';
  return (
    <fieldset class="period-picker">
      <legend>{t('dashboard.period.label')}</legend>
      <div class="row-2">
        <div class="field">
          <label for={`${id}-kind`}>{t('dashboard.period.kind')}</label>
          <select
            id={`${id}-kind`}
            value={value.kind}
            onChange={(e) => onChange(switchKind(value, e.currentTarget.value as Kind))}
          >
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`dashboard.period.kinds.${k}`)}
              </option>
            ))}
          </select>
        </div>
        {year && (
          <div class="field">
            <label for={`${id}-year`}>{t('dashboard.period.year')}</label>
            <select
              id={`${id}-year`}
              value={String(value.year)}
              onChange={(e) => onChange({ ...value, year: Number(e.currentTarget.value) })}
            >
              {years.map((y) => (
                <option key={y} value={String(y)}>
                  {y}
                </option>
              ))}
            </select>
          </div>
        )}
        {value.kind === 'month' && (
          <div class="field">
            <label for={`${id}-month`}>{t('dashboard.period.month')}</label>
            <select
              id={`${id}-month`}
              value={String(value.month)}
              onChange={(e) => onChange({ ...value, month: Number(e.currentTarget.value) })}
            >
              {Array.from({ length: 12 }, (_, i) => i + 1).map((m) => (
                <option key={m} value={String(m)}>
                  {t('dashboard.period.monthName', { month: m })}
                </option>
              ))}
            </select>
          </div>
        )}
        {value.kind === 'quarter' && (
          <div class="field">
            <label for={`${id}-quarter`}>{t('dashboard.period.quarter')}</label>
            <select
              id={`${id}-quarter`}
              value={String(value.quarter)}
              onChange={(e) =>
                onChange({ ...value, quarter: Number(e.currentTarget.value) as 1 | 2 | 3 | 4 })
              }
            >
              {[1, 2, 3, 4].map((q) => (
                <option key={q} value={String(q)}>
                  {t('dashboard.period.quarterName', { quarter: q })}
                </option>
              ))}
            </select>
          </div>
        )}
        {value.kind === 'phase' && (
          <div class="field">
            <label for={`${id}-phase`}>{t('dashboard.period.phase')}</label>
            <select
              id={`${id}-phase`}
              value={value.phase}
              onChange={(e) => onChange({ kind: 'phase', phase: e.currentTarget.value as Phase })}
            >
              {(Object.keys(PHASES) as Phase[]).map((p) => (
                <option key={p} value={p}>
                  {t('dashboard.period.phaseName', {
                    from: p.slice(0, 4),
                    to: p.slice(5),
                  })}
                </option>
              ))}
            </select>
          </div>
        )}
        {value.kind === 'custom' && (
          <>
            <DateField
              id={`${id}-from`}
              label={t('dashboard.period.from')}
              value={value.from}
              onChange={(from) => onChange({ ...value, from })}
            />
            <DateField
              id={`${id}-to`}
              label={t('dashboard.period.to')}
              value={value.to}
              onChange={(to) => onChange({ ...value, to })}
            />
          </>
        )}
      </div>
      <p class="period-range" aria-live="polite">
        {t('dashboard.period.range', { from: formatDate(period.from), to: formatDate(period.to) })}
      </p>
    </fieldset>
  );
}

function DateField(props: {
  id: string;
  label: string;
  value: string;
  onChange: (date: string) => void;
}) {
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <input
        id={props.id}
        type="date"
        min={`${FIRST_YEAR}-01-01`}
        value={props.value}
        // A half-typed or cleared date keeps the last whole one.
        onChange={(e) => {
          const v = e.currentTarget.value;
          if (/^\d{4}-\d{2}-\d{2}$/.test(v)) props.onChange(v);
        }}
      />
    </div>
  );
}
