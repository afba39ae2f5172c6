/**
 * When the next automatic sync runs: a regular interval while things work, exponential backoff
 * with jitter after failures. Jitter spreads phones out, so a commune's phones that lost the
 * server together do not all come back in the same second. Pure functions (the scheduler's clock).
 */

export interface BackoffOptions {
  /** Between successful syncs while the app is on screen. */
  intervalMs: number;
  /** The first retry after a failure; doubles with each further failure. */
  baseRetryMs: number;
  /** No retry waits longer than this. */
  maxRetryMs: number;
}

export const DEFAULT_BACKOFF: BackoffOptions = {
  intervalMs: 5 * 60_000,
  baseRetryMs: 30_000,
  maxRetryMs: 30 * 60_000,
};

/**
 * The wait after `failures` failures in a row (≥ 1): base·2^(failures−1), capped, then "equal
 * jitter" — half of it fixed, half random — so a retry never comes sooner than half the step.
 * Bounds: [ceiling/2, ceiling] with ceiling = min(max, base·2^(failures−1)).
 */
export function retryDelay(
  failures: number,
  random: () => number,
  o: BackoffOptions = DEFAULT_BACKOFF,
): number {
  const step = o.baseRetryMs * 2 ** Math.min(Math.max(failures, 1) - 1, 30);
  const ceiling = Math.min(o.maxRetryMs, step);
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

/** The regular interval, ±10 %, so phones opened at the same moment drift apart. */
export function intervalDelay(random: () => number, o: BackoffOptions = DEFAULT_BACKOFF): number {
  return Math.round(o.intervalMs * (0.9 + random() * 0.2));
}
