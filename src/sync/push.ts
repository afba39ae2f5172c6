/**
 * Pushes the outbox in batches (≤ 500 mutations and ≤ 256 KB of JSON) until it is empty or a
 * batch fails, as the signed-in account (the server takes the commune and the allowed villages
 * from its token, not from the request).
 */

import { type Mutation, type MutationName, pushResponseSchema } from '../core/wire';
import { getClientId } from '../db/meta';
import { applyResults, pendingMutations, recordAttemptFailure } from '../db/outbox';
import { authorizedJson } from './auth-fetch';
import { gzipJson } from './gzip';

export const PUSH_BATCH = 500;
/** A batch's JSON is at most this big before gzip, so one request on 2G stays short. */
export const PUSH_MAX_BYTES = 256 * 1024;

/** The longest run of `mutations` (at least one) whose JSON fits in `maxBytes`. */
export function withinBytes(mutations: Mutation[], maxBytes = PUSH_MAX_BYTES): Mutation[] {
  let bytes = 0;
  const encoder = new TextEncoder();
  for (let i = 0; i < mutations.length; i += 1) {
    bytes += encoder.encode(JSON.stringify(mutations[i])).length + 1;
    if (bytes > maxBytes && i > 0) return mutations.slice(0, i);
  }
  return mutations;
}

/**
 * Returns how many mutations the server answered. `send` is the signed-in account's by default; a
 * learner device passes its own and the kinds of mutation it may send.
 */
export async function pushOutbox(
  send: typeof authorizedJson = authorizedJson,
  names?: readonly MutationName[],
): Promise<number> {
  const clientId = await getClientId();
  let answered = 0;
  for (;;) {
    const mutations = withinBytes(await pendingMutations(PUSH_BATCH, names));
    if (mutations.length === 0) return answered;
    try {
      const encoded = await gzipJson({ clientId, mutations });
      const res = await send('/api/sync/push', pushResponseSchema, {
        method: 'POST',
        ...encoded,
      });
      await applyResults(res.results);
      answered += res.results.length;
    } catch (err) {
      await recordAttemptFailure(
        mutations.map((m) => m.seq),
        String(err),
      );
      throw err;
    }
  }
}
