/**
 * One sync run: push the outbox, then refresh reference data (villages, volunteers). Runs one at a time per tab; the
 * status store tells the UI what happened. (The sync issue adds pull, triggers and tab locking.)
 */

import { SyncHttpError } from './http';
import { pullReference } from './pull-reference';
import { pushOutbox } from './push';
import { syncStatus } from './status';

let running: Promise<void> | null = null;

export function syncNow(communeCode: string): Promise<void> {
  running ??= run(communeCode).finally(() => {
    running = null;
  });
  return running;
}

async function run(communeCode: string): Promise<void> {
  syncStatus.setState({ state: 'syncing', error: null });
  try {
    await pushOutbox(communeCode);
    await pullReference(communeCode);
    syncStatus.setState({ state: 'done', lastSyncedAt: new Date().toISOString() });
  } catch (err) {
    syncStatus.setState({
      state: 'error',
      error: err instanceof SyncHttpError ? err.kind : 'server',
    });
  }
}
