/** Registers the service worker and shows the update prompt when a new one is waiting. */
import { useRegisterSW } from 'virtual:pwa-register/preact';
import { UpdatePrompt } from './UpdatePrompt';

export function PwaUpdate() {
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW({ immediate: true });
  if (!needRefresh) return null;
  return (
    <UpdatePrompt
      onReload={() => void updateServiceWorker(true)}
      onLater={() => setNeedRefresh(false)}
    />
  );
}
