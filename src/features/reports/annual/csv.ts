/**
 * A report table as CSV (the by-village one is the download): UTF-8 with a byte-order mark so Excel
 * shows Vietnamese correctly, CRLF lines, counts as plain integers and shares as a percentage with
 * one decimal and a dot, so any spreadsheet locale reads the same number.
 */
import Papa from 'papaparse';
import type { CellValue, Column, ReportTable } from './report-tables';

export const BOM = '\uFEFF';

function csvCell(value: CellValue, column: Column | undefined): string | number {
  if (value === null) return '';
  if (typeof value === 'number' && column?.kind === 'share') return Math.round(value * 1000) / 10;
  return value;
}

export function tableCsv(table: ReportTable): string {
  const header = table.columns.map((c) => (c.kind === 'share' ? `${c.label} (%)` : c.label));
  const rows = [...table.rows, ...(table.total ? [table.total] : [])].map((r) =>
    r.map((v, i) => csvCell(v, table.columns[i])),
  );
  // escapeFormulae: a village name typed as "=…" stays text when the file is opened in Excel.
  return BOM + Papa.unparse([header, ...rows], { newline: '\r\n', escapeFormulae: true });
}
