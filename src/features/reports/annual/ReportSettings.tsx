import { currentYearInVietnam } from '../../../core/dates';
import { useT } from '../../../i18n';
import { Field } from '../../../ui/Field';
import { ToggleChips } from '../../../ui/ToggleChips';
import { PERIOD_KINDS, type ReportDraft } from './report-draft';

/** The movement began in 2025 (the plan runs 2025–2030): no report exists before it. */
const FIRST_YEAR = 2025;

export const reportYears = (now: Date = new Date()): number[] => {
  const last = Math.max(FIRST_YEAR, currentYearInVietnam(now));
  return Array.from({ length: last - FIRST_YEAR + 1 }, (_, i) => last - i);
};

interface Props {
  year: number;
  onYear: (year: number) => void;
  draft: ReportDraft;
  onChange: (patch: Partial<ReportDraft>) => void;
}

/** Which year and dates the report covers. */
export function PeriodFields({ year, onYear, draft, onChange }: Props) {
  const t = useT();
  return (
    <>
      <Field id="report-year" label={t('annualReport.year')}>
        <select
          id="report-year"
          value={year}
          onChange={(e) => onYear(Number(e.currentTarget.value))}
        >
          {reportYears().map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </Field>
      <ToggleChips
        id="report-period"
        label={t('annualReport.period.label')}
        single
        options={PERIOD_KINDS.map((k) => ({ value: k, label: t(`annualReport.period.${k}`) }))}
        selected={[draft.periodKind]}
        onChange={([periodKind]) => periodKind && onChange({ periodKind })}
        hint={draft.periodKind === 'toDate' ? t('annualReport.period.toDateHint') : undefined}
      />
      {draft.periodKind === 'custom' && (
        <div class="row-2">
          <Field id="report-from" label={t('annualReport.period.from')}>
            <input
              id="report-from"
              type="date"
              value={draft.from}
              onInput={(e) => onChange({ from: e.currentTarget.value })}
            />
          </Field>
          <Field id="report-to" label={t('annualReport.period.to')}>
            <input
              id="report-to"
              type="date"
              value={draft.to}
              onInput={(e) => onChange({ to: e.currentTarget.value })}
            />
          </Field>
        </div>
      )}
    </>
  );
}

type TextKey = 'number' | 'place' | 'signOn' | 'signRole' | 'signName';

/** The document's header, signature and "Nơi nhận", folded away: they change little from year to year. */
export function HeaderFields({ draft, onChange }: Pick<Props, 'draft' | 'onChange'>) {
  const t = useT();
  const text = (key: TextKey, hint?: string) => (
    <Field id={`report-${key}`} label={t(`annualReport.field.${key}`)} hint={hint}>
      <input
        id={`report-${key}`}
        value={draft[key]}
        onInput={(e) => onChange({ [key]: e.currentTarget.value })}
      />
    </Field>
  );
  return (
    <details class="card report-header-fields">
      <summary>{t('annualReport.field.header')}</summary>
      {text('number', t('annualReport.field.numberHint'))}
      <div class="row-2">
        {text('place')}
        <Field id="report-date" label={t('annualReport.field.date')}>
          <input
            id="report-date"
            type="date"
            value={draft.date}
            onInput={(e) => onChange({ date: e.currentTarget.value })}
          />
        </Field>
      </div>
      <Field id="report-issuer" label={t('annualReport.field.issuer')}>
        <textarea
          id="report-issuer"
          rows={2}
          value={draft.issuer}
          onInput={(e) => onChange({ issuer: e.currentTarget.value })}
        />
      </Field>
      {text('signOn')}
      {text('signRole')}
      {text('signName')}
      <Field
        id="report-recipients"
        label={t('annualReport.field.recipients')}
        hint={t('annualReport.field.recipientsHint')}
      >
        <textarea
          id="report-recipients"
          rows={7}
          value={draft.recipients}
          onInput={(e) => onChange({ recipients: e.currentTarget.value })}
        />
      </Field>
    </details>
  );
}
