/**
 * Wire protocol between device and server (walking skeleton; the sync issue owns the full design).
 * A device pushes its outbox as numbered mutations; the server applies each (client, seq) once and
 * answers one result per mutation, in order.
 */
import { z } from 'zod/mini';
import { communeCode, sessionSchema, villageSchema } from './schemas';

export const mutationSchema = z.discriminatedUnion('name', [
  z.object({
    seq: z.int().check(z.positive()),
    name: z.literal('session.put'),
    args: sessionSchema,
  }),
]);
export type Mutation = z.infer<typeof mutationSchema>;

export const pushRequestSchema = z.object({
  clientId: z.uuid(),
  communeCode,
  mutations: z.array(mutationSchema).check(z.maxLength(500)),
});
export type PushRequest = z.infer<typeof pushRequestSchema>;

export const mutationResultSchema = z.discriminatedUnion('status', [
  z.object({ seq: z.int(), status: z.literal('ok') }),
  z.object({ seq: z.int(), status: z.literal('rejected'), reason: z.string() }),
]);
export type MutationResult = z.infer<typeof mutationResultSchema>;

export const pushResponseSchema = z.object({
  serverTime: z.iso.datetime(),
  results: z.array(mutationResultSchema),
});
export type PushResponse = z.infer<typeof pushResponseSchema>;

export const villagesResponseSchema = z.object({
  serverTime: z.iso.datetime(),
  villages: z.array(villageSchema),
});
export type VillagesResponse = z.infer<typeof villagesResponseSchema>;

export const sessionsResponseSchema = z.object({
  serverTime: z.iso.datetime(),
  sessions: z.array(sessionSchema),
});
export type SessionsResponse = z.infer<typeof sessionsResponseSchema>;

/** The commune served until accounts and tenancy arrive (issue 4): Xã Hà Đông, Hải Phòng. */
export const DEMO_COMMUNE_CODE = '10882';
