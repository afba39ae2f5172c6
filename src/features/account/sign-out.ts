/**
 * Signing out of this phone from the UI (Settings, or "forgot PIN" on the lock screen): the
 * tokens and the PIN go; every record and the outbox stay, and are sent after the next sign-in.
 */
import { removePin } from '../../db/pin';
import { signOut } from '../../sync/account-session';
import { syncStatus } from '../../sync/status';
import { pinChanged } from './lock';

export async function signOutOfPhone(): Promise<void> {
  await signOut();
  await removePin();
  pinChanged(false);
  syncStatus.setState({ state: 'idle', error: null, lastSyncedAt: null });
}
