/**
 * The administrator's commendation work, kept on this device only, in the meta table: one entry
 * per commune and year ("commendation:10882:2026"), and the year last worked on. It is a working
 * file for one officer (checklists, evidence notes, dossier drafts), not a record the commune
 * shares, so it is not synced (nor in the device backup): the documents it drafts are printed.
 */
import {
  type CommendationYear,
  commendationYearSchema,
  emptyYear,
} from '../core/commendation-record';
import { db } from './db';

const keyOf = (communeCode: string, year: number) => `commendation:${communeCode}:${year}`;
const YEAR_KEY = 'commendation:year';

/** The year's record; an empty one when none was saved (or the saved one no longer parses). */
export async function loadCommendationYear(
  communeCode: string,
  year: number,
): Promise<CommendationYear> {
  const row = await db.meta.get(keyOf(communeCode, year));
  if (row === undefined) return emptyYear(year);
  const parsed = commendationYearSchema.safeParse(row.value);
  if (!parsed.success) console.error('commendation record unreadable', parsed.error);
  return parsed.success ? parsed.data : emptyYear(year);
}

export async function saveCommendationYear(
  communeCode: string,
  record: CommendationYear,
): Promise<void> {
  await db.meta.put({
    key: keyOf(communeCode, record.year),
    value: commendationYearSchema.parse(record),
  });
}

/** The year last chosen on the commendation screens, if any. */
export async function loadCommendationYearChoice(): Promise<number | undefined> {
  const value = (await db.meta.get(YEAR_KEY))?.value;
  return typeof value === 'number' ? value : undefined;
}

export async function saveCommendationYearChoice(year: number): Promise<void> {
  await db.meta.put({ key: YEAR_KEY, value: year });
}
