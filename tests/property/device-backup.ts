/**
 * The backup file between two phones (src/db/backup.ts), modelled: the source exports every record
 * with an outbox entry and those entries' mutations; the importing phone takes a session or
 * resident only if it has none or an older one (by updatedAt; an erased resident is never brought
 * back), attendance only if newer, feedback only if absent, and queues the taken records'
 * mutations under its own new seqs with their clocks and `seen` unchanged, then moves its clock
 * past them. So one change may reach the server from two phones.
 */
import type { Mutation } from '../../src/core/wire';
import { attendanceKey, type Device, recordKey } from './device';
import { trace } from './trace';

const isNewer = (incoming: { updatedAt: string }, stored: { updatedAt: string } | undefined) =>
  !stored || stored.updatedAt < incoming.updatedAt;

export function carryBackup(from: Device, to: Device): void {
  const mutations = [...from.outbox];
  if (mutations.length === 0) return;
  const latest = new Map<string, Mutation>(mutations.map((m) => [recordKey(m), m]));
  const taken = new Set<string>();
  for (const [key, m] of latest) {
    switch (m.name) {
      case 'session.put': {
        const record = from.sessions.get(m.args.id)?.record ?? m.args;
        const stored = to.sessions.get(record.id);
        if (!isNewer(record, stored?.record)) break;
        to.sessions.set(record.id, { record, clocks: stored?.clocks ?? {} });
        taken.add(key);
        break;
      }
      case 'resident.put': {
        const record = from.residents.get(m.args.id)?.record ?? m.args;
        const stored = to.residents.get(record.id);
        if (stored?.record.erased || !isNewer(record, stored?.record)) break;
        to.residents.set(record.id, { record, clocks: stored?.clocks ?? {} });
        taken.add(key);
        break;
      }
      case 'attendance.set': {
        const record = from.attendance.get(attendanceKey(m.args)) ?? { ...m.args, hlc: m.hlc };
        if (!isNewer(record, to.attendance.get(key))) break;
        to.attendance.set(key, { ...record, hlc: m.hlc });
        taken.add(key);
        break;
      }
      case 'feedback.add': {
        if (to.feedback.has(m.args.id)) break;
        to.feedback.set(m.args.id, from.feedback.get(m.args.id) ?? m.args);
        taken.add(key);
        break;
      }
    }
  }
  const queued = mutations.filter((m) => taken.has(recordKey(m)));
  for (const m of queued) to.requeue(m);
  for (const m of queued) to.see(m.hlc);
  trace('backup', `${queued.length} of ${mutations.length} changes carried`);
}
