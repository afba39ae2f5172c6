/**
 * When the app is locked by its PIN: after 5 minutes without a touch or key, when it comes back
 * after being hidden or closed for that long, and when the phone leaves resident mode (a resident
 * must not get past "give back" without the PIN). A small store the workspace reads before showing
 * anything; the lock screen itself is a lazy chunk. The lock and the last activity are stored (see
 * src/db/pin.ts), so a reload cannot skip it.
 */
import { createStore } from 'zustand/vanilla';
import { currentPath, matchRoute } from '../../app/router';
import { hasPin, loadLock, saveLock } from '../../db/pin';

export const IDLE_LOCK_MS = 5 * 60_000;
/** How often the idle check runs, and at most how often activity is written to the device. */
export const IDLE_CHECK_MS = 15_000;
const SAVE_ACTIVITY_EVERY_MS = 30_000;

export interface LockState {
  pinSet: boolean;
  locked: boolean;
}

export const lockState = createStore<LockState>(() => ({ pinSet: false, locked: false }));

let lastActive = Date.now();
let lastSaved = 0;

/** Reads the stored lock at start: locked if it was, or if the app was unused for too long. */
export async function restoreLock(now = Date.now()): Promise<void> {
  const pinSet = await hasPin();
  lastActive = now;
  if (!pinSet) {
    lockState.setState({ pinSet: false, locked: false });
    return;
  }
  const stored = await loadLock();
  const locked = !stored || stored.locked || now - stored.lastActiveAt >= IDLE_LOCK_MS;
  lockState.setState({ pinSet, locked });
  if (locked) await saveLock({ locked: true, lastActiveAt: stored?.lastActiveAt ?? now });
}

/** Locks now (when a PIN is set); the lock screen replaces every screen at once. */
export function lockNow(): Promise<void> {
  const { pinSet, locked } = lockState.getState();
  if (!pinSet || locked) return Promise.resolve();
  lockState.setState({ locked: true });
  return saveLock({ locked: true, lastActiveAt: lastActive });
}

/** After the right PIN (or a password sign-in): unlocked, and in use from now. */
export function unlockNow(now = Date.now()): Promise<void> {
  lastActive = now;
  lastSaved = now;
  const { pinSet } = lockState.getState();
  lockState.setState({ locked: false });
  return pinSet ? saveLock({ locked: false, lastActiveAt: now }) : Promise.resolve();
}

/** The PIN was set, changed or removed in Settings. */
export function pinChanged(pinSet: boolean, now = Date.now()): void {
  lastActive = now;
  lockState.setState({ pinSet, locked: false });
}

function noteActivity(): void {
  const now = Date.now();
  lastActive = now;
  const { pinSet, locked } = lockState.getState();
  if (pinSet && !locked && now - lastSaved >= SAVE_ACTIVITY_EVERY_MS) {
    lastSaved = now;
    void saveLock({ locked: false, lastActiveAt: now });
  }
}

function lockIfIdle(): void {
  if (Date.now() - lastActive >= IDLE_LOCK_MS) void lockNow();
}

function onVisibility(): void {
  const { pinSet, locked } = lockState.getState();
  if (!pinSet || locked) return;
  // Hidden: record the last activity, since the phone may close the app without warning.
  if (document.visibilityState === 'hidden')
    void saveLock({ locked: false, lastActiveAt: lastActive });
  else lockIfIdle();
}

const isResidentMode = (path: string) => matchRoute(path).name === 'residentMode';

/** Watches touches, keys, visibility and leaving resident mode; returns the cleanup. */
export function watchLock(): () => void {
  const activity = ['pointerdown', 'keydown', 'touchstart'] as const;
  for (const e of activity) window.addEventListener(e, noteActivity, { passive: true });
  document.addEventListener('visibilitychange', onVisibility);
  const timer = setInterval(lockIfIdle, IDLE_CHECK_MS);
  // Synchronous with the navigation, so the screen behind resident mode is never drawn unlocked.
  let path = currentPath.getState().path;
  const stopRoutes = currentPath.subscribe((next) => {
    if (isResidentMode(path) && !isResidentMode(next.path)) void lockNow();
    path = next.path;
  });
  return () => {
    for (const e of activity) window.removeEventListener(e, noteActivity);
    document.removeEventListener('visibilitychange', onVisibility);
    clearInterval(timer);
    stopRoutes();
  };
}
