/**
 * The outbox: local mutations not yet acknowledged by the server, in seq order. `enqueue` must be
 * called inside the transaction that makes the change, so a change and its mutation are saved
 * together or not at all. An entry leaves only when the server answers "ok" for its seq; a
 * permanent rejection stays visible as "rejected".
 */
import type { Mutation, MutationName, MutationResult } from '../core/wire';
import { db } from './db';
import { nextHlc } from './hlc-clock';

type NewMutation = DistributiveOmit<Mutation, 'seq' | 'hlc'>;
type DistributiveOmit<T, K extends keyof T> = T extends unknown ? Omit<T, K> : never;

/** The tables a change's transaction must include besides its own: see `enqueue`. */
export const outboxTables = () => [db.outbox, db.meta, db.clocks];

/**
 * Queues a mutation stamped with the device's next clock; call inside the transaction that makes
 * the change, opened over `outboxTables()` too. For an edit of a session or resident, pass the
 * record as it was (`previous`): the mutation then names the fields that changed and the server
 * clock each had, so the server merges only those and can tell a concurrent edit from a later one.
 */
export async function enqueue(
  m: NewMutation,
  recordId: string,
  previous?: Record<string, unknown>,
): Promise<void> {
  const seen = previous ? await seenClocks(recordId, previous, m.args) : undefined;
  await db.outbox.add({
    ...m,
    ...(seen && { seen }),
    hlc: await nextHlc(),
    recordId,
    status: 'pending',
    attempts: 0,
    lastError: null,
    createdAt: new Date().toISOString(),
  } as Parameters<typeof db.outbox.add>[0]);
}

async function seenClocks(
  recordId: string,
  previous: Record<string, unknown>,
  next: Record<string, unknown>,
): Promise<Record<string, string | null>> {
  const clocks = (await db.clocks.get(recordId))?.clocks ?? {};
  const seen: Record<string, string | null> = {};
  for (const field of Object.keys(next)) {
    if (JSON.stringify(previous[field]) !== JSON.stringify(next[field]))
      seen[field] = clocks[field] ?? null;
  }
  return seen;
}

/** The mutations a learner device may send: a volunteer's records wait for a volunteer. */
export const LEARNING_MUTATIONS: readonly MutationName[] = [
  'profile.put',
  'attempt.add',
  'completion.add',
];

/**
 * The first `limit` pending mutations after seq `after` (of the `names` kinds only, when given),
 * by seq. Read by primary key (no index lookup per entry) and sorted out here: entries that wait
 * for attention or are of other kinds are skipped, and read past until `limit` are found.
 */
export async function pendingMutations(
  limit: number,
  names?: readonly MutationName[],
  after = 0,
): Promise<Mutation[]> {
  const found: Mutation[] = [];
  for (let from = after; found.length < limit; ) {
    const rows = await db.outbox
      .where(':id')
      .above(from)
      .limit(limit - found.length)
      .toArray();
    if (rows.length === 0) break;
    for (const r of rows) {
      if (r.status !== 'pending' || (names && !names.includes(r.name))) continue;
      found.push({
        seq: r.seq!,
        hlc: r.hlc,
        name: r.name,
        args: r.args,
        ...('seen' in r && r.seen ? { seen: r.seen } : {}),
      } as Mutation);
    }
    from = rows.at(-1)!.seq!;
  }
  return found;
}

/** Applies the server's per-mutation answers in one transaction. */
export async function applyResults(results: MutationResult[]): Promise<void> {
  const rejected = results.flatMap((r) =>
    r.status === 'rejected'
      ? [{ key: r.seq, changes: { status: 'rejected' as const, lastError: r.reason } }]
      : [],
  );
  await db.transaction('rw', db.outbox, async () => {
    await db.outbox.bulkDelete(results.filter((r) => r.status === 'ok').map((r) => r.seq));
    await db.outbox.bulkUpdate(rejected);
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
