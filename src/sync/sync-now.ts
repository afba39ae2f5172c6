/**
 * One sync run as the signed-in account: push the outbox, pull the changes after this phone's
 * cursor, then refresh reference data (villages, volunteers). A family phone with learner profiles
 * and nobody signed in syncs as a learner device: its learners' progress up, village names down.
 * Both then fetch newly published lessons. Does nothing while signed out (with no learners) or
 * revoked. Runs one at a time per tab (the scheduler also keeps other tabs out); the status store
 * tells the UI what happened.
 */

import { getAccount } from '../db/account';
import { takeContentCheck } from '../db/content-packages';
import { learnerCommune } from '../db/learner-commune';
import { LEARNING_MUTATIONS } from '../db/outbox';
import { hasProfiles } from '../db/profiles';
import { SyncHttpError } from './http';
import { learnerJson } from './learner-auth';
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
  const learnerDevice = !account && (await hasProfiles());
  if (!learnerDevice && (!account || account.revoked)) return;
  syncStatus.setState({ state: 'syncing', error: null });
  try {
    if (account) {
      await pushOutbox();
      await pullChanges();
      await pullReference(account.user.communeCode);
    } else {
      await pushOutbox(learnerJson, LEARNING_MUTATIONS);
      await pullReference(await learnerCommune(), learnerJson);
    }
    // New lessons published by the server, twice a day at most; a failure is not a failed sync.
    if (await takeContentCheck())
      await import('./content-updates').then((m) => m.updateContent()).catch(() => undefined);
    syncStatus.setState({ state: 'done', lastSyncedAt: new Date().toISOString() });
  } catch (err) {
    syncStatus.setState({
      state: 'error',
      error: err instanceof SyncHttpError ? err.kind : 'server',
    });
  }
}
