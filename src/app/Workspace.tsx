import { useEffect, useState } from 'preact/hooks';
import { DEMO_COMMUNE_CODE } from '../core/wire';
import { openStore } from '../db/db';
import { SessionsScreen } from '../features/sessions/SessionsScreen';
import { syncNow } from '../sync/sync-now';
import { StorageUnavailable } from './StorageUnavailable';
import { SyncBar } from './SyncBar';

/** Everything that needs the local store: opened first, with a clear message when it cannot be. */
export function Workspace() {
  const [store, setStore] = useState<'opening' | 'open' | 'unavailable'>('opening');
  useEffect(() => {
    void openStore().then((ok) => {
      setStore(ok ? 'open' : 'unavailable');
      // Online at start: send what is waiting and refresh the village list.
      if (ok && navigator.onLine) void syncNow(DEMO_COMMUNE_CODE);
    });
  }, []);
  if (store === 'opening') return null;
  if (store === 'unavailable') return <StorageUnavailable />;
  return (
    <>
      <SyncBar />
      <main class="screen">
        <SessionsScreen communeCode={DEMO_COMMUNE_CODE} />
      </main>
    </>
  );
}
