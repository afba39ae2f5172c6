/**
 * One sync run as the signed-in account: push the outbox, pull the changes after this phone's
 * cursor, then refresh reference data (villages, volunteers). Does nothing while signed out or
 * revoked. Runs one at a time per tab (the scheduler also keeps other tabs out); the status store
 * tells the UI what happened.
 */

import { getAccount } from '../db/account';
import { SyncHttpError } from './http';
import { pullChanges } from './pull';
import { pullReference } from './pull-reference';
import { pushOutbox } from './push';
import { syncStatus } from './status';

let running: Promise<void> | null = null;

export function syncNow(): Promise<void> {
  running ??= run().finally(() => {
    running = null;
  });
  return running;
}

async function run(): Promise<void> {
  const account = await getAccount();
  if (!account || account.revoked) return;
  syncStatus.setState({ state: 'syncing', error: null });
  try {
    await pushOutbox();
    await pullChanges();
    await pullReference(account.user.communeCode);
    syncStatus.setState({ state: 'done', lastSyncedAt: new Date().toISOString() });
  } catch (err) {
    syncStatus.setState({
      state: 'error',
      error: err instanceof SyncHttpError ? err.kind : 'server',
    });
  }
}
