/**
 * "Needs attention": outbox entries the server rejected for good (status 'rejected', the reason
 * code in `lastError`), grouped per record so a session's thirty rejected attendance ticks are one
 * thing to deal with, and the per-record state every list shows (saved on this phone / sent /
 * needs attention). Rejected entries are never pushed again on their own, so they block nothing.
 *
 * A retry re-queues an entry under a NEW seq: the server keeps each device's last applied seq and
 * answers any seq at or below it as it did before, so re-sending the old number would only bring
 * back the same rejection (or, on an older server, a silent "ok" that applied nothing).
 */
import type { Feedback } from '../core/feedback';
import type { Resident } from '../core/resident';
import type { Session } from '../core/session';
import type { Mutation, MutationName } from '../core/wire';
import { conflictCount } from './conflicts';
import { db, type OutboxEntry } from './db';

/**
 * What a record's card shows; a record missing from the map is on the server ("sent"). 'local':
 * the user gave up a rejected change, so the record as this phone shows it is not on the server.
 */
export type RecordState = 'pending' | 'attention' | 'local';

/** Meta key: `${name}:${recordId}` → when the user discarded that record's rejected changes. */
const DISCARDED = 'discardedChanges';

async function discardedMarks(): Promise<Record<string, string>> {
  const row = await db.meta.get(DISCARDED);
  return (row?.value as Record<string, string> | undefined) ?? {};
}

/**
 * The state of every record with an outbox entry or a discarded change, by record id. Attendance
 * entries carry their session's id, so a session with an unsent or rejected tick shows it too.
 */
export async function recordStates(): Promise<Map<string, RecordState>> {
  const states = new Map<string, RecordState>();
  await db.outbox.each((e) => {
    if (e.status === 'rejected') states.set(e.recordId, 'attention');
    else if (!states.has(e.recordId)) states.set(e.recordId, 'pending');
  });
  for (const [key, at] of Object.entries(await discardedMarks())) {
    const [name, id = ''] = key.split(':');
    if (states.has(id)) continue;
    // A session or resident edited since went out whole again; attendance and feedback did not.
    const record =
      name === 'session.put'
        ? await db.sessions.get(id)
        : name === 'resident.put'
          ? await db.residents.get(id)
          : undefined;
    if (!record || record.updatedAt <= at) states.set(id, 'local');
  }
  return states;
}

/** One record with rejected changes, described from what this phone holds. */
export interface AttentionItem {
  /** Stable per record and kind of change: `${name}:${recordId}`. */
  key: string;
  name: MutationName;
  recordId: string;
  /** The rejected entries, oldest first. */
  seqs: number[];
  /** The server's reason code for the latest of them ('forbidden_village', …). */
  reason: string;
  /** Attendance: how many people's ticks were rejected. */
  people: number;
  /** The session of a session change, of attendance, or of session feedback. */
  session: Session | undefined;
  resident: Resident | undefined;
  feedback: Feedback | undefined;
}

const keyOf = (e: OutboxEntry) => `${e.name}:${e.recordId}`;

/**
 * The mutation an outbox entry holds, as the discriminated wire type (the stored type loses the
 * name ↔ args link); every field the mutation carries (hlc, seen…) is kept, bookkeeping dropped.
 */
export function mutationOf(entry: OutboxEntry): Mutation {
  const { recordId: _r, status: _s, attempts: _a, lastError: _l, createdAt: _c, ...m } = entry;
  return m as Mutation;
}

async function rejectedEntries(): Promise<OutboxEntry[]> {
  // Equal index values come back in primary-key order, i.e. by seq.
  return db.outbox.where('status').equals('rejected').toArray();
}

/** How many records need attention, and conflicts to review (what the sync bar counts). */
export async function attentionCount(): Promise<number> {
  return new Set((await rejectedEntries()).map(keyOf)).size + (await conflictCount());
}

/** The records needing attention, the longest-waiting first. */
export async function listAttention(): Promise<AttentionItem[]> {
  const entries = await rejectedEntries();
  const groups = new Map<string, OutboxEntry[]>();
  for (const e of entries) groups.set(keyOf(e), [...(groups.get(keyOf(e)) ?? []), e]);
  const items: AttentionItem[] = [];
  for (const [key, group] of groups) {
    const last = group[group.length - 1]!;
    items.push({
      key,
      name: last.name,
      recordId: last.recordId,
      seqs: group.map((e) => e.seq!),
      reason: last.lastError ?? '',
      people: new Set(group.map(residentOf)).size,
      ...(await describe(last)),
    });
  }
  return items;
}

const residentOf = (e: OutboxEntry): string => {
  const m = mutationOf(e);
  return m.name === 'attendance.set' ? m.args.residentId : '';
};

type Described = Pick<AttentionItem, 'session' | 'resident' | 'feedback'>;

/** The record behind an entry as it is now on this phone, else as the change carried it. */
async function describe(entry: OutboxEntry): Promise<Described> {
  const none = { session: undefined, resident: undefined, feedback: undefined };
  const e = mutationOf(entry);
  switch (e.name) {
    case 'session.put':
      return { ...none, session: (await db.sessions.get(e.args.id)) ?? e.args };
    case 'attendance.set':
      return { ...none, session: await db.sessions.get(e.args.sessionId) };
    case 'resident.put':
      return { ...none, resident: (await db.residents.get(e.args.id)) ?? e.args };
    case 'feedback.add': {
      const feedback = (await db.feedback.get(e.args.id)) ?? e.args;
      const session = feedback.sessionId ? await db.sessions.get(feedback.sessionId) : undefined;
      return { ...none, feedback, session };
    }
    default:
      // A kind of change this screen does not know yet: the reason still shows.
      return none;
  }
}

/**
 * Sends rejected entries again (after the cause was fixed, e.g. a village was assigned): each is
 * re-queued as pending, in its original order, under a new seq (see the header).
 */
export async function retryRejected(seqs: readonly number[]): Promise<void> {
  await db.transaction('rw', db.outbox, async () => {
    const found = await db.outbox.bulkGet([...seqs]);
    const rejected = found
      .filter((e): e is OutboxEntry => e?.status === 'rejected')
      .sort((a, b) => a.seq! - b.seq!);
    await db.outbox.bulkDelete(rejected.map((e) => e.seq!));
    for (const { seq: _old, ...entry } of rejected) {
      await db.outbox.add({ ...entry, status: 'pending', attempts: 0, lastError: null });
    }
  });
}

/**
 * Gives up rejected changes after the user confirmed: the outbox entries go, the record itself
 * stays on this phone and is shown as "only on this phone" (never as sent: the server did not take
 * it) until a later edit of it reaches the server.
 */
export async function discardRejected(seqs: readonly number[]): Promise<void> {
  await db.transaction('rw', db.outbox, db.meta, async () => {
    const found = await db.outbox.bulkGet([...seqs]);
    const rejected = found.filter((e): e is OutboxEntry => e?.status === 'rejected');
    if (rejected.length === 0) return;
    await db.outbox.bulkDelete(rejected.map((e) => e.seq!));
    const marks = await discardedMarks();
    const at = new Date().toISOString();
    for (const e of rejected) marks[keyOf(e)] = at;
    await db.meta.put({ key: DISCARDED, value: marks });
  });
}
