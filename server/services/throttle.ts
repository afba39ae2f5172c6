/**
 * Rate limiting for sign-in and invite redemption: lockout with exponential backoff, per key.
 *
 * Keys name who is guessing: `ip:1.2.3.4` and `phone:0900000011`. A request is checked against all
 * its keys (refused while any is locked) and a failure counts against all of them, so guessing many
 * phones from one address and one phone from many addresses are both slowed. The first
 * `freeFailures` failures of a key cost nothing; each further one locks the key for
 * baseLock·2^(failures beyond the free ones − 1), capped at maxLock. A key starts again from zero
 * once `forgetAfterSeconds` have passed since its last failure or, if later, the end of its lock
 * (so waiting out the longest lock does not reset the backoff).
 *
 * One throttle serves both endpoints (alternating them earns no extra guesses). `freeFailures` may
 * depend on the key: an IP gets more (a village hall or a mobile carrier puts many people behind one
 * NAT address) than a phone number; `createAuthThrottle` is that set-up. Call `succeed` with the
 * phone key only: clearing the IP on a success would let someone holding one valid account reset
 * their address's count between guesses at other accounts; the IP count fades with time instead.
 *
 * In memory on purpose: checking and refusing never touches the database, and a restart forgives
 * everyone (acceptable: the backoff resumes after a few failures). With several server instances
 * each keeps its own counts, so put a shared limiter at the reverse proxy as well. The map never
 * holds more than `maxKeys` keys (least recently failed evicted first), so a flood of made-up
 * phone numbers cannot exhaust memory.
 */

export interface ThrottleOptions {
  freeFailures?: number | ((key: string) => number);
  baseLockSeconds?: number;
  maxLockSeconds?: number;
  forgetAfterSeconds?: number;
  maxKeys?: number;
  now?: () => number;
}

export interface Throttle {
  /** Seconds until every key may try again; 0 when allowed now. Changes nothing. */
  retryAfter(keys: string[]): number;
  /** Records one failed attempt against each key. */
  fail(keys: string[]): void;
  /** Forgets the keys' failures. */
  succeed(keys: string[]): void;
}

interface Entry {
  failures: number;
  lastFailure: number;
  lockedUntil: number;
}

export function createThrottle(opts: ThrottleOptions = {}): Throttle {
  const {
    freeFailures = 5,
    baseLockSeconds = 30,
    maxLockSeconds = 3600,
    forgetAfterSeconds = 3600,
    maxKeys = 50_000,
    now = () => Date.now(),
  } = opts;
  const free = typeof freeFailures === 'function' ? freeFailures : () => freeFailures;
  const entries = new Map<string, Entry>();

  /** The key's entry, unless it has been forgotten (counted from the end of its lock, if any). */
  const current = (key: string, t: number): Entry | undefined => {
    const e = entries.get(key);
    if (e && t - Math.max(e.lastFailure, e.lockedUntil) >= forgetAfterSeconds * 1000) {
      entries.delete(key);
      return undefined;
    }
    return e;
  };

  return {
    retryAfter(keys) {
      const t = now();
      let waitMs = 0;
      for (const key of keys) waitMs = Math.max(waitMs, (current(key, t)?.lockedUntil ?? 0) - t);
      return Math.ceil(waitMs / 1000);
    },
    fail(keys) {
      const t = now();
      for (const key of new Set(keys)) {
        const e = current(key, t) ?? { failures: 0, lastFailure: t, lockedUntil: 0 };
        e.failures += 1;
        e.lastFailure = t;
        const extra = e.failures - free(key);
        if (extra > 0)
          e.lockedUntil = t + Math.min(baseLockSeconds * 2 ** (extra - 1), maxLockSeconds) * 1000;
        entries.delete(key); // re-insert: Map order is then least recently failed first
        entries.set(key, e);
      }
      for (const oldest of entries.keys()) {
        if (entries.size <= maxKeys) break;
        entries.delete(oldest);
      }
    },
    succeed(keys) {
      for (const key of keys) entries.delete(key);
    },
  };
}

/** IP addresses are shared (NAT): more free failures than a single phone number. */
export const IP_FREE_FAILURES = 20;
export const PHONE_FREE_FAILURES = 5;

/** The sign-in and invite-redemption throttle: keys `ip:<address>` and `phone:<number>`. */
export const createAuthThrottle = (now?: () => number) =>
  createThrottle({
    freeFailures: (key) => (key.startsWith('ip:') ? IP_FREE_FAILURES : PHONE_FREE_FAILURES),
    now,
  });
