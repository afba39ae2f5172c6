/** Pushes the outbox in batches until it is empty or a batch fails. */

import { pushResponseSchema } from '../core/wire';
import { getClientId } from '../db/meta';
import { applyResults, pendingMutations, recordAttemptFailure } from '../db/outbox';
import { requestJson } from './http';

export const PUSH_BATCH = 500;

/** Returns how many mutations the server answered. */
export async function pushOutbox(communeCode: string): Promise<number> {
  const clientId = await getClientId();
  let answered = 0;
  for (;;) {
    const mutations = await pendingMutations(PUSH_BATCH);
    if (mutations.length === 0) return answered;
    try {
      const res = await requestJson('/api/sync/push', pushResponseSchema, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ clientId, communeCode, mutations }),
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
