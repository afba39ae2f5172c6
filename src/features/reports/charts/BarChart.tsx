export interface Bar {
  key: string;
  label: string;
  value: number;
  /** The value as shown (formatted number, or with a percentage). */
  valueText: string;
}

interface Props {
  /** The chart's text summary: its accessible name, also shown above it. */
  summary: string;
  bars: readonly Bar[];
}

/**
 * Horizontal bars, one per row: the label and its value as text above a bar whose length is the
 * value against the largest. Text is HTML (wraps at any width and text size, so a long village
 * name never runs off a 360 px screen); each bar is an SVG drawn in the text's colours. The whole
 * is one image for assistive technology, named by its summary (shown above it too); the table
 * beside it holds the data.
 */
export function BarChart({ summary, bars }: Props) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  return (
    <figure class="chart bar-chart" role="img" aria-label={summary}>
      <p class="chart-summary">{summary}</p>
      <div class="bar-rows">
        {bars.map((b) => (
          <div key={b.key} class="bar-row">
            <div class="bar-label">
              <span>{b.label}</span> <strong class="bar-value">{b.valueText}</strong>
            </div>
            <svg class="bar-track" width="100%" height="1em" focusable="false" aria-hidden="true">
              <rect
                class="bar-fill"
                x="0"
                y="0"
                height="100%"
                width={`${(b.value / max) * 100}%`}
              />
            </svg>
          </div>
        ))}
      </div>
    </figure>
  );
}
