/**
 * Applies a device's pushed mutations, each (client, seq) exactly once: the client's last applied
 * seq is read under a row lock and written back in the same transaction as the effects, so a push
 * replayed after a dropped response changes nothing. (Walking skeleton: sessions only; the sync
 * issue adds clocks, conflicts and the other records.)
 */
import type { MutationResult, PushRequest } from '../../src/core/wire';
import type { Db, Queryable } from '../db/executor';

export async function applyPush(db: Db, req: PushRequest): Promise<MutationResult[]> {
  return db.transact(async (tx) => {
    // 1. Register the device on its first push, then lock its row: one push per device at a time.
    await tx.query(
      `insert into sync_clients (commune_code, client_id) values ($1, $2)
       on conflict (commune_code, client_id) do nothing`,
      [req.communeCode, req.clientId],
    );
    const [client] = await tx.query<{ last_seq: string }>(
      `select last_seq::text as last_seq from sync_clients
       where commune_code = $1 and client_id = $2 for update`,
      [req.communeCode, req.clientId],
    );
    let lastSeq = Number(client?.last_seq ?? 0);

    // 2. Apply in seq order; anything at or below lastSeq was applied by an earlier push.
    const results: MutationResult[] = [];
    for (const m of [...req.mutations].sort((a, b) => a.seq - b.seq)) {
      if (m.seq <= lastSeq) {
        results.push({ seq: m.seq, status: 'ok' });
        continue;
      }
      const reason = await applyMutation(tx, req.communeCode, m.args);
      results.push(
        reason ? { seq: m.seq, status: 'rejected', reason } : { seq: m.seq, status: 'ok' },
      );
      lastSeq = m.seq;
    }

    // 3. Record progress in the same transaction as the effects.
    await tx.query(
      `update sync_clients set last_seq = $3, last_seen_at = now()
       where commune_code = $1 and client_id = $2`,
      [req.communeCode, req.clientId, lastSeq],
    );
    return results;
  });
}

type SessionArgs = PushRequest['mutations'][number]['args'];

/** Returns a rejection reason, or undefined when applied. */
async function applyMutation(
  tx: Queryable,
  communeCode: string,
  s: SessionArgs,
): Promise<string | undefined> {
  if (s.communeCode !== communeCode) return 'wrong_commune';
  const village = await tx.query('select 1 from villages where commune_code = $1 and id = $2', [
    communeCode,
    s.villageId,
  ]);
  if (village.length === 0) return 'unknown_village';
  // Topics go in as text and are cast: both drivers then agree on how the JSON is encoded.
  await tx.query(
    `insert into sessions (commune_code, id, village_id, session_date, topics, created_at, updated_at)
     values ($1, $2, $3, $4::date, $5::text::jsonb, $6::timestamptz, $7::timestamptz)
     on conflict (commune_code, id) do update set
       village_id = excluded.village_id, session_date = excluded.session_date,
       topics = excluded.topics, updated_at = excluded.updated_at, server_updated_at = now()
     where sessions.updated_at <= excluded.updated_at`,
    [communeCode, s.id, s.villageId, s.date, JSON.stringify(s.topics), s.createdAt, s.updatedAt],
  );
  return undefined;
}
