/**
 * The browser side of the sync scheduler: a run is `syncNow()` (success read from the status
 * store), the events come from window, document and the service worker, local changes are seen
 * as the outbox's pending count going up, and Background Sync is registered where it exists.
 */
import { observe } from '../db/live';
import { pendingCount } from '../db/outbox';
import type { SchedulerEnv } from './scheduler';
import { syncStatus } from './status';
import { syncNow } from './sync-now';
import { SYNC_TAG } from './wake-message';

/** Background Sync is not in TypeScript's DOM types (Chromium only). */
interface WithSyncManager {
  sync?: { register(tag: string): Promise<void> };
}

/** Asks for a wake-up when the signal returns; a repeated tag is one registration. */
async function registerWakeUp(): Promise<void> {
  try {
    if ((await pendingCount()) === 0) return;
    const container = navigator.serviceWorker as ServiceWorkerContainer | undefined;
    const reg = (await container?.getRegistration()) as WithSyncManager | undefined;
    await reg?.sync?.register(SYNC_TAG);
  } catch {
    // No Background Sync (Firefox, Safari) or not allowed: the page's own triggers remain.
  }
}

/** Calls back when the number of pending mutations goes up (a record was saved). */
function watchChanges(onChange: () => void): () => void {
  let previous: number | undefined;
  const sub = observe(
    pendingCount,
    (n) => {
      if (previous !== undefined && n > previous) onChange();
      previous = n;
    },
    () => {},
  );
  return () => sub.unsubscribe();
}

export function browserSchedulerEnv(): SchedulerEnv {
  return {
    async run() {
      await syncNow();
      return syncStatus.getState().state !== 'error';
    },
    online: () => navigator.onLine,
    visible: () => document.visibilityState === 'visible',
    now: () => Date.now(),
    random: Math.random,
    locks: (navigator as Partial<Navigator>).locks,
    wakeLater: () => void registerWakeUp(),
    watchChanges,
    window,
    document,
    serviceWorker: (navigator as Partial<Navigator>).serviceWorker,
  };
}
