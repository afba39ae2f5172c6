/**
 * Pushes the outbox in batches (≤ 500 mutations and ≤ 256 KB of JSON) until it is empty or a
 * batch fails, as the signed-in account (the server takes the commune and the allowed villages
 * from its token, not from the request).
 */

import {
  type Mutation,
  type MutationName,
  type PushResponse,
  pushResponseSchema,
} from '../core/wire';
import { getClientId } from '../db/meta';
import { applyResults, pendingMutations, recordAttemptFailure } from '../db/outbox';
import { authorizedJson } from './auth-fetch';
import { gzipJson } from './gzip';
import { SyncHttpError } from './http';

export const PUSH_BATCH = 500;
/** A batch's JSON is at most this big before gzip, so one request on 2G stays short. */
export const PUSH_MAX_BYTES = 256 * 1024;

/** The longest run of `mutations` (at least one) whose JSON fits in `maxBytes`. */
export function withinBytes(mutations: Mutation[], maxBytes = PUSH_MAX_BYTES): Mutation[] {
  const encoder = new TextEncoder();
  let bytes = 0;
  for (let i = 0; i < mutations.length; i += 1) {
    bytes += encoder.encode(JSON.stringify(mutations[i])).length + 1;
    if (bytes > maxBytes && i > 0) return mutations.slice(0, i);
  }
  return mutations;
}

interface Flight {
  mutations: Mutation[];
  answer: Promise<PushResponse>;
}

const isOutOfOrder = (err: unknown) =>
  err instanceof SyncHttpError && err.status === 409 && err.code === 'out_of_order';

/**
 * Returns how many mutations the server answered. `send` is the signed-in account's by default; a
 * learner device passes its own and the kinds of mutation it may send.
 *
 * Two batches are on the wire at once, so on 2G one batch travels while the server applies the
 * other. The second names the first's last seq (`after`) and the server applies it only after the
 * first (server/services/push.ts): a later batch never overtakes an earlier one. Answers are stored
 * in the order sent; while a batch is out, the next is read and compressed. A batch refused as
 * `out_of_order` (it overtook the first by too long) was not applied: the push starts again from
 * what is still pending. Any other failure stops the push once both batches are settled; each
 * failed batch counts an attempt, and one read but not sent stays as it was.
 */
export async function pushOutbox(
  send: typeof authorizedJson = authorizedJson,
  names?: readonly MutationName[],
): Promise<number> {
  const clientId = await getClientId();
  /** The pending mutations after seq `after` (0: from the start, with nothing still on the wire). */
  const prepare = async (after: number) => {
    const pending = await pendingMutations(PUSH_BATCH, names, after);
    if (pending.length === 0) return undefined;
    const bodyOf = (mutations: Mutation[]) =>
      JSON.stringify(after > 0 ? { clientId, after, mutations } : { clientId, mutations });
    let mutations = pending;
    let json = bodyOf(mutations);
    // Usually the whole run fits: written once, measured as it is sent.
    if (new TextEncoder().encode(json).length > PUSH_MAX_BYTES) {
      mutations = withinBytes(pending);
      json = bodyOf(mutations);
    }
    return { mutations, encoded: await gzipJson(json) };
  };
  const fly = ({ mutations, encoded }: NonNullable<Awaited<ReturnType<typeof prepare>>>) => {
    const answer = send('/api/sync/push', pushResponseSchema, { method: 'POST', ...encoded });
    // Settled in its turn, below.
    answer.catch(() => undefined);
    return { mutations, answer };
  };
  let answered = 0;
  let storing = Promise.resolve();
  /** Stores a flight's answer after the ones before; answers its failure, if any. */
  const settle = async (flight: Flight): Promise<unknown> => {
    try {
      const res = await flight.answer;
      await storing;
      storing = applyResults(res.results);
      answered += res.results.length;
      return undefined;
    } catch (err) {
      if (!isOutOfOrder(err)) {
        await recordAttemptFailure(
          flight.mutations.map((m) => m.seq),
          String(err),
        );
      }
      return err;
    }
  };
  let waiting: Flight | undefined;
  try {
    /** The last seq sent in this push (0: none since it started or started again). */
    let lastSent = 0;
    let batch = await prepare(0);
    while (batch || waiting) {
      const flying = batch && fly(batch);
      if (flying) lastSent = flying.mutations.at(-1)!.seq;
      const next = flying && prepare(lastSent);
      const failure = waiting && (await settle(waiting));
      waiting = undefined;
      if (failure) {
        // The batch sent after it is refused once the server has waited for this one: settle it.
        const later = flying && (await settle(flying));
        await next?.catch(() => undefined);
        if (!isOutOfOrder(failure)) throw failure;
        if (later && !isOutOfOrder(later)) throw later;
        // Refused unapplied (it overtook the one before by too long): again from what is pending.
        lastSent = 0;
        batch = await prepare(0);
        continue;
      }
      waiting = flying;
      // With nothing on the wire, look again: what was saved meanwhile goes in this push too.
      batch = next ? await next : await prepare(lastSent);
    }
  } finally {
    if (waiting) await settle(waiting);
    await storing;
  }
  return answered;
}
