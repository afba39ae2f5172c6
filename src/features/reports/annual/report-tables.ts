/**
 * The annual report's tables, built once from the Indicators and used three ways: shown in the
 * document, one sheet each in the XLSX, and the by-village one as CSV. Aggregates only: no names,
 * no comments. Totals are the Indicators' own (a resident reached in two months counts once).
 */
import { MODULE_CODES } from '../../../core/curriculum';
import { FEEDBACK_TAGS } from '../../../core/feedback';
import type { Indicators, SourcedIndicators, VillageFigures } from '../../../core/indicators';
import { monthsOf } from '../../../core/periods';
import { AGE_GROUPS } from '../../../core/resident';
import { TARGET_GROUPS } from '../../../core/session';
import type { t as translate } from '../../../i18n';
import { formatDate } from '../../../i18n/format';

/** How a column's numbers are shown: as they are (counts, a mean rating) or a share 0..1 as %. */
export type ColumnKind = 'text' | 'count' | 'share';
export interface Column {
  id: string;
  label: string;
  kind: ColumnKind;
}
export type CellValue = string | number | null;

export const TABLE_IDS = [
  'summary',
  'villages',
  'months',
  'people',
  'targets',
  'learning',
  'feedback',
] as const;
export type TableId = (typeof TABLE_IDS)[number];

export interface ReportTable {
  id: TableId;
  /** The sheet's name in the XLSX (at most 31 characters). */
  sheet: string;
  columns: Column[];
  rows: CellValue[][];
  /** "Tổng cộng", when the table has one. */
  total?: CellValue[];
}

export interface VillageName {
  id: string;
  name: string;
}

type T = typeof translate;
const col = (t: T, id: string, kind: ColumnKind): Column => ({
  id,
  kind,
  label: t(`annualReport.column.${id}`),
});
const sheet = (t: T, id: TableId) => t(`annualReport.sheet.${id}`);
const round1 = (n: number) => Math.round(n * 10) / 10;

export const VILLAGE_COLUMNS = [
  'sessions',
  'attendances',
  'uniqueResidents',
  'adultsReached',
  'adultPopulation',
  'reachedShare',
  'vneidActivations',
  'onlineApplications',
  'cashlessAccounts',
  'completions',
] as const satisfies readonly (keyof VillageFigures)[];

const emptyVillage = (villageId: string): VillageFigures => ({
  villageId,
  sessions: 0,
  attendances: 0,
  uniqueResidents: 0,
  vneidActivations: 0,
  onlineApplications: 0,
  cashlessAccounts: 0,
  completions: 0,
  adultsReached: 0,
  adultPopulation: null,
  reachedShare: null,
});

/** Every village of the commune (zeros where nothing happened), then any the list lacks. */
function villageRows(ind: Indicators, villages: VillageName[]): [string, VillageFigures][] {
  const figures = new Map(ind.byVillage.map((v) => [v.villageId, v]));
  const named = villages.map((v): [string, VillageFigures] => [
    v.name,
    figures.get(v.id) ?? emptyVillage(v.id),
  ]);
  const known = new Set(villages.map((v) => v.id));
  const others = ind.byVillage
    .filter((v) => !known.has(v.villageId))
    .map((v): [string, VillageFigures] => [v.villageId, v]);
  return [...named, ...others];
}

/** Residents aged 16+ reached in the whole commune, each once (the age breakdown counts people once). */
export const adultsReachedInCommune = (ind: Indicators): number =>
  ind.byAgeGroup['16_35'] + ind.byAgeGroup['36_59'] + ind.byAgeGroup['60_plus'];

/**
 * The commune's adult population and the share of it reached: a share only when every village's
 * population is entered (a partial sum would overstate it), and never a sum of the villages'
 * reached (a walk-in counts in each village they attended, but once in the commune).
 */
export function communeReach(
  ind: Indicators,
  villages: VillageName[],
): { population: number | null; share: number | null } {
  const rows = villageRows(ind, villages).map(([, v]) => v.adultPopulation);
  const entered = rows.filter((p): p is number => p !== null);
  const population = entered.length > 0 ? entered.reduce((s, p) => s + p, 0) : null;
  const complete = entered.length === rows.length && population !== null && population > 0;
  return { population, share: complete ? adultsReachedInCommune(ind) / population : null };
}

function villagesTable(t: T, ind: Indicators, villages: VillageName[]): ReportTable {
  const reach = communeReach(ind, villages);
  return {
    id: 'villages',
    sheet: sheet(t, 'villages'),
    columns: [
      col(t, 'village', 'text'),
      ...VILLAGE_COLUMNS.map((id) => col(t, id, id === 'reachedShare' ? 'share' : 'count')),
    ],
    rows: villageRows(ind, villages).map(([name, v]) => [
      name,
      ...VILLAGE_COLUMNS.map((id) => v[id]),
    ]),
    // The commune's own figures, not column sums: a walk-in counts in each village they attended.
    total: [
      t('annualReport.table.total'),
      ind.sessions,
      ind.attendances,
      ind.uniqueResidents,
      adultsReachedInCommune(ind),
      reach.population,
      reach.share,
      ind.vneidActivations,
      ind.onlineApplications,
      ind.cashlessAccounts,
      ind.completions.total,
    ],
  };
}

function summaryTable(t: T, figures: SourcedIndicators): ReportTable {
  const ind = figures.indicators;
  const row = (id: string, value: CellValue): CellValue[] => [
    t(`annualReport.summary.${id}`),
    value,
  ];
  return {
    id: 'summary',
    sheet: sheet(t, 'summary'),
    columns: [col(t, 'indicator', 'text'), col(t, 'value', 'count')],
    rows: [
      row('from', formatDate(ind.period.from)),
      row('to', formatDate(ind.period.to)),
      row('source', t(`annualReport.source.${figures.source}`)),
      row('sessions', ind.sessions),
      row('attendances', ind.attendances),
      row('uniqueResidents', ind.uniqueResidents),
      row('vneidActivations', ind.vneidActivations),
      row('onlineApplications', ind.onlineApplications),
      row('cashlessAccounts', ind.cashlessAccounts),
      row('completions', ind.completions.total),
      row('completionsLinked', ind.completions.linked),
      row('feedbackCount', ind.feedback.count),
      row(
        'averageRating',
        ind.feedback.averageRating === null ? null : round1(ind.feedback.averageRating),
      ),
    ],
  };
}

function monthsTable(t: T, ind: Indicators): ReportTable {
  const byMonth = new Map(ind.byMonth.map((m) => [m.month, m]));
  return {
    id: 'months',
    sheet: sheet(t, 'months'),
    columns: [
      col(t, 'month', 'text'),
      col(t, 'sessions', 'count'),
      col(t, 'attendances', 'count'),
      col(t, 'uniqueResidents', 'count'),
    ],
    rows: monthsOf(ind.period).map((month) => {
      const m = byMonth.get(month);
      return [
        `${month.slice(5, 7)}/${month.slice(0, 4)}`,
        m?.sessions ?? 0,
        m?.attendances ?? 0,
        m?.uniqueResidents ?? 0,
      ];
    }),
    total: [t('annualReport.table.total'), ind.sessions, ind.attendances, ind.uniqueResidents],
  };
}

function peopleTable(t: T, ind: Indicators): ReportTable {
  const sex = t('annualReport.table.bySex');
  const age = t('annualReport.table.byAge');
  return {
    id: 'people',
    sheet: sheet(t, 'people'),
    columns: [col(t, 'breakdown', 'text'), col(t, 'group', 'text'), col(t, 'residents', 'count')],
    rows: [
      [sex, t('sex.female'), ind.bySex.female],
      [sex, t('sex.male'), ind.bySex.male],
      [sex, t('sex.unknown'), ind.bySex.unknown],
      ...AGE_GROUPS.map((g) => [age, t(`ageGroup.${g}`), ind.byAgeGroup[g]]),
    ],
  };
}

function targetsTable(t: T, ind: Indicators): ReportTable {
  return {
    id: 'targets',
    sheet: sheet(t, 'targets'),
    columns: [col(t, 'targetGroup', 'text'), col(t, 'sessions', 'count')],
    rows: TARGET_GROUPS.map((g) => [t(`targetGroup.${g}`), ind.byTargetGroup[g]]),
  };
}

function learningTable(t: T, ind: Indicators): ReportTable {
  return {
    id: 'learning',
    sheet: sheet(t, 'learning'),
    columns: [
      col(t, 'moduleCode', 'text'),
      col(t, 'module', 'text'),
      col(t, 'completions', 'count'),
    ],
    rows: MODULE_CODES.map((c) => [c, t(`module.${c}`), ind.completions.byModule[c]]),
    total: [t('annualReport.table.total'), '', ind.completions.total],
  };
}

function feedbackTable(t: T, ind: Indicators): ReportTable {
  const f = ind.feedback;
  return {
    id: 'feedback',
    sheet: sheet(t, 'feedback'),
    columns: [col(t, 'item', 'text'), col(t, 'value', 'count')],
    rows: [
      [t('annualReport.summary.feedbackCount'), f.count],
      [
        t('annualReport.summary.averageRating'),
        f.averageRating === null ? null : round1(f.averageRating),
      ],
      ...FEEDBACK_TAGS.map((tag) => [
        t('annualReport.table.tag', { tag: t(`feedbackTag.${tag}`) }),
        f.tags[tag],
      ]),
    ],
  };
}

/** All the report's tables, in the order of the XLSX sheets. */
export function reportTables(
  t: T,
  figures: SourcedIndicators,
  villages: VillageName[],
): ReportTable[] {
  const ind = figures.indicators;
  return [
    summaryTable(t, figures),
    villagesTable(t, ind, villages),
    monthsTable(t, ind),
    peopleTable(t, ind),
    targetsTable(t, ind),
    learningTable(t, ind),
    feedbackTable(t, ind),
  ];
}

export const tableById = (tables: ReportTable[], id: TableId): ReportTable =>
  tables.find((x) => x.id === id)!;
