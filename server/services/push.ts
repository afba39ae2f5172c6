/**
 * Applies a device's pushed mutations, each (client, seq) exactly once, in one transaction per
 * batch (retried on serialization failures by db.transact):
 * 1. the client's row is locked, so one push per device runs at a time;
 * 2. mutations at or below its last applied seq were applied by an earlier push whose answer was
 *    lost: they are answered as then (a kept rejection, else ok) and change nothing;
 * 3. the others are applied in seq order, each by its rule in apply-*.ts, with its clock clamped
 *    to the server's now + 5 min; a rejection is kept for replays and never stops the rest;
 * 4. the new last seq is written in the same transaction as the effects.
 */
import { clampHlc } from '../../src/core/hlc';
import type { Mutation, MutationResult, PushRequest } from '../../src/core/wire';
import { changeNumbers, lockCommuneChanges } from '../db/changes';
import type { Db, Queryable } from '../db/executor';
import type { Scope } from '../db/scope';
import { applyAttendance } from './apply-attendance';
import { applyFeedback } from './apply-feedback';
import { applyResident } from './apply-resident';
import { applySession } from './apply-session';
import type { ChangeContext } from './change-context';
import { pushLookups } from './push-lookups';
import type { Rejection } from './record-checks';

/** Applies `req` as the caller whose reach is `scope` (the commune always comes from there). */
export async function applyPush(
  db: Db,
  scope: Scope,
  req: PushRequest,
  now: () => number = Date.now,
): Promise<MutationResult[]> {
  return db.transact(async (tx) => {
    const commune = scope.commune;
    // 1.
    await tx.query(
      `insert into sync_clients (commune_code, client_id) values ($1, $2)
       on conflict (commune_code, client_id) do nothing`,
      [commune, req.clientId],
    );
    const [client] = await tx.query<{ last_seq: string }>(
      `select last_seq::text as last_seq from sync_clients
       where commune_code = $1 and client_id = $2 for update`,
      [commune, req.clientId],
    );
    let lastSeq = Number(client?.last_seq ?? 0);
    // Writers of one commune take turns from here to commit: two phones creating the same record
    // at once cannot both take the "new record" path.
    await lockCommuneChanges(tx, commune);
    const nextSeq = changeNumbers(tx, commune);
    const lookups = pushLookups(tx, commune);

    const results: MutationResult[] = [];
    for (const m of [...req.mutations].sort((a, b) => a.seq - b.seq)) {
      // 2.
      if (m.seq <= lastSeq) {
        const answer = await earlierAnswer(tx, commune, req.clientId, m.seq);
        // The device never heard this answer and may have kept its own version when it last
        // pulled: stamp the record again so its next pull brings the server's.
        if (answer.status === 'ok') await restamp(tx, commune, m, nextSeq);
        results.push(answer);
        continue;
      }
      // 3.
      const ctx: ChangeContext = {
        tx,
        scope,
        hlc: clampHlc(m.hlc, now()),
        seen: 'seen' in m ? m.seen : undefined,
        nextSeq,
        lookups,
      };
      const reason = await applyMutation(ctx, m);
      if (reason) {
        await tx.query(
          `insert into sync_rejections (commune_code, client_id, seq, reason)
           values ($1, $2, $3, $4) on conflict do nothing`,
          [commune, req.clientId, m.seq, reason],
        );
      }
      results.push(
        reason ? { seq: m.seq, status: 'rejected', reason } : { seq: m.seq, status: 'ok' },
      );
      lastSeq = m.seq;
    }

    // 4.
    await tx.query(
      `update sync_clients set last_seq = $3, last_seen_at = now()
       where commune_code = $1 and client_id = $2`,
      [commune, req.clientId, lastSeq],
    );
    return results;
  });
}

async function earlierAnswer(
  tx: Queryable,
  commune: string,
  clientId: string,
  seq: number,
): Promise<MutationResult> {
  const [kept] = await tx.query<{ reason: string }>(
    'select reason from sync_rejections where commune_code = $1 and client_id = $2 and seq = $3',
    [commune, clientId, seq],
  );
  return kept ? { seq, status: 'rejected', reason: kept.reason } : { seq, status: 'ok' };
}

async function restamp(
  tx: Queryable,
  commune: string,
  m: Mutation,
  nextSeq: () => Promise<number>,
): Promise<void> {
  const seq = await nextSeq();
  if (m.name === 'attendance.set') {
    await tx.query(
      `update attendance set change_seq = $4
       where commune_code = $1 and session_id = $2 and resident_id = $3`,
      [commune, m.args.sessionId, m.args.residentId, seq],
    );
    return;
  }
  const table = {
    'session.put': 'sessions',
    'resident.put': 'residents',
    'feedback.add': 'feedback',
  }[m.name];
  await tx.query(`update ${table} set change_seq = $3 where commune_code = $1 and id = $2`, [
    commune,
    m.args.id,
    seq,
  ]);
}

/** Returns a rejection reason, or undefined when applied. */
function applyMutation(ctx: ChangeContext, m: Mutation): Promise<Rejection | undefined> {
  switch (m.name) {
    case 'session.put':
      return applySession(ctx, m.args);
    case 'resident.put':
      return applyResident(ctx, m.args);
    case 'attendance.set':
      return applyAttendance(ctx, m.args);
    case 'feedback.add':
      return applyFeedback(ctx, m.args);
  }
}
