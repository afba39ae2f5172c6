/**
 * The commune's change sequence: the number a changed row is stamped with, which devices pull by.
 * Taking a number locks the commune's counter row until the transaction commits, so numbers commit
 * in increasing order and "everything after N" never skips a row that commits late.
 */
import type { Queryable } from './executor';

export async function nextChangeSeq(tx: Queryable, commune: string): Promise<number> {
  const [row] = await tx.query<{ seq: string }>(
    `insert into commune_changes (commune_code, last_seq) values ($1, 1)
     on conflict (commune_code) do update set last_seq = commune_changes.last_seq + 1
     returning last_seq::text as seq`,
    [commune],
  );
  return Number(row?.seq);
}
