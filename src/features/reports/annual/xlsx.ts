/**
 * The report's tables as XLSX sheets (write-excel-file's input), one sheet per table: a bold header
 * row kept in view, numbers as numbers (shares as a % format, so a spreadsheet can sum them), a bold
 * total row. Pure: writing the file is write-excel-file's job, loaded only when asked for.
 */
import type { Cell, Row, SheetData } from 'write-excel-file/browser';
import type { CellValue, Column, ReportTable } from './report-tables';

export interface XlsxSheet {
  sheet: string;
  data: SheetData;
  columns: { width: number }[];
  stickyRowsCount: number;
}

/** The font of the report itself, so the workbook looks like the printed document. */
export const XLSX_OPTIONS = { fontFamily: 'Times New Roman', fontSize: 12 };

function cell(value: CellValue, column: Column | undefined, bold: boolean): Cell {
  const weight = bold ? ({ fontWeight: 'bold' } as const) : {};
  if (value === null) return null;
  if (typeof value === 'string') return { value, type: String, ...weight };
  if (column?.kind === 'share') return { value, type: Number, format: '0.0%', ...weight };
  return { value, type: Number, ...weight };
}

const row = (values: CellValue[], columns: Column[], bold: boolean): Row =>
  values.map((v, i) => cell(v, columns[i], bold));

/** Wide enough for the longest text of each column, within reason. */
function widths(table: ReportTable): { width: number }[] {
  return table.columns.map((c, i) => {
    const texts = [c.label, ...table.rows.map((r) => String(r[i] ?? ''))];
    return { width: Math.min(48, Math.max(10, ...texts.map((s) => s.length + 2))) };
  });
}

export function xlsxSheets(tables: ReportTable[]): XlsxSheet[] {
  return tables.map((table) => ({
    sheet: table.sheet.slice(0, 31),
    data: [
      table.columns.map((c) => ({ value: c.label, type: String, fontWeight: 'bold', wrap: true })),
      ...table.rows.map((r) => row(r, table.columns, false)),
      ...(table.total ? [row(table.total, table.columns, true)] : []),
    ],
    columns: widths(table),
    stickyRowsCount: 1,
  }));
}
