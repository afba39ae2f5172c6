/**
 * What the server must hold, worked out from the ledger alone (the mutations it answered 'ok' and
 * the clock each was merged with), checked against a pull from scratch of the whole commune:
 * - a session or resident field holds the value of the latest acknowledged write of that field
 *   (latest by effective clock, then by the device's own clock: a device's later change is after
 *   its earlier one even when clamping made their clocks equal: 'clamp-keeps-order'), and that
 *   write's clock;
 *   a resident with an acknowledged erasure is erased, whatever came before or after;
 * - attendance holds the latest acknowledged setting of its (session, resident);
 * - every acknowledged feedback is there as sent; unlinked and without words when its resident
 *   was erased;
 * - nothing is there that no acknowledged mutation wrote.
 */
import { isDeepStrictEqual } from 'node:util';
import type { Feedback } from '../../src/core/feedback';
import { originNode } from '../../src/core/hlc';
import type { Mutation } from '../../src/core/wire';
import { recordKey } from './device';
import { type Applied, type Ledger, overlap } from './ledger';
import type { Snapshot } from './snapshot';

export type Fail = (invariant: string, message: string) => void;

/** The editable fields of server/services/apply-session.ts and apply-resident.ts. */
const SESSION_FIELDS = [
  'date',
  'startTime',
  'durationMinutes',
  'villageId',
  'venue',
  'kind',
  'targetGroups',
  'topics',
  'facilitators',
  'vneidActivations',
  'onlineApplications',
  'cashlessAccounts',
  'notes',
  'cancelledAt',
  'updatedAt',
];
const RESIDENT_FIELDS = ['fullName', 'birthYear', 'sex', 'villageId', 'phone', 'consent'];
const RESIDENT_CLOCKED = [...RESIDENT_FIELDS, 'updatedAt'];

const json = (v: unknown) => JSON.stringify(v);
export const describeWrite = (a: Applied) =>
  `${a.mutation.name} seq ${a.mutation.seq} of client …${a.clientId.slice(-6)} ` +
  `hlc ${a.mutation.hlc} merged as ${a.eff}`;

const later = (a: Applied, b: Applied) =>
  a.eff > b.eff || (a.eff === b.eff && a.mutation.hlc > b.mutation.hlc) ? a : b;

/**
 * A later change of the same device (its own clock says so) that lost to `w`: clamping gave the
 * older change an equal or later clock (the same change can arrive twice, from a backup file).
 */
const supersededBySameDevice = (w: Applied, writers: Applied[]) =>
  writers.find(
    (y) =>
      originNode(y.mutation.hlc) === originNode(w.mutation.hlc) && y.mutation.hlc > w.mutation.hlc,
  );

/** Which invariant a lost write breaks, and why: the write the server kept instead tells. */
function explainLoss(w: Applied, kept: Applied | undefined, file: string): [string, string] {
  if (kept && kept.eff === w.eff)
    return [
      'clamp-keeps-order',
      `; the server kept the same device's earlier ${describeWrite(kept)}: clamping gave both ` +
        'the same clock (server/services/push.ts, clampHlc)',
    ];
  if (kept && overlap(kept, w))
    return [
      'concurrent-first-write',
      `; ${describeWrite(kept)} was pushed at the same time, before the row existed, and ` +
        `overwrote it (server/services/${file}: "select … for update" locks no absent row and ` +
        '"on conflict do update" writes whatever the clocks)',
    ];
  return ['acked-writes-kept', kept ? `; the server kept ${describeWrite(kept)}` : ''];
}

function byRecord(ledger: Ledger): Map<string, Applied[]> {
  const out = new Map<string, Applied[]>();
  for (const a of ledger.ok()) {
    const key = recordKey(a.mutation);
    out.set(key, [...(out.get(key) ?? []), a]);
  }
  return out;
}

const argsOf = (a: Applied) => a.mutation.args as Record<string, unknown>;
const seenOf = (m: Mutation) => ('seen' in m ? m.seen : undefined);

/** Per-field last-writer-wins over the acknowledged puts of one record (first = its creation). */
function checkFields(
  label: string,
  file: string,
  puts: Applied[],
  row: { record: Record<string, unknown>; clocks: Record<string, string> },
  fields: string[],
  fail: Fail,
): void {
  for (const f of fields) {
    const writers = puts.filter((p, i) => {
      const seen = seenOf(p.mutation);
      return i === 0 || !seen || f in seen;
    });
    const w = writers.reduce(later);
    if (!isDeepStrictEqual(row.record[f], argsOf(w)[f]) || row.clocks[f] !== w.eff) {
      const kept = writers.find((x) => x !== w && x.eff === row.clocks[f]);
      const [invariant, why] = explainLoss(w, kept, file);
      fail(
        invariant,
        `${label}.${f} is ${json(row.record[f])} (clock ${row.clocks[f]}) but the latest ` +
          `acknowledged write of it, ${describeWrite(w)}, set ${json(argsOf(w)[f])}${why}`,
      );
    } else {
      const y = supersededBySameDevice(w, writers);
      if (y && !isDeepStrictEqual(argsOf(y)[f], argsOf(w)[f]))
        fail(
          'clamp-keeps-order',
          `${label}.${f} is ${json(row.record[f])} from ${describeWrite(w)}, though the same ` +
            `device later set ${json(argsOf(y)[f])} (${describeWrite(y)})`,
        );
    }
  }
  const created = argsOf(puts[0]!).createdAt;
  if (row.record.createdAt !== created) {
    fail('acked-writes-kept', `${label}.createdAt is ${row.record.createdAt}, created ${created}`);
  }
}

export function checkAgainstLedger(ledger: Ledger, server: Snapshot, fail: Fail): void {
  const groups = byRecord(ledger);
  const erased = new Set<string>();
  for (const [key, writes] of groups) {
    const first = writes[0]!;
    const m = first.mutation;
    if (m.name === 'session.put') {
      const row = server.sessions.get(m.args.id);
      if (!row) fail('acked-writes-kept', `session ${m.args.id}: acknowledged, not on the server`);
      else
        checkFields(`session ${m.args.id}`, 'apply-session.ts', writes, row, SESSION_FIELDS, fail);
    } else if (m.name === 'resident.put') {
      const row = server.residents.get(m.args.id);
      const erasures = writes.filter((w) => argsOf(w).erased === true);
      if (!row) fail('acked-writes-kept', `resident ${m.args.id}: acknowledged, not on the server`);
      else if (erasures.length > 0) {
        erased.add(m.args.id);
        if (!row.record.erased) {
          fail(
            'erased-stays-erased',
            `resident ${m.args.id} is not erased after ${describeWrite(erasures[0]!)}`,
          );
        }
      } else if (row.record.erased) {
        fail('nothing-extra', `resident ${m.args.id} is erased but no erasure was acknowledged`);
      } else
        checkFields(
          `resident ${m.args.id}`,
          'apply-resident.ts',
          writes,
          row,
          RESIDENT_CLOCKED,
          fail,
        );
    } else if (m.name === 'attendance.set') {
      const row = server.attendance.get(key);
      const w = writes.reduce(later);
      const y = supersededBySameDevice(w, writes);
      if (y && argsOf(y).present !== argsOf(w).present)
        fail(
          'clamp-keeps-order',
          `${key} is ${json(argsOf(w).present)} from ${describeWrite(w)}, though the same ` +
            `device later set ${json(argsOf(y).present)} (${describeWrite(y)})`,
        );
      const want = { ...(w.mutation.args as object), hlc: w.eff };
      if (!isDeepStrictEqual(row, want)) {
        const kept = writes.find((x) => x !== w && x.eff === row?.hlc);
        const [invariant, why] = explainLoss(w, kept, 'apply-attendance.ts');
        fail(
          invariant,
          `${key} is ${json(row)} but the latest acknowledged setting, ${describeWrite(w)}, ` +
            `was ${json(want)}${why}`,
        );
      }
    }
  }
  for (const writes of groups.values()) {
    const m = writes[0]!.mutation;
    if (m.name !== 'feedback.add') continue;
    const row = server.feedback.get(m.args.id);
    const unlink = m.args.residentId !== null && erased.has(m.args.residentId);
    const want: Feedback = unlink
      ? { ...m.args, residentId: null, consent: null, helped: '', hard: '', text: '' }
      : m.args;
    if (!isDeepStrictEqual(row, want)) {
      fail(
        unlink && row ? 'erased-unlinks-feedback' : 'acked-writes-kept',
        `feedback ${m.args.id} is ${json(row)} but should be ${json(want)}`,
      );
    }
  }
  const known = (kind: string, id: string) => groups.has(`${kind}:${id}`);
  for (const id of server.sessions.keys())
    if (!known('session', id)) fail('nothing-extra', `session ${id}: no acknowledged put`);
  for (const id of server.residents.keys())
    if (!known('resident', id)) fail('nothing-extra', `resident ${id}: no acknowledged put`);
  for (const key of server.attendance.keys())
    if (!groups.has(key)) fail('nothing-extra', `${key}: no acknowledged setting`);
  for (const id of server.feedback.keys())
    if (!known('feedback', id)) fail('nothing-extra', `feedback ${id}: no acknowledged add`);
}
