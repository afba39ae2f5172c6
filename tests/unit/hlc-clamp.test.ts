import { describe, expect, it } from 'vitest';
import {
  type ClampedClock,
  clampHlc,
  decodeHlc,
  effectiveHlc,
  encodeHlc,
  MAX_CLOCK_SKEW_MS,
  originNode,
} from '../../src/core/hlc';

const NOW = Date.parse('2026-11-24T05:00:00.000Z');
const YEAR = 365 * 24 * 3600_000;
const fast = (offset: number, counter = 0) =>
  encodeHlc({ wall: NOW + YEAR + offset, counter, node: 'aaaaaaaaaaaa' });
const other = (wall: number, counter = 0) => encodeHlc({ wall, counter, node: 'ffffffffffff' });

/** Applies changes in arrival order as the server does, keeping what it keeps. */
function arrive(changes: { hlc: string; at: number }[]): string[] {
  const kept: ClampedClock[] = [];
  return changes.map(({ hlc, at }) => {
    const effective = effectiveHlc(hlc, at, kept);
    if (effective !== hlc && !kept.some((c) => c.original === hlc))
      kept.push({ original: hlc, effective });
    return effective;
  });
}

describe('clamping a phone whose clock runs ahead', () => {
  it('brings a clock from next year back to the server now + 5 min, after any clock of that instant', () => {
    const c = clampHlc(fast(0), NOW);
    expect(decodeHlc(c).wall).toBe(NOW + MAX_CLOCK_SKEW_MS);
    expect(c > other(NOW + MAX_CLOCK_SKEW_MS, 1_000_000)).toBe(true);
    expect(c < other(NOW + MAX_CLOCK_SKEW_MS + 1)).toBe(true);
    expect(originNode(c)).toBe('aaaaaaaaaaaa');
    expect(clampHlc(other(NOW), NOW)).toBe(other(NOW));
  });

  it('keeps a phone’s changes in order when the older one arrives later (a backup file)', () => {
    const [newer, older] = arrive([
      { hlc: fast(1000), at: NOW },
      { hlc: fast(0), at: NOW + 3600_000 },
    ]);
    expect(older! < newer!).toBe(true);
    expect(originNode(older!)).toBe('aaaaaaaaaaaa');
  });

  it('keeps three changes in order in any arrival order, and the same change twice the same', () => {
    const hlcs = [fast(0), fast(0, 1), fast(5000)];
    for (const order of [
      [2, 0, 1],
      [1, 2, 0],
      [2, 1, 0],
      [0, 2, 1],
    ]) {
      const effs = arrive(order.map((i, k) => ({ hlc: hlcs[i]!, at: NOW + k * 60_000 })));
      const byOriginal = order.map((i, k) => [i, effs[k]!] as const).sort((a, b) => a[0] - b[0]);
      const sorted = byOriginal.map(([, e]) => e);
      expect([...sorted].sort()).toEqual(sorted);
    }
    const twice = arrive([
      { hlc: fast(0), at: NOW },
      { hlc: fast(0), at: NOW + YEAR },
    ]);
    expect(twice[1]).toBe(twice[0]);
  });

  it('leaves a clock within 5 minutes of the server as it is', () => {
    expect(effectiveHlc(other(NOW + MAX_CLOCK_SKEW_MS), NOW, [])).toBe(
      other(NOW + MAX_CLOCK_SKEW_MS),
    );
  });
});
