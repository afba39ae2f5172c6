/** Registers the service worker and shows the update prompt when a new one is waiting. */
import { useRegisterSW } from 'virtual:pwa-register/preact';
import { UpdatePrompt } from './UpdatePrompt';

/**
 * Reload once the new worker has taken over. We listen ourselves because the plugin reloads only
 * for an "update" of the worker this page registered, not for one that arrives while the page that
 * first installed the app is still open (a phone that keeps the app open for days).
 */
function activateWaitingWorker(skipWaiting: () => Promise<void>): void {
  navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), {
    once: true,
  });
  void skipWaiting();
}

export function PwaUpdate() {
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW({ immediate: true, onNeedReload: () => {} });
  if (!needRefresh) return null;
  return (
    <UpdatePrompt
      onReload={() => activateWaitingWorker(() => updateServiceWorker(true))}
      onLater={() => setNeedRefresh(false)}
    />
  );
}
