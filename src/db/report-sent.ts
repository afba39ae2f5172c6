/**
 * Whether a year's annual report was sent to Phòng Văn hoá - Xã hội, as the administrator marked it
 * on this device: one meta row per year ("annualReportSent:2026" → when it was marked). It only
 * silences the reminder; the report itself is not stored anywhere but in its draft.
 */
import { db } from './db';

const key = (year: number) => `annualReportSent:${year}`;

/** When the year's report was marked sent (ISO time), or null. */
export async function reportSentAt(year: number): Promise<string | null> {
  const row = await db.meta.get(key(year));
  return typeof row?.value === 'string' ? row.value : null;
}

export async function markReportSent(year: number, at: Date = new Date()): Promise<void> {
  await db.meta.put({ key: key(year), value: at.toISOString() });
}

/** Undoes a mark made by mistake: the reminder shows again while it is due. */
export async function unmarkReportSent(year: number): Promise<void> {
  await db.meta.delete(key(year));
}
