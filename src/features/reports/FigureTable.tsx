export interface FigureRow {
  key: string;
  /** The row's heading (a village, a month, a group). */
  head: string;
  cells: readonly string[];
}

interface Props {
  caption: string;
  /** The first column's heading, then one per cell. */
  columns: readonly string[];
  rows: readonly FigureRow[];
  /** A totals row, when the rows add up. */
  total?: FigureRow;
  /** Shown under the table (e.g. why a percentage is missing). */
  note?: string;
}

/**
 * The figures as a real table, captioned, with row and column headers: the accessible source of
 * every chart and the exact numbers beside it. Scrolls sideways inside its own box (focusable, so a
 * keyboard can scroll it) rather than widening a 360 px page; the caption is shown above that box
 * so it stays in view.
 */
export function FigureTable({ caption, columns, rows, total, note }: Props) {
  return (
    <div class="figure-table">
      <p class="figure-caption" aria-hidden="true">
        {caption}
      </p>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus to scroll by keyboard. */}
      <section class="table-scroll" tabIndex={0} aria-label={caption}>
        <table>
          <caption>{caption}</caption>
          <thead>
            <tr>
              {columns.map((c, i) => (
                <th key={c} scope="col" class={i === 0 ? undefined : 'num'}>
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <Row key={r.key} row={r} />
            ))}
          </tbody>
          {total && (
            <tfoot>
              <Row row={total} />
            </tfoot>
          )}
        </table>
      </section>
      {note && <p class="hint table-note">{note}</p>}
    </div>
  );
}

function Row({ row }: { row: FigureRow }) {
  return (
    <tr>
      <th scope="row">{row.head}</th>
      {row.cells.map((c, i) => (
        <td key={i} class="num">
          {c}
        </td>
      ))}
    </tr>
  );
}
