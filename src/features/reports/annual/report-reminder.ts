/**
 * When to remind administrators of the annual report: the commune's plan asks every unit to report
 * to Phòng Văn hoá - Xã hội before 05/11 each year. The reminder shows from 15/10 (three weeks
 * ahead) until that year's report is marked sent, past the deadline too, and starts again on
 * 15/10 of the next year. A year's reminder ends with the year: its report is long overdue by then
 * and the next one is what matters.
 */

/** MM-dd from which the year's report is asked for. */
export const REMINDER_FROM = '10-15';
/** MM-dd the report must be sent before. */
export const DEADLINE = '11-05';

export interface Reminder {
  year: number;
  /** yyyy-MM-dd the report is due before. */
  deadline: string;
  overdue: boolean;
}

/** The reminder to show on `today` (yyyy-MM-dd in Vietnam), or null; `sent` says if a year's report was marked sent. */
export function reminderFor(today: string, sent: (year: number) => boolean): Reminder | null {
  const year = Number(today.slice(0, 4));
  if (today.slice(5) < REMINDER_FROM || sent(year)) return null;
  const deadline = `${year}-${DEADLINE}`;
  return { year, deadline, overdue: today >= deadline };
}
