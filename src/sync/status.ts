/** Observable sync status for the UI (zustand vanilla store: no Preact here). */
import { createStore } from 'zustand/vanilla';
import type { SyncErrorKind } from './http';

export interface SyncStatus {
  state: 'idle' | 'syncing' | 'done' | 'error';
  /**
   * Why the last sync failed. 'revoked' is also kept on the stored account, so its message stays
   * after a reload; 'unauthenticated' means the phone was signed out (the sign-in screen shows).
   */
  error: SyncErrorKind | null;
  lastSyncedAt: string | null;
}

export const syncStatus = createStore<SyncStatus>(() => ({
  state: 'idle',
  error: null,
  lastSyncedAt: null,
}));
