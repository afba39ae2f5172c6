import Papa from 'papaparse';
import readExcelFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';
import type { SourcedIndicators } from '../../src/core/indicators';
import { BOM, tableCsv } from '../../src/features/reports/annual/csv';
import { reportTables, tableById } from '../../src/features/reports/annual/report-tables';
import { XLSX_OPTIONS, xlsxSheets } from '../../src/features/reports/annual/xlsx';
import { docT } from '../../src/features/reports/document/doc-t';
import { HAND } from './indicator-fixture';

const FIGURES: SourcedIndicators = {
  source: 'server',
  at: '2026-04-02T03:00:00.000Z',
  indicators: HAND,
};
/** The fixture's three villages, and one with nothing in the period (a row of zeros). */
const VILLAGES = [
  { id: 'nhan-bau', name: 'Nhan Bầu' },
  { id: 'tien-kieu', name: 'Tiên Kiều' },
  { id: 'lap-le', name: 'Lập Lễ' },
  { id: 'vinh-binh', name: 'Vĩnh Bình' },
];
const SHEETS = [
  'Tổng hợp',
  'Theo thôn',
  'Theo tháng',
  'Theo giới tính và độ tuổi',
  'Theo đối tượng',
  'Học trực tuyến',
  'Góp ý',
];

async function roundTrip(figures = FIGURES, villages = VILLAGES) {
  const tables = reportTables(docT(), figures, villages);
  const bytes = await writeXlsxFile(xlsxSheets(tables), XLSX_OPTIONS).toBuffer();
  const sheets = await readExcelFile(bytes);
  return new Map(sheets.map((s) => [s.sheet, s.data]));
}

/** A two-column sheet (label, value) as a map. */
const byLabel = (rows: unknown[][]) => new Map(rows.slice(1).map((r) => [r[0], r[1]]));

describe('the annual report XLSX', () => {
  it('has one sheet per table, in order', async () => {
    const sheets = await roundTrip();
    expect([...sheets.keys()]).toEqual(SHEETS);
  });

  it('reads back with the same numbers by village, and the commune totals', async () => {
    const rows = (await roundTrip()).get('Theo thôn')!;
    expect(rows[0]).toEqual([
      'Thôn',
      'Số buổi',
      'Lượt tham dự',
      'Người dân được tiếp cận',
      'Người từ 16 tuổi được tiếp cận',
      'Dân số từ 16 tuổi',
      'Tỉ lệ tiếp cận',
      'VNeID mức 2 đã kích hoạt',
      'Hồ sơ DVC trực tuyến',
      'TK không dùng tiền mặt',
      'Lượt hoàn thành bài học',
    ]);
    for (const v of HAND.byVillage) {
      const name = VILLAGES.find((x) => x.id === v.villageId)!.name;
      expect(rows.find((r) => r[0] === name)).toEqual([
        name,
        v.sessions,
        v.attendances,
        v.uniqueResidents,
        v.adultsReached,
        v.adultPopulation,
        v.reachedShare,
        v.vneidActivations,
        v.onlineApplications,
        v.cashlessAccounts,
        v.completions,
      ]);
    }
    expect(rows.find((r) => r[0] === 'Vĩnh Bình')).toEqual([
      'Vĩnh Bình',
      0,
      0,
      0,
      0,
      null,
      null,
      0,
      0,
      0,
      0,
    ]);
    // Totals are the commune's: a walk-in counts in each village attended but once here; the
    // share stays empty while two villages have no population entered.
    const adults = HAND.byAgeGroup['16_35'] + HAND.byAgeGroup['36_59'] + HAND.byAgeGroup['60_plus'];
    expect(rows.at(-1)).toEqual([
      'Tổng cộng',
      HAND.sessions,
      HAND.attendances,
      HAND.uniqueResidents,
      adults,
      40 + 2,
      null,
      HAND.vneidActivations,
      HAND.onlineApplications,
      HAND.cashlessAccounts,
      HAND.completions.total,
    ]);
  });

  it('gives the commune share once every village has its population', async () => {
    const byVillage = HAND.byVillage.map((v) => ({ ...v, adultPopulation: 50 }));
    const figures = { ...FIGURES, indicators: { ...HAND, byVillage } };
    const rows = (await roundTrip(figures, VILLAGES.slice(0, 3))).get('Theo thôn')!;
    expect(rows.at(-1)![5]).toBe(150);
    expect(rows.at(-1)![6]).toBeCloseTo(6 / 150);
  });

  it('sums up the period, month by month, by people, target group, module and feedback', async () => {
    const sheets = await roundTrip();
    const summary = byLabel(sheets.get('Tổng hợp')!);
    expect(summary.get('Từ ngày')).toBe('01/01/2026');
    expect(summary.get('Đến ngày')).toBe('31/03/2026');
    expect(summary.get('Nguồn số liệu')).toBe('Toàn xã, từ máy chủ');
    expect(summary.get('Số buổi tập huấn, hướng dẫn')).toBe(HAND.sessions);
    expect(summary.get('Lượt người tham dự')).toBe(HAND.attendances);
    expect(summary.get('Người dân được tiếp cận (không trùng lặp)')).toBe(HAND.uniqueResidents);
    expect(summary.get('Tài khoản VNeID mức 2 đã hướng dẫn kích hoạt')).toBe(HAND.vneidActivations);
    expect(summary.get('Lượt hoàn thành bài học trên ứng dụng')).toBe(HAND.completions.total);
    expect(summary.get('Trong đó: của người dân có trong danh sách thôn')).toBe(
      HAND.completions.linked,
    );
    expect(summary.get('Điểm đánh giá trung bình (1–5)')).toBe(3.4);

    expect(sheets.get('Theo tháng')).toEqual([
      ['Tháng', 'Số buổi', 'Lượt tham dự', 'Người dân được tiếp cận'],
      ...HAND.byMonth.map((m) => [
        `${m.month.slice(5)}/${m.month.slice(0, 4)}`,
        m.sessions,
        m.attendances,
        m.uniqueResidents,
      ]),
      ['Tổng cộng', HAND.sessions, HAND.attendances, HAND.uniqueResidents],
    ]);

    const people = sheets.get('Theo giới tính và độ tuổi')!;
    expect(people.slice(1).map((r) => r[2])).toEqual([
      HAND.bySex.female,
      HAND.bySex.male,
      HAND.bySex.unknown,
      HAND.byAgeGroup.under_16,
      HAND.byAgeGroup['16_35'],
      HAND.byAgeGroup['36_59'],
      HAND.byAgeGroup['60_plus'],
    ]);
    const targets = byLabel(sheets.get('Theo đối tượng')!);
    expect(targets.get('Người cao tuổi')).toBe(HAND.byTargetGroup.elderly);
    expect(targets.get('Học sinh, sinh viên')).toBe(HAND.byTargetGroup.students);

    const learning = sheets.get('Học trực tuyến')!;
    expect(learning.find((r) => r[0] === 'M04')).toEqual([
      'M04',
      'Định danh điện tử VNeID',
      HAND.completions.byModule.M04,
    ]);
    expect(learning.at(-1)).toEqual(['Tổng cộng', null, HAND.completions.total]);

    const feedback = byLabel(sheets.get('Góp ý')!);
    expect(feedback.get('Số ý kiến phản hồi')).toBe(HAND.feedback.count);
    expect(feedback.get('Khó khăn: Mạng yếu')).toBe(HAND.feedback.tags.weak_network);
  });

  it('holds aggregates only: no comment words, no names', async () => {
    const cells = [...(await roundTrip()).values()].flat(2).map(String);
    for (const c of HAND.feedback.recent) expect(cells).not.toContain(c.text);
  });
});

describe('the annual report CSV (by village)', () => {
  // Made in each test: the translations are loaded before the tests, not while they are collected.
  const csvOf = (villages = VILLAGES) =>
    tableCsv(tableById(reportTables(docT(), FIGURES, villages), 'villages'));
  const parsed = () =>
    Papa.parse<string[]>(csvOf().slice(BOM.length), { skipEmptyLines: true }).data;

  it('opens in Excel with Vietnamese intact: a byte-order mark, CRLF lines', () => {
    const csv = csvOf();
    const rows = parsed();
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv).toContain('\r\n');
    expect(rows[0]![0]).toBe('Thôn');
    expect(rows[0]![6]).toBe('Tỉ lệ tiếp cận (%)');
  });

  it('has the same numbers, shares as percentages', () => {
    const rows = parsed();
    expect(rows.find((r) => r[0] === 'Nhan Bầu')).toEqual([
      'Nhan Bầu',
      '2',
      '7',
      '5',
      '4',
      '40',
      '10',
      '5',
      '1',
      '1',
      '2',
    ]);
    expect(rows.find((r) => r[0] === 'Tiên Kiều')![6]).toBe('150');
    expect(rows.find((r) => r[0] === 'Lập Lễ')![6]).toBe('');
    expect(rows.at(-1)![0]).toBe('Tổng cộng');
    expect(rows.at(-1)![1]).toBe(String(HAND.sessions));
  });

  it('keeps a village name that looks like a formula as text', () => {
    const evil = [{ id: 'nhan-bau', name: '=HYPERLINK("http://x","y")' }];
    expect(csvOf(evil)).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
  });
});
