import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { navigate } from '../../src/app/router';
import { db } from '../../src/db/db';
import {
  hasPin,
  loadLock,
  PIN_ITERATIONS,
  pinAttempts,
  removePin,
  setPin,
  verifyPin,
  waitAfter,
} from '../../src/db/pin';
import {
  IDLE_CHECK_MS,
  IDLE_LOCK_MS,
  lockState,
  pinChanged,
  restoreLock,
  unlockNow,
  watchLock,
} from '../../src/features/account/lock';
import { resetDb } from './reset-db';

beforeEach(async () => {
  await resetDb();
  // jsdom has no scrolling; navigate() scrolls to the top.
  vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
});

describe('PIN storage', () => {
  it('keeps a salted PBKDF2 hash, never the PIN, and checks it', async () => {
    await setPin('4821');
    expect(await hasPin()).toBe(true);
    const stored = JSON.stringify(await db.meta.get('pin'));
    expect(stored).not.toContain('4821');
    expect(PIN_ITERATIONS).toBeGreaterThanOrEqual(100_000);
    expect(await verifyPin('4821')).toEqual({ ok: true });
    expect(await verifyPin('4822')).toMatchObject({ ok: false, failures: 1 });
    await removePin();
    expect(await hasPin()).toBe(false);
  });

  it('uses a new random salt each time, so equal PINs are stored differently', async () => {
    await setPin('123456');
    const a = (await db.meta.get('pin'))?.value;
    await setPin('123456');
    const b = (await db.meta.get('pin'))?.value;
    expect(a).not.toEqual(b);
  });

  it('refuses a PIN that is not 4 to 6 digits', async () => {
    for (const bad of ['123', '1234567', '12a4', '']) await expect(setPin(bad)).rejects.toThrow();
  });

  it('waits 30 s after 5 wrong PINs, then twice as long each time, and remembers it', async () => {
    const t0 = Date.UTC(2026, 10, 24, 8);
    await setPin('2468', t0);
    for (let i = 1; i <= 4; i++)
      expect(await verifyPin('0000', t0)).toEqual({ ok: false, failures: i, blockedUntil: null });
    expect(await verifyPin('0000', t0)).toEqual({
      ok: false,
      failures: 5,
      blockedUntil: t0 + 30_000,
    });
    // While waiting even the right PIN is not checked, and nothing more is counted.
    expect(await verifyPin('2468', t0 + 29_000)).toMatchObject({ ok: false, failures: 5 });
    // The count is on the device: a reload (a new read) sees the same wait.
    expect(await pinAttempts()).toEqual({ failures: 5, blockedUntil: t0 + 30_000 });
    expect(await verifyPin('0000', t0 + 30_000)).toEqual({
      ok: false,
      failures: 6,
      blockedUntil: t0 + 30_000 + 60_000,
    });
    expect(waitAfter(7)).toBe(120_000);
    expect(waitAfter(40)).toBe(60 * 60_000);
    expect(await verifyPin('2468', t0 + 90_000)).toEqual({ ok: true });
    expect(await pinAttempts()).toEqual({ failures: 0, blockedUntil: null });
  });
});

describe('the lock', () => {
  let stop: (() => void) | undefined;
  afterEach(() => {
    stop?.();
    stop = undefined;
    vi.useRealTimers();
  });

  // Only the clock and intervals are faked: IndexedDB (fake-indexeddb) needs real timeouts.
  const fakeClock = () => vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });

  it('is off without a PIN', async () => {
    await restoreLock();
    expect(lockState.getState()).toEqual({ pinSet: false, locked: false });
  });

  it('locks after 5 minutes without a touch or key, and stores that it is locked', async () => {
    fakeClock();
    await setPin('2468');
    await restoreLock();
    expect(lockState.getState()).toEqual({ pinSet: true, locked: false });
    stop = watchLock();
    vi.advanceTimersByTime(IDLE_LOCK_MS - 60_000);
    window.dispatchEvent(new Event('pointerdown')); // a touch 4 minutes in restarts the wait
    vi.advanceTimersByTime(IDLE_LOCK_MS - IDLE_CHECK_MS);
    expect(lockState.getState().locked).toBe(false);
    vi.advanceTimersByTime(2 * IDLE_CHECK_MS);
    expect(lockState.getState().locked).toBe(true);
    await vi.waitFor(async () => expect((await loadLock())?.locked).toBe(true));
    // A reload does not get past it.
    await restoreLock();
    expect(lockState.getState().locked).toBe(true);
    await unlockNow();
    await restoreLock();
    expect(lockState.getState().locked).toBe(false);
  });

  it('locks a reopened app that was closed for longer than 5 minutes', async () => {
    const t0 = Date.now();
    await setPin('2468', t0);
    await restoreLock(t0 + 60_000);
    expect(lockState.getState().locked).toBe(false);
    await restoreLock(t0 + IDLE_LOCK_MS + 1);
    expect(lockState.getState().locked).toBe(true);
  });

  it('locks when the app comes back after being hidden for 5 minutes', async () => {
    fakeClock();
    await setPin('2468');
    await restoreLock();
    stop = watchLock();
    const visibility = vi.spyOn(document, 'visibilityState', 'get');
    visibility.mockReturnValue('hidden');
    document.dispatchEvent(new Event('visibilitychange'));
    // Hidden tabs' timers are throttled: only the clock moves.
    vi.setSystemTime(Date.now() + IDLE_LOCK_MS + 1000);
    visibility.mockReturnValue('visible');
    document.dispatchEvent(new Event('visibilitychange'));
    expect(lockState.getState().locked).toBe(true);
    visibility.mockRestore();
  });

  it('locks when the phone leaves resident mode, so a resident cannot get past it', async () => {
    await setPin('2468');
    await restoreLock();
    pinChanged(true);
    stop = watchLock();
    navigate('/sessions/abc/feedback/resident', { force: true });
    expect(lockState.getState().locked).toBe(false);
    navigate('/sessions/abc', { force: true });
    expect(lockState.getState().locked).toBe(true);
    await unlockNow();
    navigate('/', { force: true });
    expect(lockState.getState().locked).toBe(false);
  });

  it('never locks without a PIN', async () => {
    fakeClock();
    await restoreLock();
    stop = watchLock();
    vi.advanceTimersByTime(IDLE_LOCK_MS * 3);
    navigate('/feedback/resident', { force: true });
    navigate('/', { force: true });
    expect(lockState.getState().locked).toBe(false);
  });
});
