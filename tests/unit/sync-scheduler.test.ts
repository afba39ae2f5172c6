import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_BACKOFF, intervalDelay, retryDelay } from '../../src/sync/backoff';
import {
  createSyncScheduler,
  type SchedulerEnv,
  type SyncScheduler,
} from '../../src/sync/scheduler';
import { withSyncLock } from '../../src/sync/tab-lock';
import { SYNC_WAKE_MESSAGE } from '../../src/sync/wake-message';

const MIN = 60_000;

describe('retryDelay', () => {
  it('doubles from 30 s up to the 30 min cap, jittered within [ceiling/2, ceiling]', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 60 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (n, r) => {
          const ceiling = Math.min(30 * MIN, 30_000 * 2 ** (n - 1));
          const d = retryDelay(n, () => r);
          expect(d).toBeGreaterThanOrEqual(Math.floor(ceiling / 2));
          expect(d).toBeLessThanOrEqual(ceiling);
        },
      ),
    );
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((n) => retryDelay(n, () => 1))).toEqual([
      30_000,
      MIN,
      2 * MIN,
      4 * MIN,
      8 * MIN,
      16 * MIN,
      30 * MIN,
      30 * MIN,
    ]);
    expect(retryDelay(3, () => 0)).toBe(MIN);
  });

  it('keeps the regular interval within ±10 % of 5 minutes', () => {
    expect(intervalDelay(() => 0)).toBe(4.5 * MIN);
    expect(intervalDelay(() => 1)).toBe(5.5 * MIN);
    expect(DEFAULT_BACKOFF.intervalMs).toBe(5 * MIN);
  });
});

describe('withSyncLock', () => {
  it('runs under the lock, skips when another tab holds it, and runs without a Locks API', async () => {
    const free = { request: vi.fn((_n, _o, cb) => cb({ name: 'hvs-sync' })) };
    expect(await withSyncLock(free as never, async () => 'ran')).toBe('ran');
    expect(free.request).toHaveBeenCalledWith('hvs-sync', { ifAvailable: true }, expect.anything());
    const held = { request: vi.fn((_n, _o, cb) => cb(null)) };
    const fn = vi.fn(async () => 'ran');
    expect(await withSyncLock(held as never, fn)).toBe('busy');
    expect(fn).not.toHaveBeenCalled();
    expect(await withSyncLock(undefined, async () => 'ran')).toBe('ran');
    const broken = {
      request: vi.fn(() => Promise.reject(new DOMException('no', 'SecurityError'))),
    };
    expect(await withSyncLock(broken as never, async () => 'ran')).toBe('ran');
  });

  it('passes a failure of the run through, without running it twice', async () => {
    const free = { request: (_n: string, _o: unknown, cb: (l: unknown) => unknown) => cb({}) };
    const fn = vi.fn(() => Promise.reject(new Error('server down')));
    await expect(withSyncLock(free as never, fn)).rejects.toThrow('server down');
    expect(fn).toHaveBeenCalledOnce();
  });
});

interface Harness {
  env: SchedulerEnv;
  run: ReturnType<typeof vi.fn<() => Promise<boolean>>>;
  wakeLater: ReturnType<typeof vi.fn>;
  state: { online: boolean; visible: boolean; random: number };
  change: () => void;
  setVisible: (v: boolean) => void;
  worker: EventTarget;
}

function harness(): Harness {
  const state = { online: true, visible: true, random: 1 };
  const run = vi.fn<() => Promise<boolean>>(async () => true);
  const wakeLater = vi.fn();
  let onChange = () => {};
  const doc = new EventTarget();
  const worker = new EventTarget();
  const env: SchedulerEnv = {
    run,
    online: () => state.online,
    visible: () => state.visible,
    now: () => Date.now(),
    random: () => state.random,
    locks: undefined,
    wakeLater,
    watchChanges: (cb) => {
      onChange = cb;
      return () => {
        onChange = () => {};
      };
    },
    window: new EventTarget(),
    document: doc,
    serviceWorker: worker,
  };
  return {
    env,
    run,
    wakeLater,
    state,
    change: () => onChange(),
    worker,
    setVisible(v) {
      state.visible = v;
      doc.dispatchEvent(new Event('visibilitychange'));
    },
  };
}

describe('sync scheduler', () => {
  let h: Harness;
  let scheduler: SyncScheduler | undefined;
  const start = () => {
    scheduler = createSyncScheduler(h.env);
    return scheduler;
  };
  const advance = (ms: number) => vi.advanceTimersByTimeAsync(ms);

  beforeEach(() => {
    vi.useFakeTimers();
    h = harness();
  });
  afterEach(() => {
    scheduler?.stop();
    vi.useRealTimers();
  });

  it('syncs at start when online, then every 5 minutes (±10 %) while on screen', async () => {
    start();
    await advance(0);
    expect(h.run).toHaveBeenCalledTimes(1);
    await advance(5.5 * MIN - 1); // random() = 1: the longest interval
    expect(h.run).toHaveBeenCalledTimes(1);
    await advance(1);
    expect(h.run).toHaveBeenCalledTimes(2);
  });

  it('does not sync at start when offline, asks for a wake-up, and syncs on the online event', async () => {
    h.state.online = false;
    start();
    await advance(0);
    expect(h.run).not.toHaveBeenCalled();
    expect(h.wakeLater).toHaveBeenCalled();
    h.state.online = true;
    h.env.window.dispatchEvent(new Event('online'));
    await advance(0);
    expect(h.run).toHaveBeenCalledTimes(1);
  });

  it('backs off exponentially after failures and goes back to the interval after a success', async () => {
    h.run.mockResolvedValue(false);
    start();
    await advance(0);
    const times: number[] = [];
    let last = Date.now();
    h.run.mockImplementation(async () => {
      times.push(Date.now() - last);
      last = Date.now();
      return false;
    });
    await advance(30_000 + MIN + 2 * MIN + 4 * MIN);
    expect(times).toEqual([30_000, MIN, 2 * MIN, 4 * MIN]);
    expect(h.wakeLater).toHaveBeenCalledTimes(5);
    // A success resets the count: the next run is a regular interval away, not 16 minutes.
    h.run.mockImplementation(async () => {
      times.push(Date.now() - last);
      last = Date.now();
      return true;
    });
    await advance(8 * MIN);
    await advance(5.5 * MIN);
    expect(times.slice(4)).toEqual([8 * MIN, 5.5 * MIN]);
  });

  it('never waits more than 30 minutes, and jitters each wait within its bounds', async () => {
    h.state.random = 0.5; // each wait is 3/4 of its step
    const gaps: number[] = [];
    let last = Date.now();
    h.run.mockImplementation(async () => {
      gaps.push(Date.now() - last);
      last = Date.now();
      return false;
    });
    start();
    for (let i = 0; i < 10; i++) await advance(30 * MIN);
    const step = [30_000, MIN, 2 * MIN, 4 * MIN, 8 * MIN, 16 * MIN, 30 * MIN, 30 * MIN, 30 * MIN];
    expect(gaps.slice(1, 10)).toEqual(step.map((s) => s * 0.75));
  });

  it('counts a thrown run as a failure', async () => {
    h.run.mockRejectedValue(new Error('boom'));
    const s = start();
    await advance(0);
    expect(await s.trigger('manual')).toBe('failed');
  });

  it('stops the timer while the app is hidden and syncs on return after the minimum gap', async () => {
    start();
    await advance(0);
    h.setVisible(false);
    expect(h.wakeLater).toHaveBeenCalledTimes(1);
    await advance(60 * MIN);
    expect(h.run).toHaveBeenCalledTimes(1);
    h.setVisible(true);
    await advance(0);
    expect(h.run).toHaveBeenCalledTimes(2);
    // Back within 30 s: no new run, but the timer resumes.
    h.setVisible(false);
    await advance(10_000);
    h.setVisible(true);
    await advance(0);
    expect(h.run).toHaveBeenCalledTimes(2);
    await advance(5.5 * MIN);
    expect(h.run).toHaveBeenCalledTimes(3);
  });

  it('ignores a flapping connection within 30 seconds of the last run', async () => {
    start();
    await advance(0);
    h.env.window.dispatchEvent(new Event('online'));
    await advance(0);
    expect(h.run).toHaveBeenCalledTimes(1);
    await advance(30_000);
    h.env.window.dispatchEvent(new Event('online'));
    await advance(0);
    expect(h.run).toHaveBeenCalledTimes(2);
  });

  it('sends a burst of local changes in one run, after 5 seconds of quiet', async () => {
    start();
    await advance(0);
    for (let i = 0; i < 5; i++) {
      h.change();
      await advance(1_000);
    }
    expect(h.run).toHaveBeenCalledTimes(1);
    await advance(5_000);
    expect(h.run).toHaveBeenCalledTimes(2);
  });

  it('runs once more when a change arrives during a run', async () => {
    let finish: (ok: boolean) => void = () => {};
    h.run.mockImplementationOnce(() => new Promise((r) => (finish = r)));
    const s = start();
    await advance(0);
    void s.trigger('manual'); // joins the running sync
    expect(h.run).toHaveBeenCalledTimes(1);
    finish(true);
    await advance(0);
    expect(h.run).toHaveBeenCalledTimes(2);
  });

  it('a local change while offline asks the browser for a wake-up instead', async () => {
    start();
    await advance(0);
    h.state.online = false;
    h.wakeLater.mockClear();
    h.change();
    await advance(5_000);
    expect(h.run).toHaveBeenCalledTimes(1);
    expect(h.wakeLater).toHaveBeenCalledOnce();
  });

  it('skips when another tab holds the lock, without counting a failure', async () => {
    h.env.locks = { request: vi.fn((_n, _o, cb) => cb(null)) } as never;
    const s = start();
    await advance(0);
    expect(h.run).not.toHaveBeenCalled();
    expect(await s.trigger('manual')).toBe('skipped');
    expect(h.wakeLater).not.toHaveBeenCalled();
  });

  it('answers a Background Sync wake-up from the service worker', async () => {
    start();
    await advance(0);
    const reply = () =>
      new Promise<unknown>((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = (e) => {
          channel.port1.close();
          resolve(e.data);
        };
        h.worker.dispatchEvent(
          new MessageEvent('message', {
            data: { type: SYNC_WAKE_MESSAGE },
            ports: [channel.port2],
          }),
        );
      });
    await advance(MIN);
    vi.useRealTimers(); // MessagePort delivery is a real task
    expect(await reply()).toEqual({ ok: true });
    expect(h.run).toHaveBeenCalledTimes(2);
    // Failing: the browser is told so it retries on its own schedule; no wake-up re-registered.
    h.run.mockResolvedValue(false);
    h.wakeLater.mockClear();
    expect(await reply()).toEqual({ ok: false });
    expect(h.wakeLater).not.toHaveBeenCalled();
    // While backing off, a wake-up does not hammer the server.
    expect(await reply()).toEqual({ ok: false });
    expect(h.run).toHaveBeenCalledTimes(3);
  });

  it('stops listening when stopped', async () => {
    const s = start();
    await advance(0);
    s.stop();
    h.env.window.dispatchEvent(new Event('online'));
    h.change();
    await advance(60 * MIN);
    expect(h.run).toHaveBeenCalledTimes(1);
    expect(await s.trigger('manual')).toBe('skipped');
  });
});
