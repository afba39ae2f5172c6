/**
 * What the administrator types into a year's annual report, kept as a draft on the device (one per
 * year) so nothing is lost between visits. Sections left untouched are not stored: they show text
 * built from the current figures, so they follow the data until the administrator edits them.
 */
import type { Period } from '../../../core/indicators';
import { periodOf } from '../../../core/periods';
import type { t as translate } from '../../../i18n';

export const SECTIONS = ['situation', 'done', 'difficulties', 'proposals'] as const;
export type SectionId = (typeof SECTIONS)[number];

/** Whole year (default); 1 January to the report's date (it is due before 05/11); or any range. */
export const PERIOD_KINDS = ['year', 'toDate', 'custom'] as const;
export type ReportPeriodKind = (typeof PERIOD_KINDS)[number];

export interface ReportDraft {
  periodKind: ReportPeriodKind;
  /** The custom range, yyyy-MM-dd. */
  from: string;
  to: string;
  /** The number before "/BC-UBND"; empty leaves room for the clerk to write it. */
  number: string;
  issuer: string;
  place: string;
  /** The report's date, yyyy-MM-dd. */
  date: string;
  /** The administrator's own words per section; absent: the text built from the figures. */
  sections: Partial<Record<SectionId, string>>;
  /** Quote a few recent comments (no names are stored with them); off by default. */
  includeComments: boolean;
  /** Nơi nhận, one per line. */
  recipients: string;
  signOn: string;
  signRole: string;
  signName: string;
}

export const draftKey = (year: number) => `annualReport:${year}`;

/** A fresh report for `year`, dated `today`, with the commune's usual header and recipients. */
export function newDraft(year: number, today: string, t: typeof translate): ReportDraft {
  return {
    periodKind: 'year',
    from: `${year}-01-01`,
    to: `${year}-12-31`,
    number: '',
    issuer: t('annualReport.defaults.issuer'),
    place: t('annualReport.defaults.place'),
    date: today,
    sections: {},
    includeComments: false,
    recipients: t('annualReport.defaults.recipients'),
    signOn: t('annualReport.defaults.signOn'),
    signRole: t('annualReport.defaults.signRole'),
    signName: t('annualReport.defaults.signName'),
  };
}

/** A stored draft completed with today's defaults (a draft saved by an older version may lack fields). */
export const withDefaults = (fresh: ReportDraft, saved: Partial<ReportDraft> | undefined) => ({
  ...fresh,
  ...saved,
  sections: { ...saved?.sections },
});

const isDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s);

/** The dates the report's figures cover. */
export function reportPeriod(year: number, d: ReportDraft): Period {
  const whole = periodOf({ kind: 'year', year });
  if (d.periodKind === 'toDate' && isDate(d.date))
    return periodOf({
      kind: 'custom',
      from: whole.from,
      to: d.date < whole.to ? d.date : whole.to,
    });
  if (d.periodKind === 'custom' && isDate(d.from) && isDate(d.to))
    return periodOf({ kind: 'custom', from: d.from, to: d.to });
  return whole;
}

/** The "Nơi nhận" lines, without blanks. */
export const recipientLines = (d: ReportDraft): string[] =>
  d.recipients
    .split('\n')
    .map((r) => r.trim())
    .filter(Boolean);

/** "Số: 12/BC-UBND", or blanks for the clerk to fill in when no number is given yet. */
export const numberLine = (d: ReportDraft, t: typeof translate): string =>
  t('annualReport.doc.number', { number: d.number.trim() || '\u00a0'.repeat(6) });
