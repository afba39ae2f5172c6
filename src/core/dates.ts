/** Calendar dates as yyyy-MM-dd strings, and "today" as it is in Vietnam. */

const pad = (n: number) => String(n).padStart(2, '0');

/** Today (or `d`) in the device's local time zone, as yyyy-MM-dd. */
export function localIsoDate(d: Date = new Date()): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Vietnam keeps UTC+7 all year (no daylight saving since 1975): arithmetic, not Intl, is exact. */
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/** Today's date in Vietnam (UTC+7) as yyyy-MM-dd: the same answer on a phone and on a UTC server. */
export function todayInVietnam(now: Date = new Date()): string {
  return new Date(now.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

export function currentYearInVietnam(now: Date = new Date()): number {
  return Number(todayInVietnam(now).slice(0, 4));
}

/** yyyy-MM of a yyyy-MM-dd date. */
export const monthOf = (isoDate: string): string => isoDate.slice(0, 7);
