/**
 * A training or help session (buổi tập huấn / hướng dẫn): what DOMAIN.md says a session record
 * holds. Sessions are past-tense records, so their date may not be after today (in Vietnam).
 */
import { z } from 'zod/mini';
import { MODULE_CODES } from './curriculum';
import { todayInVietnam } from './dates';
import { communeCode, count, freeText, isoDate, isoDateTime, villageId } from './fields';

export const SESSION_KINDS = ['class', 'one_to_one', 'home_visit', 'team_meeting'] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];

export const TARGET_GROUPS = [
  'residents',
  'officials',
  'party_members',
  'union_members',
  'businesses',
  'students',
  'elderly',
] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];

/** Counts of concrete help given during the session. */
export const HELP_COUNTS = ['vneidActivations', 'onlineApplications', 'cashlessAccounts'] as const;

const uniqueList = <T extends z.ZodMiniType>(item: T, max: number) =>
  z.array(item).check(
    z.maxLength(max),
    z.refine((xs) => new Set(xs).size === xs.length, 'duplicate'),
  );

const storedFields = z.object({
  date: isoDate,
  startTime: z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/)),
  durationMinutes: z.int().check(z.minimum(1), z.maximum(720)),
  villageId,
  venue: freeText(120),
  kind: z.enum(SESSION_KINDS),
  targetGroups: uniqueList(z.enum(TARGET_GROUPS), TARGET_GROUPS.length).check(z.minLength(1)),
  topics: uniqueList(z.enum(MODULE_CODES), MODULE_CODES.length),
  facilitators: uniqueList(z.uuid(), 20),
  vneidActivations: count,
  onlineApplications: count,
  cashlessAccounts: count,
  notes: freeText(2000),
});

/** What a person enters is never dated after today in Vietnam (sessions are past-tense). */
const sessionFields = z.extend(storedFields, {
  date: isoDate.check(z.refine((d) => d <= todayInVietnam(), 'future')),
});

/** A Tổ CNSCĐ meeting may have no curriculum topic; anything else teaches at least one. */
const topicsUnlessMeeting = z.refine<{ kind: SessionKind; topics: readonly string[] }>(
  (s) => s.kind === 'team_meeting' || s.topics.length > 0,
  { message: 'required', path: ['topics'] },
);

/** What a volunteer fills in. */
export const sessionInputSchema = sessionFields.check(topicsUnlessMeeting);
export type SessionInput = z.infer<typeof sessionInputSchema>;

const recordFields = {
  id: z.uuid(),
  communeCode,
  /** Set when cancelled (soft delete); null again when restored. */
  cancelledAt: z.nullable(isoDateTime),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
};

export const sessionSchema = z.extend(sessionFields, recordFields).check(topicsUnlessMeeting);
export type Session = z.infer<typeof sessionSchema>;

/**
 * A session as the server holds it, read back by a device: the "not after today" rule was checked
 * when it was written, and is not checked again against a device clock that may be wrong.
 */
export const storedSessionSchema = z.extend(storedFields, recordFields);
export type StoredSession = z.infer<typeof storedSessionSchema>;
