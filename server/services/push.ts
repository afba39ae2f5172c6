/**
 * Applies a device's pushed mutations, each (client, seq) exactly once: the client's last applied
 * seq is read under a row lock and written back in the same transaction as the effects, so a push
 * replayed after a dropped response changes nothing. Each mutation's rule lives in its apply-*.ts
 * file (interim rules: whole-record last-writer-wins until the sync issue brings per-field clocks).
 */
import type { Mutation, MutationResult, PushRequest } from '../../src/core/wire';
import type { Db, Queryable } from '../db/executor';
import type { Scope } from '../db/scope';
import { applyAttendance } from './apply-attendance';
import { applyFeedback } from './apply-feedback';
import { applyResident } from './apply-resident';
import { applySession } from './apply-session';
import type { Rejection } from './record-checks';

/** Applies `req` as the caller whose reach is `scope` (the commune always comes from there). */
export async function applyPush(db: Db, scope: Scope, req: PushRequest): Promise<MutationResult[]> {
  return db.transact(async (tx) => {
    // 1. Register the device on its first push, then lock its row: one push per device at a time.
    await tx.query(
      `insert into sync_clients (commune_code, client_id) values ($1, $2)
       on conflict (commune_code, client_id) do nothing`,
      [scope.commune, req.clientId],
    );
    const [client] = await tx.query<{ last_seq: string }>(
      `select last_seq::text as last_seq from sync_clients
       where commune_code = $1 and client_id = $2 for update`,
      [scope.commune, req.clientId],
    );
    let lastSeq = Number(client?.last_seq ?? 0);

    // 2. Apply in seq order; anything at or below lastSeq was applied by an earlier push.
    const results: MutationResult[] = [];
    for (const m of [...req.mutations].sort((a, b) => a.seq - b.seq)) {
      if (m.seq <= lastSeq) {
        results.push({ seq: m.seq, status: 'ok' });
        continue;
      }
      const reason = await applyMutation(tx, scope, m);
      results.push(
        reason ? { seq: m.seq, status: 'rejected', reason } : { seq: m.seq, status: 'ok' },
      );
      lastSeq = m.seq;
    }

    // 3. Record progress in the same transaction as the effects.
    await tx.query(
      `update sync_clients set last_seq = $3, last_seen_at = now()
       where commune_code = $1 and client_id = $2`,
      [scope.commune, req.clientId, lastSeq],
    );
    return results;
  });
}

/** Returns a rejection reason, or undefined when applied. */
function applyMutation(tx: Queryable, scope: Scope, m: Mutation): Promise<Rejection | undefined> {
  switch (m.name) {
    case 'session.put':
      return applySession(tx, scope, m.args);
    case 'resident.put':
      return applyResident(tx, scope, m.args);
    case 'attendance.set':
      return applyAttendance(tx, scope, m.args);
    case 'feedback.add':
      return applyFeedback(tx, scope, m.args);
  }
}
