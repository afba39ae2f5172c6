/**
 * Wire protocol between device and server (the sync issue owns the full design). A device pushes
 * its outbox as numbered mutations; the server applies each (client, seq) once and answers one
 * result per mutation, in order. Every response carries the server's time.
 */
import { z } from 'zod/mini';
import { attendanceSchema } from './attendance';
import { feedbackSchema } from './feedback';
import { residentSchema } from './resident';
import { sessionSchema } from './session';
import { villageSchema } from './village';
import { volunteerSchema } from './volunteer';

const seq = z.int().check(z.positive());

export const mutationSchema = z.discriminatedUnion('name', [
  z.object({ seq, name: z.literal('session.put'), args: sessionSchema }),
  z.object({ seq, name: z.literal('resident.put'), args: residentSchema }),
  z.object({ seq, name: z.literal('attendance.set'), args: attendanceSchema }),
  z.object({ seq, name: z.literal('feedback.add'), args: feedbackSchema }),
]);
export type Mutation = z.infer<typeof mutationSchema>;
export type MutationName = Mutation['name'];

/** The commune is the signed-in caller's, never the body's. */
export const pushRequestSchema = z.object({
  clientId: z.uuid(),
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

export const sessionsResponseSchema = withServerTime({ sessions: z.array(sessionSchema) });
export type SessionsResponse = z.infer<typeof sessionsResponseSchema>;

export const attendanceResponseSchema = withServerTime({ attendance: z.array(attendanceSchema) });
export const feedbackResponseSchema = withServerTime({ feedback: z.array(feedbackSchema) });
