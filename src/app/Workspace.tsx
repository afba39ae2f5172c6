import { useEffect, useState } from 'preact/hooks';
import { DEMO_COMMUNE_CODE } from '../core/wire';
import { openStore } from '../db/db';
import { syncNow } from '../sync/sync-now';
import { BottomNav } from './BottomNav';
import { currentPath, listenToHistory, matchRoute } from './router';
import { Screen } from './Screen';
import { StorageUnavailable } from './StorageUnavailable';
import { SyncBar } from './SyncBar';
import { useStoreState } from './use-store';

/** Everything that needs the local store: opened first, with a clear message when it cannot be. */
export function Workspace() {
  const [store, setStore] = useState<'opening' | 'open' | 'unavailable'>('opening');
  const { path } = useStoreState(currentPath);
  useEffect(() => {
    void openStore().then((ok) => {
      setStore(ok ? 'open' : 'unavailable');
      // Online at start: send what is waiting and refresh the reference lists.
      if (ok && navigator.onLine) void syncNow(DEMO_COMMUNE_CODE);
    });
    return listenToHistory();
  }, []);
  if (store === 'opening') return null;
  if (store === 'unavailable') return <StorageUnavailable />;
  const route = matchRoute(path);
  // Resident mode: the phone is in a resident's hands, so no way around the app but "give back".
  const residentMode = route.name === 'residentMode';
  return (
    <>
      {!residentMode && <SyncBar />}
      <main class="screen">
        <Screen route={route} />
      </main>
      {!residentMode && <BottomNav route={route} />}
    </>
  );
}
