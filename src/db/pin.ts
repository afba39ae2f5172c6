/**
 * The phone's PIN lock (a shared phone: the PIN keeps the next person out of residents' data).
 * Only a PBKDF2-SHA-256 hash of the PIN is kept, with a random salt, never the PIN. Wrong PINs are
 * counted on the device and, after 5, each next try waits 30 s, then twice as long each time; the
 * count is stored, so a reload does not reset it. Whether the app is locked, and when it was last
 * used, are stored too, so a reload or a reopened app cannot skip the lock.
 *
 * A 4–6 digit PIN has at most a million values, so no iteration count protects it against someone
 * who copies the phone's storage; it guards the screen, the backoff guards guessing on the screen.
 * 150,000 iterations keep an unlock under about a second on a cheap phone.
 */
import { db } from './db';

export const PIN_PATTERN = /^\d{4,6}$/;
export const PIN_ITERATIONS = 150_000;
/** Wrong PINs allowed before waiting starts. */
export const PIN_FREE_TRIES = 5;
export const PIN_FIRST_WAIT_MS = 30_000;
export const PIN_MAX_WAIT_MS = 60 * 60_000;

export interface PinHash {
  salt: string;
  hash: string;
  iterations: number;
}

export interface PinAttempts {
  failures: number;
  /** Epoch ms before which no PIN is checked; null when the next try may be made now. */
  blockedUntil: number | null;
}

export interface LockRecord {
  locked: boolean;
  /** Epoch ms of the last touch or key press that was recorded. */
  lastActiveAt: number;
}

const PIN = 'pin';
const ATTEMPTS = 'pinAttempts';
const LOCK = 'pinLock';

const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
const fromBase64 = (s: string) => Uint8Array.from(atob(s), (c) => c.charCodeAt(0));

async function derive(pin: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, [
    'deriveBits',
  ]);
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
    key,
    256,
  );
  return new Uint8Array(bits);
}

/** Compares every byte, so the time taken does not say how much matched. */
function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  let diff = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i++) diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return diff === 0;
}

/** A fresh salted hash of `pin` (also used for learner profiles' PINs). */
export async function hashPin(pin: string): Promise<PinHash> {
  if (!PIN_PATTERN.test(pin)) throw new Error('PIN must be 4 to 6 digits');
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const hash = await derive(pin, salt, PIN_ITERATIONS);
  return { salt: toBase64(salt), hash: toBase64(hash), iterations: PIN_ITERATIONS };
}

export async function pinMatches(pin: string, stored: PinHash): Promise<boolean> {
  const hash = await derive(pin, fromBase64(stored.salt), stored.iterations);
  return sameBytes(hash, fromBase64(stored.hash));
}

export async function hasPin(): Promise<boolean> {
  return (await db.meta.get(PIN)) !== undefined;
}

/** Sets (or changes) the PIN; the app counts as in use from now on. */
export async function setPin(pin: string, now = Date.now()): Promise<void> {
  const value = await hashPin(pin);
  await db.transaction('rw', db.meta, async () => {
    await db.meta.put({ key: PIN, value });
    await db.meta.delete(ATTEMPTS);
    await db.meta.put({ key: LOCK, value: { locked: false, lastActiveAt: now } });
  });
}

export async function removePin(): Promise<void> {
  await db.meta.bulkDelete([PIN, ATTEMPTS, LOCK]);
}

export async function pinAttempts(): Promise<PinAttempts> {
  const row = await db.meta.get(ATTEMPTS);
  return (row?.value as PinAttempts | undefined) ?? { failures: 0, blockedUntil: null };
}

/** How long the wait is after `failures` wrong PINs: none for the first 5, then 30 s doubling. */
export function waitAfter(failures: number): number {
  if (failures < PIN_FREE_TRIES) return 0;
  return Math.min(PIN_FIRST_WAIT_MS * 2 ** (failures - PIN_FREE_TRIES), PIN_MAX_WAIT_MS);
}

export type PinCheck = { ok: true } | ({ ok: false } & PinAttempts);

/**
 * Checks a PIN. While a wait is running nothing is checked (and nothing counted); a wrong PIN
 * counts and may start a wait; the right one clears the count.
 */
export async function verifyPin(pin: string, now = Date.now()): Promise<PinCheck> {
  const attempts = await pinAttempts();
  if (attempts.blockedUntil !== null && attempts.blockedUntil > now)
    return { ok: false, ...attempts };
  const row = await db.meta.get(PIN);
  if (!row) return { ok: true };
  if (await pinMatches(pin, row.value as PinHash)) {
    await db.meta.delete(ATTEMPTS);
    return { ok: true };
  }
  return db.transaction('rw', db.meta, async () => {
    // Re-read inside the transaction: two quick wrong tries both count.
    const failures = (await pinAttempts()).failures + 1;
    const wait = waitAfter(failures);
    const next: PinAttempts = { failures, blockedUntil: wait ? now + wait : null };
    await db.meta.put({ key: ATTEMPTS, value: next });
    return { ok: false as const, ...next };
  });
}

export async function loadLock(): Promise<LockRecord | null> {
  const row = await db.meta.get(LOCK);
  return (row?.value as LockRecord | undefined) ?? null;
}

export async function saveLock(lock: LockRecord): Promise<void> {
  await db.meta.put({ key: LOCK, value: lock });
}
