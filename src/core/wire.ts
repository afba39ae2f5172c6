/**
 * Wire protocol between device and server (the sync issue owns the full design). A device pushes
 * its outbox as numbered mutations; the server applies each (client, seq) once and answers one
 * result per mutation, in order. Every response carries the server's time.
 */
import { z } from 'zod/mini';
import { attendanceSchema } from './attendance';
import { MODULE_CODES } from './curriculum';
import { feedbackSchema } from './feedback';
import { isoDateTime, villageId } from './fields';
import { isHlc } from './hlc';
import {
  attemptSchema,
  completionSchema,
  learnerProfileSchema,
  profileLinkSchema,
} from './learning';
import { residentSchema } from './resident';
import { sessionSchema, storedSessionSchema } from './session';
import { villageSchema } from './village';
import { volunteerSchema } from './volunteer';

const seq = z.int().check(z.positive());
export const hlcSchema = z.string().check(z.refine(isHlc, 'expected a hybrid logical clock'));
/**
 * For an edit of a session or resident: each field the author changed, with the clock of the value
 * they had seen (null if never synced). Absent: every field, as for a new record.
 */
const seen = z.optional(z.record(z.string().check(z.maxLength(40)), z.nullable(hlcSchema)));
const change = { seq, hlc: hlcSchema };

export const mutationSchema = z.discriminatedUnion('name', [
  z.object({ ...change, seen, name: z.literal('session.put'), args: sessionSchema }),
  z.object({ ...change, seen, name: z.literal('resident.put'), args: residentSchema }),
  z.object({ ...change, name: z.literal('attendance.set'), args: attendanceSchema }),
  z.object({ ...change, name: z.literal('feedback.add'), args: feedbackSchema }),
  // Learning (src/core/learning.ts): any device may carry a learner's profile and progress; only
  // staff link a profile to a resident.
  z.object({ ...change, name: z.literal('profile.put'), args: learnerProfileSchema }),
  z.object({ ...change, name: z.literal('attempt.add'), args: attemptSchema }),
  z.object({ ...change, name: z.literal('completion.add'), args: completionSchema }),
  z.object({ ...change, name: z.literal('profile.link'), args: profileLinkSchema }),
]);
export type Mutation = z.infer<typeof mutationSchema>;
export type MutationName = Mutation['name'];

/** Changes of field records (sessions, residents, attendance, feedback): what pull brings back. */
export const FIELD_MUTATIONS = [
  'session.put',
  'resident.put',
  'attendance.set',
  'feedback.add',
] as const satisfies readonly MutationName[];
export type FieldMutation = Extract<Mutation, { name: (typeof FIELD_MUTATIONS)[number] }>;

export const isFieldMutation = (m: Mutation): m is FieldMutation =>
  (FIELD_MUTATIONS as readonly string[]).includes(m.name);

/**
 * The id of the record a mutation changes, as the outbox and a backup name it: attendance by its
 * session, a completion by profile and module (one per pair), a link by the profile code it names.
 */
export function mutationRecordId(m: Mutation): string {
  switch (m.name) {
    case 'attendance.set':
      return m.args.sessionId;
    case 'completion.add':
      return `${m.args.profileId}/${m.args.moduleCode}`;
    case 'profile.link':
      return m.args.profileCode;
    default:
      return m.args.id;
  }
}

/** The commune is the signed-in caller's, never the body's. */
export const pushRequestSchema = z.object({
  clientId: z.uuid(),
  /**
   * The last seq of the batch sent just before this one, still unanswered when this one left (two
   * batches are on the wire at once): the server applies this one only after that one.
   */
  after: z.optional(z.int().check(z.minimum(1))),
  mutations: z.array(mutationSchema).check(z.maxLength(500)),
});
export type PushRequest = z.infer<typeof pushRequestSchema>;

export const mutationResultSchema = z.discriminatedUnion('status', [
  z.object({ seq: z.int(), status: z.literal('ok') }),
  z.object({ seq: z.int(), status: z.literal('rejected'), reason: z.string() }),
]);
export type MutationResult = z.infer<typeof mutationResultSchema>;

const withServerTime = <T extends z.core.$ZodLooseShape>(shape: T) =>
  z.object({ serverTime: z.iso.datetime(), ...shape });

export const pushResponseSchema = withServerTime({ results: z.array(mutationResultSchema) });
export type PushResponse = z.infer<typeof pushResponseSchema>;

/** The reference data a device needs offline: the villages it may work in, and volunteers. */
export const referenceResponseSchema = withServerTime({
  villages: z.array(villageSchema),
  volunteers: z.array(volunteerSchema),
  /** Residents erased on request: every device that holds them erases them too. */
  erasedResidents: z.array(z.uuid()),
});
export type ReferenceResponse = z.infer<typeof referenceResponseSchema>;

const clocksSchema = z.record(z.string(), hlcSchema);

/** A same-field conflict to review: the value that lost, kept visible instead of dropped. */
export const conflictSchema = z.object({
  id: z.uuid(),
  recordType: z.enum(['session', 'resident']),
  recordId: z.uuid(),
  field: z.string(),
  kept: z.unknown(),
  lost: z.unknown(),
  at: z.iso.datetime(),
});
export type SyncConflict = z.infer<typeof conflictSchema>;

/**
 * One page of changes after `cursor` in the caller's scope, in server order. `cursor` is opaque:
 * the device stores it once the page is applied and sends it back; `more` says another page waits.
 * `reset` means the device's cursor no longer fits its scope (e.g. its villages changed) and this
 * pull started again from the beginning.
 */
export const pullResponseSchema = withServerTime({
  cursor: z.string(),
  more: z.boolean(),
  reset: z.boolean(),
  sessions: z.array(z.object({ record: storedSessionSchema, clocks: clocksSchema })),
  residents: z.array(z.object({ record: residentSchema, clocks: clocksSchema })),
  attendance: z.array(z.extend(attendanceSchema, { hlc: hlcSchema })),
  feedback: z.array(feedbackSchema),
  conflicts: z.array(conflictSchema),
});
export type PullResponse = z.infer<typeof pullResponseSchema>;

export const sessionsResponseSchema = withServerTime({ sessions: z.array(sessionSchema) });
export type SessionsResponse = z.infer<typeof sessionsResponseSchema>;

export const attendanceResponseSchema = withServerTime({ attendance: z.array(attendanceSchema) });
export const feedbackResponseSchema = withServerTime({ feedback: z.array(feedbackSchema) });

/** GET /api/content (public): the version of each learning module the server publishes. */
export const contentManifestSchema = withServerTime({
  modules: z.array(z.object({ code: z.enum(MODULE_CODES), version: z.int().check(z.minimum(1)) })),
});
export type ContentManifest = z.infer<typeof contentManifestSchema>;

/**
 * GET /api/certificates/:code (staff): what a certificate's code stands for, never who holds it
 * (the server has no learner names). The village is the learner profile's, if it gave one.
 */
export const certificateResponseSchema = withServerTime({
  valid: z.literal(true),
  moduleCode: z.enum(MODULE_CODES),
  completedAt: isoDateTime,
  villageId: z.nullable(villageId),
});
export type CertificateResponse = z.infer<typeof certificateResponseSchema>;
