/**
 * Applies a device's pushed mutations, each (client, seq) exactly once, in one transaction per
 * batch (retried on serialization failures by db.transact):
 * 1. the client's row is locked, so one push per device runs at a time, then the commune's change
 *    lock, so the commune's writers take turns from here to commit, and then what the batch reads
 *    is loaded: all sent at once (one round trip on PostgreSQL);
 * 2. mutations at or below its last applied seq were applied by an earlier push whose answer was
 *    lost: they are answered as then (a kept rejection, else ok) and change nothing;
 * 3. the others are applied in seq order, each by its rule in apply-*.ts, with its clock clamped
 *    to the server's now + 5 min, in memory over what the batch loaded (push-batch.ts); a
 *    rejection is kept for replays and never stops the rest (a learner's device sending what only
 *    staff may send is one: 'forbidden');
 * 4. the batch's effects, numbered after the commune's last change number read under its lock, and
 *    the new last seq are written in the same transaction, sent at once too.
 * A phone keeps two batches on the wire; the second names the first's last seq (`after`) and is
 * applied only once that one is (it waits for it, under the client's row lock or, when it overtook
 * it on the way, up to WAIT_FOR_EARLIER_MS), else it is refused whole: 409 `out_of_order`.
 */
import { type ClampedClock, effectiveHlc, originNode } from '../../src/core/hlc';
import {
  isFieldMutation,
  type Mutation,
  type MutationResult,
  type PushRequest,
} from '../../src/core/wire';
import { apiError } from '../auth/caller';
import { lockCommuneChanges } from '../db/changes';
import type { Db, Queryable } from '../db/executor';
import { loadClamps } from '../db/push-reads';
import { writePushBatch } from '../db/push-writes';
import type { Scope } from '../db/scope';
import { applyAttendance } from './apply-attendance';
import { applyFeedback } from './apply-feedback';
import {
  applyAttempt,
  applyCompletion,
  applyLink,
  applyProfile,
  LEARNER_MUTATIONS,
} from './apply-learning';
import { applyResident } from './apply-resident';
import { applySession } from './apply-session';
import type { ChangeContext } from './change-context';
import { loadPushBatch, type PushBatch } from './push-batch';
import type { Rejection } from './record-checks';

export interface PushOptions {
  /** The pusher is a learner's device: only LEARNER_MUTATIONS apply. */
  learner?: boolean;
  now?: () => number;
  /** How long a batch that overtook the one it names (`after`) waits for it to be applied. */
  waitForEarlierMs?: number;
}

/** Applies `req` as the caller whose reach is `scope` (the commune always comes from there). */
export async function applyPush(
  db: Db,
  scope: Scope,
  req: PushRequest,
  opts: PushOptions = {},
): Promise<MutationResult[]> {
  const { waitForEarlierMs = WAIT_FOR_EARLIER_MS } = opts;
  // The one it names is usually a few milliseconds behind: look again soon, then less often.
  for (let waited = 0, pause = 1; ; waited += pause, pause = Math.min(2 * pause, 16)) {
    const results = await db.transact((tx) => applyInOrder(tx, scope, req, opts));
    if (results !== 'not_yet') return results;
    if (waited >= waitForEarlierMs) throw apiError(409, 'out_of_order');
    await new Promise((r) => setTimeout(r, pause));
  }
}

/** How long a batch that overtook the one it names on the way waits for it, by default. */
export const WAIT_FOR_EARLIER_MS = 5_000;

/** Applies the batch in `tx`, or changes nothing and answers 'not_yet' (see `after`). */
async function applyInOrder(
  tx: Queryable,
  scope: Scope,
  req: PushRequest,
  { learner = false, now = Date.now }: PushOptions,
): Promise<MutationResult[] | 'not_yet'> {
  const allowed = (m: Mutation) => !learner || LEARNER_MUTATIONS.has(m.name);
  const commune = scope.commune;
  const sorted = [...req.mutations].sort((a, b) => a.seq - b.seq);
  // 1. Sent together, in this order: on PostgreSQL the locks and then the reads go out in one
  // pipeline, each statement run after the one before (so the reads see the locked state).
  const [lastApplied, lastNumber, batch, clamps] = await Promise.all([
    registerClient(tx, commune, req.clientId),
    // Two phones creating the same record at once cannot both take the "new record" path.
    lockCommuneChanges(tx, commune),
    // (Replays' records too: the last applied seq is not known yet, and loading them is harmless.)
    loadPushBatch(tx, commune, sorted.filter(allowed)),
    loadClamps(tx, commune, [...new Set(sorted.map((m) => originNode(m.hlc)))]),
  ]);
  // Applying it before the batch it follows would make that one's mutations look like replays.
  if (req.after !== undefined && lastApplied < req.after) return 'not_yet';
  const replays = sorted.filter((m) => m.seq <= lastApplied);
  const fresh = sorted.filter((m) => m.seq > lastApplied);
  const earlier = await earlierRejections(tx, commune, req.clientId, replays);

  // 2.
  const results = new Map<number, MutationResult>();
  for (const m of replays) {
    const reason = earlier.get(m.seq);
    results.set(
      m.seq,
      reason ? { seq: m.seq, status: 'rejected', reason } : { seq: m.seq, status: 'ok' },
    );
    // The device never heard this answer and may have kept its own version when it last
    // pulled: stamp the record again so its next pull brings the server's.
    if (!reason) restamp(batch, m);
  }
  // 3.
  for (const m of fresh) {
    const ctx: ChangeContext = {
      scope,
      hlc: effectiveClock(batch, clamps, m.hlc, now()),
      seen: 'seen' in m ? m.seen : undefined,
      batch,
    };
    const reason = allowed(m) ? applyMutation(ctx, m) : 'forbidden';
    if (reason) batch.writes.rejections.push({ seq: m.seq, reason });
    results.set(
      m.seq,
      reason ? { seq: m.seq, status: 'rejected', reason } : { seq: m.seq, status: 'ok' },
    );
  }

  // 4. Sent together too: the batch's writes and the client's new last seq.
  await Promise.all([
    writePushBatch(tx, commune, req.clientId, batch.writes, lastNumber),
    tx.query(
      `update sync_clients set last_seq = $3, last_seen_at = now()
         where commune_code = $1 and client_id = $2`,
      [commune, req.clientId, Math.max(lastApplied, ...fresh.map((m) => m.seq))],
    ),
  ]);
  return sorted.map((m) => results.get(m.seq)!);
}

/** Registers the device on its first push; answers its last applied seq, locking its row. */
async function registerClient(tx: Queryable, commune: string, clientId: string): Promise<number> {
  const [client] = await tx.query<{ last_seq: string }>(
    `insert into sync_clients (commune_code, client_id) values ($1, $2)
     on conflict (commune_code, client_id) do update set last_seen_at = now()
     returning last_seq::text as last_seq`,
    [commune, clientId],
  );
  return Number(client?.last_seq ?? 0);
}

/**
 * The clock `hlc` is merged with (src/core/hlc.ts effectiveHlc), remembered when it is not its own
 * so the same phone's other changes keep their order around it, in this batch and later ones.
 */
function effectiveClock(
  batch: PushBatch,
  clamps: Map<string, ClampedClock[]>,
  hlc: string,
  now: number,
): string {
  const node = originNode(hlc);
  const sameNode = clamps.get(node) ?? [];
  const effective = effectiveHlc(hlc, now, sameNode);
  if (effective !== hlc && !sameNode.some((c) => c.original === hlc)) {
    sameNode.push({ original: hlc, effective });
    clamps.set(node, sameNode);
    batch.writes.clamps.push({ node, original: hlc, effective });
  }
  return effective;
}

/** The rejections kept for these already-applied mutations, by seq. */
async function earlierRejections(
  tx: Queryable,
  commune: string,
  clientId: string,
  replays: Mutation[],
): Promise<Map<number, Rejection>> {
  if (replays.length === 0) return new Map();
  const rows = await tx.query<{ seq: string; reason: Rejection }>(
    `select seq::text, reason from sync_rejections
     where commune_code = $1 and client_id = $2 and seq in
       (select value::bigint from jsonb_array_elements_text($3::text::jsonb))`,
    [commune, clientId, JSON.stringify(replays.map((m) => m.seq))],
  );
  return new Map(rows.map((r) => [Number(r.seq), r.reason]));
}

function restamp(batch: PushBatch, m: Mutation): void {
  // Learning records are not pulled: nothing to bring back to the device.
  if (!isFieldMutation(m)) return;
  if (m.name === 'attendance.set') batch.writes.attendanceRestamps.push(m.args);
  else {
    const table = (
      {
        'session.put': 'sessions',
        'resident.put': 'residents',
        'feedback.add': 'feedback',
      } as const
    )[m.name];
    batch.writes.restamps.push({ table, id: m.args.id });
  }
}

/** Returns a rejection reason, or undefined when applied. */
function applyMutation(ctx: ChangeContext, m: Mutation): Rejection | undefined {
  switch (m.name) {
    case 'session.put':
      return applySession(ctx, m.args);
    case 'resident.put':
      return applyResident(ctx, m.args);
    case 'attendance.set':
      return applyAttendance(ctx, m.args);
    case 'feedback.add':
      return applyFeedback(ctx, m.args);
    case 'profile.put':
      return applyProfile(ctx, m.args);
    case 'attempt.add':
      return applyAttempt(ctx, m.args);
    case 'completion.add':
      return applyCompletion(ctx, m.args);
    case 'profile.link':
      return applyLink(ctx, m.args);
  }
}
