/**
 * The end-of-run verdict: every invariant the convergence property asserts, each by name so a
 * known, reported failure can be set aside (PROPERTY_SKIP=name,name) while looking for others.
 * All failures of a run are reported together, a few lines per invariant.
 */
import { isDeepStrictEqual } from 'node:util';
import { type Device, recordKey as keyOf } from './device';
import type { Ledger } from './ledger';
import { checkAgainstLedger, type Fail } from './oracle';
import type { AccountName } from './scenario';
import type { Snapshot } from './snapshot';

export const INVARIANTS = [
  /** No 5xx and no non-200 answer from the real server; every answer in the wire schema. */
  'server-errors',
  /** A replayed (client, seq) is answered as the first time. */
  'replay-answers',
  /** With faults off, each device's final syncs succeed and leave its outbox empty. */
  'final-sync',
  /** A pull from scratch sends each row once. */
  'no-duplicates',
  /** Each device holds exactly what a pull from scratch of its account gives. */
  'converged',
  /**
   * Parts of 'converged', told apart by cause: a device kept its local version of a pulled row
   * (its change was pending), and the server never sent the row again after answering that
   * change, so the device's cursor stays past it for good. 'replay-restamps': the change was
   * applied, its answer lost, and the retry answered by a replay; 'lost-attendance-restamps': the
   * device's attendance setting was older than the server's; 'pending-row-resent': other causes.
   */
  'replay-restamps',
  'lost-attendance-restamps',
  'pending-row-resent',
  /** Every acknowledged write is reflected by the rules (oracle.ts). */
  'acked-writes-kept',
  /** Two writes of one device stay ordered after the server clamps their clocks. */
  'clamp-keeps-order',
  /** Part of 'acked-writes-kept': a write lost to a concurrent one made before the row existed. */
  'concurrent-first-write',
  /** An erased resident is erased on the server and on every device that holds them. */
  'erased-stays-erased',
  /** No feedback stays linked to an erased resident, nor keeps their words. */
  'erased-unlinks-feedback',
  /** The server holds nothing no acknowledged mutation wrote (rejected ones included). */
  'nothing-extra',
  /**
   * A conflict to review is two devices' changes: a device's change never "conflicts" with its
   * own earlier one (which it made, so saw), e.g. a create and an edit sent in one push.
   */
  'no-self-conflicts',
] as const;

const skipped = new Set((process.env.PROPERTY_SKIP ?? '').split(',').filter(Boolean));
for (const name of skipped) {
  if (!(INVARIANTS as readonly string[]).includes(name))
    throw new Error(`PROPERTY_SKIP: no invariant "${name}" (see tests/property/checks.ts)`);
}
const PER_INVARIANT = 4;

export interface RunOutcome {
  devices: Device[];
  ledger: Ledger;
  snapshots: Map<AccountName, Snapshot>;
  serverErrors: string[];
  anomalies: string[];
  finalSyncFailures: string[];
  selfConflicts: string[];
}

/** Fields of two records that differ, as `field: device → server`. */
function diff(local: unknown, server: unknown): string {
  if (typeof local !== 'object' || typeof server !== 'object' || !local || !server)
    return `${JSON.stringify(local)} → ${JSON.stringify(server)}`;
  const a = local as Record<string, unknown>;
  const b = server as Record<string, unknown>;
  return [...new Set([...Object.keys(a), ...Object.keys(b)])]
    .filter((k) => !isDeepStrictEqual(a[k], b[k]))
    .map((k) => `${k}: ${diff(a[k], b[k])}`)
    .join('; ');
}

/** Why a device may have kept a stale row: how its own changes of the record were answered. */
function skippedRowCause(d: Device, recordKey: string, ledger: Ledger): [string, string] {
  const mine = d.history.filter((m) => keyOf(m) === recordKey);
  const replayed = mine.filter((m) => ledger.replayed.has(`${d.clientId}:${m.seq}`));
  if (replayed.length > 0)
    return [
      'replay-restamps',
      `its seq ${replayed.map((m) => m.seq)} was applied, the answer lost, and the retry ` +
        'answered by a replay, which re-stamps nothing (server/services/push.ts, step 2)',
    ];
  if (mine.some((m) => m.name === 'attendance.set'))
    return [
      'lost-attendance-restamps',
      'its attendance.set was older than the server row and was not re-stamped ' +
        '(server/services/apply-attendance.ts returns before writing when laterWins is false)',
    ];
  if (mine.some((m) => m.name === 'feedback.add'))
    return [
      'pending-row-resent',
      'its feedback.add found the id already stored (sent first by another phone, from a backup ' +
        'file) and server/services/apply-feedback.ts answers ok without re-stamping the row',
    ];
  return ['pending-row-resent', 'its change was answered without a re-stamp'];
}

function compare<T>(
  d: Device,
  kind: string,
  local: Map<string, T>,
  server: Map<string, T>,
  prefix: string,
  ctx: { who: string; ledger: Ledger; fail: Fail },
): void {
  const { who, fail } = ctx;
  for (const [key, v] of local) {
    const s = server.get(key);
    if (s === undefined) {
      if (!d.attention.has(`${prefix}${key}`))
        fail('converged', `${who} holds ${kind} ${key}; the server has none`);
    } else if (!isDeepStrictEqual(v, s)) {
      const message = `${who} ${kind} ${key} differs (device → server): ${diff(v, s)}`;
      if (d.lastPulled.get(`${prefix}${key}`) === 'kept local') {
        const [invariant, cause] = skippedRowCause(d, `${prefix}${key}`, ctx.ledger);
        fail(
          invariant,
          `${message}. The device last pulled this row while its change was pending and kept ` +
            `its own; ${cause}`,
        );
      } else fail('converged', message);
    }
  }
  for (const key of server.keys())
    if (!local.has(key)) fail('converged', `${who} lacks ${kind} ${key}`);
}

function checkDevice(d: Device, i: number, server: Snapshot, ledger: Ledger, fail: Fail): void {
  const ctx = { who: `device ${i} (${d.spec.account}, skew ${d.spec.skewMs} ms)`, ledger, fail };
  compare(d, 'session', d.sessions, server.sessions, 'session:', ctx);
  compare(d, 'resident', d.residents, server.residents, 'resident:', ctx);
  compare(d, 'attendance', d.attendance, server.attendance, '', ctx);
  compare(d, 'feedback', d.feedback, server.feedback, 'feedback:', ctx);
  compare(d, 'conflict', d.conflicts, server.conflicts, 'conflict:', ctx);
  const who = ctx.who;
  for (const [id, v] of d.residents) {
    if (server.residents.get(id)?.record.erased && !v.record.erased)
      fail('erased-stays-erased', `${who} still holds erased resident ${id} with their data`);
  }
}

/** Every failure of the run, grouped by invariant; empty when the run passes. */
export function verdict(o: RunOutcome): string[] {
  const found = new Map<string, string[]>();
  const fail: Fail = (invariant, message) => {
    found.set(invariant, [...(found.get(invariant) ?? []), message]);
  };
  for (const e of [...o.serverErrors, ...o.anomalies]) fail('server-errors', e);
  for (const p of o.ledger.problems) fail('replay-answers', p);
  for (const f of o.finalSyncFailures) fail('final-sync', f);
  for (const c of o.selfConflicts) fail('no-self-conflicts', c);
  for (const [account, s] of o.snapshots)
    for (const key of s.duplicates) fail('no-duplicates', `${account}'s pull sent ${key} twice`);
  o.devices.forEach((d, i) => {
    checkDevice(d, i, o.snapshots.get(d.spec.account)!, o.ledger, fail);
  });
  checkAgainstLedger(o.ledger, o.snapshots.get('admin')!, fail);
  const show = ([invariant, messages]: [string, string[]]) =>
    `[${invariant}] ${messages.length} failure(s):\n  ${messages.slice(0, PER_INVARIANT).join('\n  ')}`;
  const failing = [...found].filter(([invariant]) => !skipped.has(invariant));
  if (failing.length === 0) return [];
  // What was set aside may be the cause of what was not: show it too.
  const aside = [...found].filter(([invariant]) => skipped.has(invariant));
  return [...failing.map(show), ...aside.map((f) => `(set aside) ${show(f)}`)];
}
