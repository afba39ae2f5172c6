import { formatNumber } from '../../../i18n/format';
import type { CellValue, Column, ReportTable } from './report-tables';
import { formatShare } from './report-text';

/** A cell as the document prints it: vi-VN numbers, shares as %, a dash where there is none. */
export function cellText(value: CellValue, column: Column | undefined): string {
  if (value === null) return '—';
  if (typeof value === 'string') return value;
  return column?.kind === 'share' ? formatShare(value) : formatNumber(value);
}

interface Props {
  table: ReportTable;
  /** The columns to print, by id (all when absent): A4 portrait holds about nine. */
  columns?: readonly string[];
  /** Rows to leave out at the top (the summary's period lines, printed above the table). */
  skipRows?: number;
  caption: string;
}

/** A table this short is kept on one page rather than split after a row or two. */
const KEEP_TOGETHER_ROWS = 20;

/** One of the report's tables inside the document; scrolls sideways on a phone, not on paper. */
export function DocTable({ table, columns, skipRows = 0, caption }: Props) {
  const keep = table.columns
    .map((c, i) => ({ c, i }))
    .filter(({ c }) => !columns || columns.includes(c.id));
  const line = (values: CellValue[]) => keep.map(({ c, i }) => cellText(values[i] ?? null, c));
  return (
    <div
      class={`doc-table-wrap${table.rows.length - skipRows <= KEEP_TOGETHER_ROWS ? ' doc-keep' : ''}`}
    >
      <table data-table={table.id}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {keep.map(({ c }) => (
              <th key={c.id} scope="col">
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.slice(skipRows).map((r, n) => (
            <tr key={n}>
              {line(r).map((text, i) => (
                <td key={keep[i]!.c.id}>{text}</td>
              ))}
            </tr>
          ))}
          {table.total && (
            <tr class="doc-total">
              {line(table.total).map((text, i) => (
                <td key={keep[i]!.c.id}>{text}</td>
              ))}
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
