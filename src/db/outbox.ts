/**
 * The outbox: local mutations not yet acknowledged by the server, in seq order. `enqueue` must be
 * called inside the transaction that makes the change, so a change and its mutation are saved
 * together or not at all. An entry leaves only when the server answers "ok" for its seq; a
 * permanent rejection stays visible as "rejected".
 */
import type { Mutation, MutationResult } from '../core/wire';
import { db } from './db';

type NewMutation = Omit<Mutation, 'seq'>;

/** Queues a mutation; call inside a transaction that includes `db.outbox`. */
export async function enqueue(m: NewMutation, recordId: string): Promise<void> {
  await db.outbox.add({
    ...m,
    recordId,
    status: 'pending',
    attempts: 0,
    lastError: null,
    createdAt: new Date().toISOString(),
  } as Parameters<typeof db.outbox.add>[0]);
}

export async function pendingMutations(limit: number): Promise<Mutation[]> {
  // Entries with equal index values come back in primary-key order, i.e. by seq.
  const rows = await db.outbox.where('status').equals('pending').limit(limit).toArray();
  return rows.map((r) => ({ seq: r.seq!, name: r.name, args: r.args }) as Mutation);
}

/** Applies the server's per-mutation answers in one transaction. */
export async function applyResults(results: MutationResult[]): Promise<void> {
  await db.transaction('rw', db.outbox, async () => {
    for (const r of results) {
      if (r.status === 'ok') await db.outbox.delete(r.seq);
      else await db.outbox.update(r.seq, { status: 'rejected', lastError: r.reason });
    }
  });
}

/** Counts a failed attempt (network, server error) for every entry that was sent. */
export async function recordAttemptFailure(seqs: number[], error: string): Promise<void> {
  await db.outbox
    .where('seq')
    .anyOf(seqs)
    .modify((e) => {
      e.attempts += 1;
      e.lastError = error;
    });
}

/** Ids of records with changes not yet on the server. */
export async function unsyncedRecordIds(): Promise<Set<string>> {
  const ids = new Set<string>();
  await db.outbox.each((e) => {
    ids.add(e.recordId);
  });
  return ids;
}

export function pendingCount(): Promise<number> {
  return db.outbox.where('status').equals('pending').count();
}
