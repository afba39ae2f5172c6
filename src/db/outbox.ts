/**
 * The outbox: local mutations not yet acknowledged by the server, in seq order. An entry leaves only
 * when the server answers "ok" for its seq; a permanent rejection stays visible as "rejected".
 */
import type { Mutation, MutationResult } from '../core/wire';
import { db } from './db';

export async function pendingMutations(limit: number): Promise<Mutation[]> {
  // Entries with equal index values come back in primary-key order, i.e. by seq.
  const rows = await db.outbox.where('status').equals('pending').limit(limit).toArray();
  return rows.map((r) => ({ seq: r.seq!, name: r.name, args: r.args }));
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
  return new Set((await db.outbox.toArray()).map((e) => e.recordId));
}

export function pendingCount(): Promise<number> {
  return db.outbox.where('status').equals('pending').count();
}
