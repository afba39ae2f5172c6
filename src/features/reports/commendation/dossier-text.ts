/**
 * The dossier's wording. The documents are the commune's official papers, so they are always in
 * Vietnamese whatever the interface language (i18next's fixed 'vi' translator, the strings in the
 * locale files under commendation.doc); numbers in vi-VN.
 */
import type { ReachFigures, VillageFigures } from '../../../core/indicators';
import { formatDate, formatNumber } from '../../../i18n/format';
import { docT } from '../document/doc-t';

/** The Vietnamese translator, for document text. */
export const tvi = (key: string, options?: Record<string, unknown>): string => docT()(key, options);

const pct = new Intl.NumberFormat('vi-VN', { style: 'percent', maximumFractionDigits: 0 });

/** Dots for a blank the clerk fills in by hand. */
export const BLANK = '……';

export const orBlank = (s: string): string => (s.trim() === '' ? BLANK : s.trim());

/** yyyy-MM-dd → dd/MM/yyyy, or dots when not given. */
export const dateOrBlank = (isoDate: string): string => (isoDate ? formatDate(isoDate) : BLANK);

/** The help given, as "45 người kích hoạt VNeID mức 2, 20 hồ sơ …" (zero counts left out). */
function helpPhrase(f: ReachFigures): string {
  const parts = [
    f.vneidActivations &&
      tvi('commendation.doc.help.vneid', { n: formatNumber(f.vneidActivations) }),
    f.onlineApplications &&
      tvi('commendation.doc.help.applications', { n: formatNumber(f.onlineApplications) }),
    f.cashlessAccounts &&
      tvi('commendation.doc.help.cashless', { n: formatNumber(f.cashlessAccounts) }),
  ].filter((p): p is string => typeof p === 'string');
  return parts.join(', ');
}

/**
 * The achievement in one sentence, e.g. "Năm 2026, đã tổ chức 12 buổi tập huấn, hướng dẫn; hướng
 * dẫn 312 lượt người dân (98 người); hỗ trợ 45 người kích hoạt VNeID mức 2."
 */
export function achievementSentence(f: ReachFigures, year: number): string {
  const reach = tvi('commendation.doc.figures.reach', {
    year,
    sessions: formatNumber(f.sessions),
    attendances: formatNumber(f.attendances),
    residents: formatNumber(f.uniqueResidents),
  });
  const help = helpPhrase(f);
  return help ? `${reach}; ${tvi('commendation.doc.figures.help', { help })}.` : `${reach}.`;
}

/** The short form for the proposal's list: "12 buổi; 312 lượt người dân; 45 người kích hoạt …". */
export function achievementShort(f: ReachFigures): string {
  const reach = tvi('commendation.doc.figures.short', {
    sessions: formatNumber(f.sessions),
    attendances: formatNumber(f.attendances),
  });
  const help = helpPhrase(f);
  return help ? `${reach}; ${help}` : reach;
}

/** A village's learning and coverage, when it has any: completions and the share of adults reached. */
export function villageSentence(v: VillageFigures): string | null {
  const parts = [
    v.completions > 0 &&
      tvi('commendation.doc.figures.completions', { n: formatNumber(v.completions) }),
    v.reachedShare !== null &&
      tvi('commendation.doc.figures.share', {
        share: pct.format(v.reachedShare),
        reached: formatNumber(v.adultsReached),
        adults: formatNumber(v.adultPopulation ?? 0),
      }),
  ].filter((p): p is string => typeof p === 'string');
  return parts.length ? `${parts.join('; ')}.` : null;
}

/** The rows of the figures table: label and value, in the document's words. */
export function figureRows(f: ReachFigures, village?: VillageFigures): [string, string][] {
  const rows: [string, string][] = [
    [tvi('commendation.doc.table.sessions'), formatNumber(f.sessions)],
    [tvi('commendation.doc.table.attendances'), formatNumber(f.attendances)],
    [tvi('commendation.doc.table.residents'), formatNumber(f.uniqueResidents)],
    [tvi('commendation.doc.table.vneid'), formatNumber(f.vneidActivations)],
    [tvi('commendation.doc.table.applications'), formatNumber(f.onlineApplications)],
    [tvi('commendation.doc.table.cashless'), formatNumber(f.cashlessAccounts)],
  ];
  if (village) {
    rows.push([tvi('commendation.doc.table.completions'), formatNumber(village.completions)]);
    if (village.reachedShare !== null)
      rows.push([tvi('commendation.doc.table.share'), pct.format(village.reachedShare)]);
  }
  return rows;
}
