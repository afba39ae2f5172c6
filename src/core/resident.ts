/**
 * A resident on a village roster. Only what DOMAIN.md allows is collected: name, birth year, sex
 * (optional), village, phone (optional) and the consent record; never a citizen ID. An erased
 * resident keeps only what anonymous counts need (village, sex, age group at erasure).
 */
import { z } from 'zod/mini';
import { currentYearInVietnam } from './dates';
import { communeCode, isoDateTime, requiredText, villageId } from './fields';

/** The consent text's version; its words live in the locale files under `consent.v1`. */
export const CONSENT_VERSION = 'v1';
/** Under this age a parent or guardian gives consent (Law 91/2025: children under 16). */
export const ADULT_AGE = 16;

export const AGE_GROUPS = ['under_16', '16_35', '36_59', '60_plus'] as const;
export type AgeGroup = (typeof AGE_GROUPS)[number];

export function ageGroupOf(birthYear: number, inYear: number): AgeGroup {
  const age = inYear - birthYear;
  if (age < 16) return 'under_16';
  if (age <= 35) return '16_35';
  if (age <= 59) return '36_59';
  return '60_plus';
}

export const sexSchema = z.nullable(z.enum(['female', 'male']));
export type Sex = z.infer<typeof sexSchema>;

export const consentSchema = z.object({
  version: z.literal(CONSENT_VERSION),
  givenBy: z.enum(['self', 'guardian']),
  /** The volunteer who collected it. */
  collectedBy: z.uuid(),
  collectedAt: isoDateTime,
});
export type Consent = z.infer<typeof consentSchema>;

/** What a volunteer types for a resident. */
export const residentInputSchema = z.object({
  fullName: requiredText(100),
  birthYear: z.int().check(
    z.minimum(1900),
    z.refine((y) => y <= currentYearInVietnam(), 'future'),
  ),
  sex: sexSchema,
  villageId,
  /** A Vietnamese mobile number, 10 digits starting with 0; spaces and dots are removed first. */
  phone: z.nullable(
    z.string().check(
      z.overwrite((p) => p.replace(/[\s.-]/g, '')),
      z.regex(/^0\d{9}$/),
    ),
  ),
});
export type ResidentInput = z.infer<typeof residentInputSchema>;

const residentMeta = {
  id: z.uuid(),
  communeCode,
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
};

export const activeResidentSchema = z
  .extend(residentInputSchema, {
    ...residentMeta,
    erased: z.literal(false),
    consent: consentSchema,
  })
  .check(
    // A child's data needs a parent's or guardian's consent, judged at the time it was given.
    z.refine<{ birthYear: number; consent: Consent }>(
      (r) =>
        r.consent.givenBy === 'guardian' ||
        currentYearInVietnam(new Date(r.consent.collectedAt)) - r.birthYear >= ADULT_AGE,
      { message: 'guardian', path: ['consent', 'givenBy'] },
    ),
  );

export const erasedResidentSchema = z.object({
  ...residentMeta,
  erased: z.literal(true),
  villageId,
  sex: sexSchema,
  ageGroup: z.enum(AGE_GROUPS),
});

export const residentSchema = z.discriminatedUnion('erased', [
  activeResidentSchema,
  erasedResidentSchema,
]);
export type ActiveResident = z.infer<typeof activeResidentSchema>;
export type ErasedResident = z.infer<typeof erasedResidentSchema>;
export type Resident = z.infer<typeof residentSchema>;

/** The person's data removed, what anonymous counts need kept. */
export function erase(r: ActiveResident, now: string): ErasedResident {
  return {
    id: r.id,
    communeCode: r.communeCode,
    createdAt: r.createdAt,
    updatedAt: now,
    erased: true,
    villageId: r.villageId,
    sex: r.sex,
    ageGroup: ageGroupOf(r.birthYear, currentYearInVietnam(new Date(now))),
  };
}
