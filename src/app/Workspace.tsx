import { useEffect, useState } from 'preact/hooks';
import { accountSummary } from '../db/account';
import { openStore } from '../db/db';
import { lockState, restoreLock, watchLock } from '../features/account/lock';
import { withReportStrings } from '../features/reports/strings';
import { useT } from '../i18n';
import { startSyncScheduler } from '../sync/scheduler';
import { AccountContext, useAccount } from './account-context';
import { BottomNav } from './BottomNav';
import { Lazy } from './Lazy';
import { currentPath, isLearnRoute, listenToHistory, matchRoute, navigate } from './router';
import { Screen } from './Screen';
import { StorageUnavailable } from './StorageUnavailable';
import { SyncBar } from './SyncBar';
import { useLive } from './use-live';
import { useStoreState } from './use-store';

const account = () => import('../features/account/screens');

/**
 * Everything that needs the local store: opened first, with a clear message when it cannot be.
 * Then the account decides what shows: the sign-in screen when nobody is signed in on this phone,
 * the PIN lock when locked, else the app. A stored account goes straight in, with no network.
 */
export function Workspace() {
  const [store, setStore] = useState<'opening' | 'open' | 'unavailable'>('opening');
  useEffect(() => {
    let mounted = true;
    let stopSync: (() => void) | undefined;
    void openStore().then(async (ok) => {
      if (ok) await restoreLock();
      setStore(ok ? 'open' : 'unavailable');
      // Automatic sync (at start when online, back online, back on screen, after a change, on a
      // timer with backoff, Background Sync): src/sync/scheduler.ts. Signed out, a run does nothing.
      if (ok && mounted) stopSync = startSyncScheduler();
    });
    const stopHistory = listenToHistory();
    const stopLock = watchLock();
    return () => {
      mounted = false;
      stopSync?.();
      stopHistory();
      stopLock();
    };
  }, []);
  if (store === 'opening') return null;
  if (store === 'unavailable') return <StorageUnavailable />;
  return <SignedInOnly />;
}

const learn = () => import('../features/learn/LearnArea');
const reminder = withReportStrings(() => import('../features/reports/annual/ReportReminder'));

function SignedInOnly() {
  const me = useLive(accountSummary);
  const { locked } = useStoreState(lockState);
  const { path } = useStoreState(currentPath);
  const route = matchRoute(path);
  // Residents learn on a family phone with nobody signed in; a volunteer's phone handed to a
  // resident shows the same area, with none of the volunteer's records.
  if (isLearnRoute(route))
    return <Lazy id="learn" load={learn} render={(m) => <m.LearnArea route={route} />} />;
  if (me === undefined) return null;
  if (me === null)
    return (
      <main class="screen">
        <LearnEntry />
        <Lazy id="account" load={account} render={(m) => <m.SignInScreen />} />
      </main>
    );
  // Nothing of the app is drawn behind the lock, so nothing can be read around it.
  if (locked)
    return (
      <main class="screen">
        <Lazy id="account" load={account} render={(m) => <m.PinLockScreen />} />
      </main>
    );
  return (
    <AccountContext.Provider value={me}>
      <App />
    </AccountContext.Provider>
  );
}

/** A phone with no volunteer signed in is most often a resident's: learning comes first. */
function LearnEntry() {
  const t = useT();
  return (
    <a
      class="card card-link learn-entry"
      href="/learn"
      onClick={(e) => {
        e.preventDefault();
        navigate('/learn');
      }}
    >
      <strong>🎓 {t('learn.entryTitle')}</strong>
      <span>{t('learn.entryHint')}</span>
    </a>
  );
}

function App() {
  const { path } = useStoreState(currentPath);
  const route = matchRoute(path);
  // Resident mode: the phone is in a resident's hands, so no way around the app but "give back".
  const residentMode = route.name === 'residentMode';
  // Only administrators send the report; its own screen has its "mark as sent".
  const remind = useAccount().user.role === 'admin' && route.name !== 'reportsAnnual';
  return (
    <>
      {!residentMode && <SyncBar />}
      <main class="screen">
        {!residentMode && remind && (
          <Lazy id="reminder" load={reminder} render={(m) => <m.ReportReminder />} />
        )}
        <Screen route={route} />
      </main>
      {!residentMode && <BottomNav route={route} />}
    </>
  );
}
