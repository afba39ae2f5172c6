/** Observable sync status for the UI (zustand vanilla store: no Preact here). */
import { createStore } from 'zustand/vanilla';

export interface SyncStatus {
  state: 'idle' | 'syncing' | 'done' | 'error';
  /** Why the last sync failed: 'offline', 'timeout', 'server', or a rejected mutation's reason. */
  error: string | null;
  lastSyncedAt: string | null;
}

export const syncStatus = createStore<SyncStatus>(() => ({
  state: 'idle',
  error: null,
  lastSyncedAt: null,
}));
