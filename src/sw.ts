/**
 * The service worker (built by vite-plugin-pwa, injectManifest): wiring only. It precaches the app
 * shell, answers navigations with index.html so the app opens offline (never for /api/), and takes
 * over only when the page asks (the update prompt), so it never reloads a page by itself. On a
 * Background Sync wake-up it asks the open pages to sync; it holds no queue of its own.
 */
import { clientsClaim } from 'workbox-core';
import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  precacheAndRoute,
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { SYNC_TAG, SYNC_WAKE_MESSAGE, type SyncWakeReply } from './sync/wake-message';

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: Array<string | { url: string; revision: string | null }>;
};

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();
registerRoute(
  new NavigationRoute(createHandlerBoundToURL('index.html'), { denylist: [/^\/api\//] }),
);

self.addEventListener('message', (event) => {
  if (event.data?.type === 'SKIP_WAITING') void self.skipWaiting();
});
/** Background Sync (Chromium only) is not in TypeScript's worker types. */
interface SyncEvent extends ExtendableEvent {
  readonly tag: string;
}

/** Under the browser's limit for one sync event (about 3 minutes in Chrome). */
const WAKE_ANSWER_MS = 120_000;

/** Asks one page to sync; true when it says it did (or another tab was doing it). */
function askToSync(page: Client): Promise<boolean> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    const timeout = setTimeout(() => resolve(false), WAKE_ANSWER_MS);
    channel.port1.onmessage = (e: MessageEvent<SyncWakeReply>) => {
      clearTimeout(timeout);
      resolve(e.data?.ok === true);
    };
    page.postMessage({ type: SYNC_WAKE_MESSAGE }, [channel.port2]);
  });
}

self.addEventListener('sync', (event) => {
  const e = event as SyncEvent;
  if (e.tag !== SYNC_TAG) return;
  e.waitUntil(
    (async () => {
      // With no page open there is nothing to do: the outbox is the page's, sent at the next start.
      const pages = await self.clients.matchAll({ type: 'window' });
      if (pages.length === 0) return;
      const answers = await Promise.all(pages.map(askToSync));
      // Failing the event makes the browser try again later, on its own backoff.
      if (!answers.some(Boolean)) throw new Error('no page could sync');
    })(),
  );
});

// First install: control the open page at once so it works offline without a second visit.
clientsClaim();
