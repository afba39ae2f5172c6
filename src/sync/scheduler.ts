/**
 * When sync runs, without anyone pressing a button: at app start, when the phone comes back online,
 * when the app comes back on screen, soon after a local change, on a regular timer while the app is
 * on screen (backing off exponentially, with jitter, while sync fails), and when the browser wakes
 * the app through Background Sync. One tab syncs at a time (tab-lock.ts). No Preact here: the
 * workspace starts it (startSyncScheduler) and stops it when it unmounts.
 *
 * The scheduler only decides *when*; a run is `syncNow()` (sync-now.ts). Its state is the failure
 * count and the time the next automatic run is due; nothing is stored — after a reload, the start
 * trigger tries again at once, which is what a volunteer who reopened the app wants.
 */
import { type BackoffOptions, DEFAULT_BACKOFF, intervalDelay, retryDelay } from './backoff';
import { browserSchedulerEnv } from './scheduler-env';
import { syncNow } from './sync-now';
import { type LockRequest, withSyncLock } from './tab-lock';
import { SYNC_WAKE_MESSAGE, type SyncWakeReply } from './wake-message';

export type SyncTrigger = 'start' | 'online' | 'visible' | 'timer' | 'change' | 'wake' | 'manual';

/** 'skipped': another tab is syncing, or it was too soon after the last run (see `tooSoon`). */
export type SyncOutcome = 'ok' | 'failed' | 'offline' | 'skipped';

export interface SchedulerEnv {
  /** One sync run; true when it succeeded. */
  run(): Promise<boolean>;
  online(): boolean;
  visible(): boolean;
  now(): number;
  random(): number;
  /** navigator.locks, when the browser has it. */
  locks: LockRequest | undefined;
  /** Asks the browser for a Background Sync wake-up if something is waiting to be sent. */
  wakeLater(): void;
  /** Calls back after a local change is queued for sync; returns the unsubscribe. */
  watchChanges(onChange: () => void): () => void;
  /** Where `online` (window), `visibilitychange` (document) and worker messages arrive. */
  window: EventTarget;
  document: EventTarget;
  serviceWorker: EventTarget | undefined;
}

export interface SchedulerOptions extends BackoffOptions {
  /** `online` and `visible` do not start a run sooner than this after the previous one. */
  minGapMs: number;
  /** A local change is sent after this much quiet (a burst of attendance ticks goes in one push). */
  changeDelayMs: number;
}

export const DEFAULT_SCHEDULER_OPTIONS: SchedulerOptions = {
  ...DEFAULT_BACKOFF,
  minGapMs: 30_000,
  changeDelayMs: 5_000,
};

export interface SyncScheduler {
  /** Runs a sync now unless the rules say not to; resolves with what happened. */
  trigger(reason: SyncTrigger): Promise<SyncOutcome>;
  stop(): void;
}

export function createSyncScheduler(
  env: SchedulerEnv,
  options: Partial<SchedulerOptions> = {},
): SyncScheduler {
  const o = { ...DEFAULT_SCHEDULER_OPTIONS, ...options };
  let failures = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let changeTimer: ReturnType<typeof setTimeout> | undefined;
  let dueAt = env.now();
  let lastRunAt = Number.NEGATIVE_INFINITY;
  let running: Promise<SyncOutcome> | null = null;
  /** A change (or a tap) arrived during a run: run once more after it, so it does not wait. */
  let again = false;
  let stopped = false;

  const nextDelay = () =>
    failures > 0 ? retryDelay(failures, env.random, o) : intervalDelay(env.random, o);

  /** The timer runs only while the app is on screen; `dueAt` remembers when it would fire. */
  function arm(delay: number): void {
    clearTimeout(timer);
    timer = undefined;
    dueAt = env.now() + delay;
    if (stopped || !env.visible()) return;
    timer = setTimeout(() => {
      timer = undefined;
      void trigger('timer');
    }, delay);
  }

  /**
   * Coming online or on screen does not run again within `minGapMs` (a flapping 2G signal); while
   * backing off, only the timer, coming online, app start and a tap run — not every change, return
   * to the app or browser wake-up, which would hammer a server that is down.
   */
  function tooSoon(reason: SyncTrigger): boolean {
    const now = env.now();
    const backingOff = failures > 0 && now < dueAt;
    if (reason === 'online') return now - lastRunAt < o.minGapMs;
    if (reason === 'visible') return now - lastRunAt < o.minGapMs || backingOff;
    if (reason === 'change' || reason === 'wake') return backingOff;
    return false;
  }

  async function attempt(reason: SyncTrigger): Promise<SyncOutcome> {
    clearTimeout(timer);
    timer = undefined;
    lastRunAt = env.now();
    let outcome: SyncOutcome;
    try {
      const result = await withSyncLock(env.locks, env.run);
      outcome = result === 'busy' ? 'skipped' : result ? 'ok' : 'failed';
    } catch {
      outcome = 'failed';
    }
    if (outcome === 'ok') failures = 0;
    if (outcome === 'failed') {
      failures += 1;
      // A browser wake-up answers "failed" instead, so the browser retries on its own schedule.
      if (reason !== 'wake') env.wakeLater();
    }
    if (!stopped) arm(nextDelay());
    return outcome;
  }

  function trigger(reason: SyncTrigger): Promise<SyncOutcome> {
    if (stopped) return Promise.resolve('skipped');
    if (running) {
      if (reason === 'change' || reason === 'manual') again = true;
      return running;
    }
    if (!env.online()) {
      // Ask the browser to wake us when the signal is back (the page may be closed by then).
      env.wakeLater();
      if (!timer) arm(nextDelay());
      return Promise.resolve('offline');
    }
    if (tooSoon(reason)) {
      if (!timer) arm(Math.max(0, dueAt - env.now()));
      return Promise.resolve('skipped');
    }
    const run = attempt(reason);
    running = run;
    void run.then((outcome) => {
      running = null;
      const rerun = again && outcome === 'ok';
      again = false;
      if (rerun) void trigger('change');
    });
    return run;
  }

  const onOnline = () => void trigger('online');
  const onVisibility = () => {
    if (env.visible()) {
      void trigger('visible');
      return;
    }
    clearTimeout(timer);
    timer = undefined;
    // Leaving the app with records unsent: the browser may send them after the page is gone.
    env.wakeLater();
  };
  const onChange = () => {
    clearTimeout(changeTimer);
    changeTimer = setTimeout(() => void trigger('change'), o.changeDelayMs);
  };
  const onWorkerMessage = (e: Event) => {
    const { data, ports } = e as MessageEvent;
    if (data?.type !== SYNC_WAKE_MESSAGE) return;
    void trigger('wake').then((outcome) => {
      const reply: SyncWakeReply = { ok: outcome === 'ok' || (outcome === 'skipped' && !failures) };
      ports[0]?.postMessage(reply);
    });
  };

  env.window.addEventListener('online', onOnline);
  env.document.addEventListener('visibilitychange', onVisibility);
  env.serviceWorker?.addEventListener('message', onWorkerMessage);
  const stopWatching = env.watchChanges(onChange);
  void trigger('start');

  return {
    trigger,
    stop() {
      stopped = true;
      clearTimeout(timer);
      clearTimeout(changeTimer);
      env.window.removeEventListener('online', onOnline);
      env.document.removeEventListener('visibilitychange', onVisibility);
      env.serviceWorker?.removeEventListener('message', onWorkerMessage);
      stopWatching();
    },
  };
}

let active: SyncScheduler | null = null;

/** Starts the scheduler with the browser's events; returns the stop function. */
export function startSyncScheduler(options: Partial<SchedulerOptions> = {}): () => void {
  const scheduler = createSyncScheduler(browserSchedulerEnv(), options);
  active = scheduler;
  return () => {
    scheduler.stop();
    if (active === scheduler) active = null;
  };
}

/**
 * "Đồng bộ ngay" and other explicit requests: through the scheduler when it runs (tab lock, backoff
 * reset on success), else straight to syncNow.
 */
export async function requestSync(): Promise<SyncOutcome> {
  if (active) return active.trigger('manual');
  await syncNow();
  return 'ok';
}
