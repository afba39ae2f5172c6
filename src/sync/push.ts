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
  const encoder = new TextEncoder();
  // Usually the whole run fits: measured at once, not mutation by mutation.
  if (encoder.encode(JSON.stringify(mutations)).length <= maxBytes) return mutations;
  let bytes = 0;
  for (let i = 0; i < mutations.length; i += 1) {
    bytes += encoder.encode(JSON.stringify(mutations[i])).length + 1;
    if (bytes > maxBytes && i > 0) return mutations.slice(0, i);
  }
  return mutations;
}

/**
 * Returns how many mutations the server answered. `send` is the signed-in account's by default; a
 * learner device passes its own and the kinds of mutation it may send.
 *
 * One batch is on the wire at a time, and the next is sent only once the server has answered the
 * one before (so the server has applied it: a later batch never overtakes an earlier one). The
 * phone's own work overlaps the server's: while a batch is out, the next one is read and
 * compressed, and the answers to one batch are stored while the next is out.
 */
export async function pushOutbox(
  send: typeof authorizedJson = authorizedJson,
  names?: readonly MutationName[],
): Promise<number> {
  const clientId = await getClientId();
  const prepare = async (after: number) => {
    const mutations = withinBytes(await pendingMutations(PUSH_BATCH, names, after));
    if (mutations.length === 0) return undefined;
    return { mutations, encoded: await gzipJson({ clientId, mutations }) };
  };
  let answered = 0;
  let storing = Promise.resolve();
  try {
    let batch = await prepare(0);
    while (batch) {
      const { mutations, encoded } = batch;
      const sending = send('/api/sync/push', pushResponseSchema, { method: 'POST', ...encoded });
      const next = prepare(mutations.at(-1)!.seq);
      let res: Awaited<typeof sending>;
      try {
        res = await sending;
      } catch (err) {
        await next.catch(() => undefined);
        await recordAttemptFailure(
          mutations.map((m) => m.seq),
          String(err),
        );
        throw err;
      }
      await storing;
      storing = applyResults(res.results);
      answered += res.results.length;
      // What was saved while this batch was out goes in this push too.
      batch = (await next) ?? (await prepare(mutations.at(-1)!.seq));
    }
  } finally {
    await storing;
  }
  return answered;
}
