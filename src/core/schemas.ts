/**
 * Shared record schemas: the one definition of what a village, a session, a resident… is, parsed at
 * every boundary (form → local store, device → server, server → device). Types are inferred from
 * them. zod/mini keeps the phone's bundle small; the server uses the same schemas.
 */
import { z } from 'zod/mini';
import { MODULE_CODES } from './curriculum';

const text = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));
const villageId = z.string().check(z.minLength(1), z.maxLength(64));

/** Administrative code of a commune-level unit (5 digits, e.g. 10882 for Xã Hà Đông). */
export const communeCode = z.string().check(z.regex(/^\d{5}$/, 'expected a 5-digit commune code'));

/** A calendar date as yyyy-MM-dd (what `<input type="date">` gives); shown as dd/MM/yyyy. */
export const isoDate = z.iso.date();
const isoDateTime = z.iso.datetime();

export const villageSchema = z.object({
  id: villageId,
  communeCode,
  name: text(120),
  formerCommune: z.nullable(z.string().check(z.maxLength(120))),
  sortOrder: z.int(),
});
export type Village = z.infer<typeof villageSchema>;

export const sessionSchema = z.object({
  id: z.uuid(),
  communeCode,
  villageId,
  date: isoDate,
  topics: z.array(z.enum(MODULE_CODES)).check(z.minLength(1), z.maxLength(MODULE_CODES.length)),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type Session = z.infer<typeof sessionSchema>;

/** What a volunteer fills in; the rest of a session is made by the repository. */
export const sessionInputSchema = z.pick(sessionSchema, {
  villageId: true,
  date: true,
  topics: true,
});
export type SessionInput = z.infer<typeof sessionInputSchema>;

/** A person on a village roster (personal data: collect only what DOMAIN.md allows). */
export const residentSchema = z.object({
  id: z.uuid(),
  communeCode,
  villageId,
  fullName: text(120),
  birthYear: z.int().check(z.minimum(1900), z.maximum(2100)),
  sex: z.nullable(z.enum(['female', 'male'])),
  phone: z.nullable(z.string().check(z.regex(/^0\d{9}$/))),
  updatedAt: isoDateTime,
});
export type Resident = z.infer<typeof residentSchema>;

/** Attendance is a fact per (session, resident): the latest state wins, so devices merge cleanly. */
export const attendanceSchema = z.object({
  sessionId: z.uuid(),
  residentId: z.uuid(),
  present: z.boolean(),
  updatedAt: isoDateTime,
});
export type Attendance = z.infer<typeof attendanceSchema>;

/** Community feedback: append-only, anonymous unless linked to a resident with consent. */
export const feedbackSchema = z.object({
  id: z.uuid(),
  communeCode,
  sessionId: z.nullable(z.uuid()),
  rating: z.int().check(z.minimum(1), z.maximum(5)),
  text: z.string().check(z.maxLength(2000)),
  createdAt: isoDateTime,
});
export type Feedback = z.infer<typeof feedbackSchema>;

/** Field name → first problem's code, for showing errors beside the field that has them. */
export function fieldErrors(error: z.core.$ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.') || '_';
    out[key] ??= issue.code;
  }
  return out;
}
