/**
 * Field rules every record shares: codes, dates, cleaned text, counts. Parsed the same way in the
 * form, in the local store and on the server, so a message next to a field is the server's rule too.
 */
import { z } from 'zod/mini';

/** Administrative code of a commune-level unit (5 digits, e.g. 10882 for Xã Hà Đông). */
export const communeCode = z.string().check(z.regex(/^\d{5}$/, 'expected a 5-digit commune code'));

export const villageId = z.string().check(z.minLength(1), z.maxLength(64));

/** A calendar date as yyyy-MM-dd (what `<input type="date">` gives); shown as dd/MM/yyyy. */
export const isoDate = z.iso.date();
/** A UTC timestamp as Date.toISOString() writes it (milliseconds, Z): one form on every side. */
export const isoDateTime = z.iso.datetime({ precision: 3 });

/** Collapses runs of whitespace and trims: "  Nguyễn   Văn  An " → "Nguyễn Văn An". */
export const collapseSpaces = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Required text: cleaned, then 1..max characters. */
export const requiredText = (max: number) =>
  z.string().check(z.overwrite(collapseSpaces), z.minLength(1), z.maxLength(max));

/** Optional free text: trimmed (line breaks kept), at most max characters, may be empty. */
export const freeText = (max: number) => z.string().check(z.trim(), z.maxLength(max));

/** A count of things done (people helped, applications filed): 0..10,000. */
export const count = z.int().check(z.minimum(0), z.maximum(10_000));

/** Field path → first problem's code, for showing errors beside the field that has them. */
export function fieldErrors(error: z.core.$ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.') || '_';
    out[key] ??= issue.code === 'custom' ? String(issue.message) : issue.code;
  }
  return out;
}
