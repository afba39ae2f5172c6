/**
 * One tab syncs at a time: a sync run holds the Web Lock `hvs-sync`. A tab that finds it held skips
 * its run instead of waiting — the other tab is sending the same outbox (IndexedDB is shared). Where
 * the Locks API is missing (old browsers) runs go without a lock: the server applies each mutation
 * once, so two tabs pushing together waste a request but never duplicate a record.
 */
import { SYNC_TAG } from './wake-message';

export type LockRequest = Pick<LockManager, 'request'>;

/** What `fn` returned, or 'busy' when another tab holds the lock. */
export async function withSyncLock<T>(
  locks: LockRequest | undefined,
  fn: () => Promise<T>,
): Promise<T | 'busy'> {
  if (!locks) return fn();
  let entered = false;
  try {
    return (await locks.request(SYNC_TAG, { ifAvailable: true }, (lock) => {
      entered = true;
      return lock ? fn() : 'busy';
    })) as T | 'busy';
  } catch (err) {
    // The lock itself failed (e.g. a sandboxed frame): sync without it. A failure of the run is
    // the caller's to see.
    if (entered) throw err;
    return fn();
  }
}
