import { useRef } from 'preact/hooks';
import { useWidthEm } from './use-width-em';

export interface Point {
  key: string;
  /** The short axis label ("T11", "11/26"). */
  label: string;
  value: number;
  valueText: string;
}

interface Props {
  /** The chart's text summary: its accessible name, also shown above it. */
  summary: string;
  points: readonly Point[];
}

/** Room one label needs across, in the chart's ems ("1.234" or "T12" at the labels' size). */
const LABEL_EM = 2.6;
// Vertical layout in ems, so the chart grows with the text size: values above, months below.
const TOP = 1.6;
const PLOT = 7;
const BASE = TOP + PLOT;
const HEIGHT = BASE + 2;
// Across in %, so the chart fits any width; a margin keeps the first and last labels inside.
const LEFT = 7;
const RIGHT = 93;

/**
 * A line of values over time (months), in SVG: across in % (fits a 360 px phone), up in ems (grows
 * with the text size). Each point carries its value and axis label; when they would not fit side
 * by side (a phase of 48 months, text at 200 %) every n-th is labelled, and the table beside the
 * chart has them all. A marker on every point, so the values do not rest on the line's colour.
 */
export function LineChart({ summary, points }: Props) {
  const ref = useRef<HTMLElement>(null);
  const widthEm = useWidthEm(ref);
  const max = Math.max(1, ...points.map((p) => p.value));
  const fits = Math.max(1, Math.floor((widthEm * (RIGHT - LEFT)) / 100 / LABEL_EM) + 1);
  const step = Math.ceil(points.length / fits);
  const x = (i: number) =>
    `${points.length === 1 ? 50 : LEFT + (i * (RIGHT - LEFT)) / (points.length - 1)}%`;
  const y = (v: number) => `${TOP + (1 - v / max) * PLOT}em`;
  return (
    <figure ref={ref} class="chart line-chart" role="img" aria-label={summary}>
      <p class="chart-summary">{summary}</p>
      <svg
        class="line-plot"
        width="100%"
        height={`${HEIGHT}em`}
        focusable="false"
        aria-hidden="true"
      >
        <line class="axis" x1="0" x2="100%" y1={`${BASE}em`} y2={`${BASE}em`} />
        {points.slice(1).map((p, i) => (
          <line
            key={p.key}
            class="series"
            x1={x(i)}
            y1={y(points[i]!.value)}
            x2={x(i + 1)}
            y2={y(p.value)}
          />
        ))}
        {points.map((p, i) => (
          <circle key={p.key} class="marker" cx={x(i)} cy={y(p.value)} r="0.3em" />
        ))}
        {points.map((p, i) =>
          i % step === 0 ? (
            <g key={p.key} class="labels">
              <text class="value-label" x={x(i)} y={y(p.value)} dy="-0.6em" text-anchor="middle">
                {p.valueText}
              </text>
              <text class="axis-label" x={x(i)} y={`${BASE + 1.4}em`} text-anchor="middle">
                {p.label}
              </text>
            </g>
          ) : null,
        )}
      </svg>
    </figure>
  );
}
