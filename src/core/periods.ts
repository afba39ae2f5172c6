/**
 * The periods the dashboard and reports are asked for: a month, a quarter, a year, one of the
 * plan's two phases (2025–2027, reviewed in 2027; 2027–2030, summed up in 2030), or any range.
 */
import type { Period } from './indicators';

export const PHASES = {
  '2025-2027': { from: '2025-01-01', to: '2027-12-31' },
  '2027-2030': { from: '2027-01-01', to: '2030-12-31' },
} as const satisfies Record<string, Period>;
export type Phase = keyof typeof PHASES;

export type PeriodChoice =
  | { kind: 'month'; year: number; month: number }
  | { kind: 'quarter'; year: number; quarter: 1 | 2 | 3 | 4 }
  | { kind: 'year'; year: number }
  | { kind: 'phase'; phase: Phase }
  | { kind: 'custom'; from: string; to: string };

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

export function periodOf(choice: PeriodChoice): Period {
  switch (choice.kind) {
    case 'month':
      return {
        from: `${choice.year}-${pad(choice.month)}-01`,
        to: `${choice.year}-${pad(choice.month)}-${lastDay(choice.year, choice.month)}`,
      };
    case 'quarter': {
      const first = (choice.quarter - 1) * 3 + 1;
      return {
        from: `${choice.year}-${pad(first)}-01`,
        to: `${choice.year}-${pad(first + 2)}-${lastDay(choice.year, first + 2)}`,
      };
    }
    case 'year':
      return { from: `${choice.year}-01-01`, to: `${choice.year}-12-31` };
    case 'phase':
      return PHASES[choice.phase];
    case 'custom':
      return choice.from <= choice.to
        ? { from: choice.from, to: choice.to }
        : { from: choice.to, to: choice.from };
  }
}

/** The months (yyyy-MM) a period covers, in order: the rows of a by-month table. */
export function monthsOf({ from, to }: Period): string[] {
  const out: string[] = [];
  let [y, m] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
  const end = to.slice(0, 7);
  for (;;) {
    const month = `${y}-${pad(m)}`;
    if (month > end) return out;
    out.push(month);
    m += 1;
    if (m > 12) [y, m] = [y + 1, 1];
  }
}
