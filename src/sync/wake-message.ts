/**
 * The names the page and the service worker share for Background Sync. The worker holds no queue:
 * on the browser's `sync` event it only asks open pages to run a sync (the outbox lives in
 * IndexedDB, written and sent by the page).
 */

/** The Background Sync tag, and the Web Lock that lets one tab sync at a time. */
export const SYNC_TAG = 'hvs-sync';

/** Message the worker posts to pages; a page answers on the message port with SyncWakeReply. */
export const SYNC_WAKE_MESSAGE = 'hvs-sync-wake';

export interface SyncWakeReply {
  /** False when the page could not sync (offline, server down): the browser retries later. */
  ok: boolean;
}
