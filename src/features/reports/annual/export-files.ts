/**
 * Saves the report's tables as files on the device, made in the browser (works offline): XLSX by
 * write-excel-file, loaded only on the first click so it stays out of the app shell, and CSV.
 */
import { saveBlob } from '../../../ui/save-file';
import { tableCsv } from './csv';
import { type ReportTable, tableById } from './report-tables';
import { XLSX_OPTIONS, xlsxSheets } from './xlsx';

export const reportFileName = (year: number, ext: 'xlsx' | 'csv') =>
  ext === 'xlsx' ? `bao-cao-thi-dua-${year}.xlsx` : `bao-cao-thi-dua-${year}-theo-thon.csv`;

export async function downloadXlsx(tables: ReportTable[], year: number): Promise<void> {
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  const blob = await writeXlsxFile(xlsxSheets(tables), XLSX_OPTIONS).toBlob();
  saveBlob(blob, reportFileName(year, 'xlsx'));
}

/** The by-village table, the one most often pasted into the district's own spreadsheets. */
export function downloadCsv(tables: ReportTable[], year: number): void {
  const csv = tableCsv(tableById(tables, 'villages'));
  saveBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), reportFileName(year, 'csv'));
}
