/**
 * Pushes the outbox in batches until it is empty or a batch fails, as the signed-in account (the
 * server takes the commune and the allowed villages from its token, not from the request).
 */

import { pushResponseSchema } from '../core/wire';
import { getClientId } from '../db/meta';
import { applyResults, pendingMutations, recordAttemptFailure } from '../db/outbox';
import { authorizedJson } from './auth-fetch';
import { gzipJson } from './gzip';

export const PUSH_BATCH = 500;

/** Returns how many mutations the server answered. */
export async function pushOutbox(): Promise<number> {
  const clientId = await getClientId();
  let answered = 0;
  for (;;) {
    const mutations = await pendingMutations(PUSH_BATCH);
    if (mutations.length === 0) return answered;
    try {
      const encoded = await gzipJson({ clientId, mutations });
      const res = await authorizedJson('/api/sync/push', pushResponseSchema, {
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
