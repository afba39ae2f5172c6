/**
 * The commune's change sequence: the number a changed row is stamped with, which devices pull by.
 * Taking a number locks the commune's counter row until the transaction commits, so numbers commit
 * in increasing order and "everything after N" never skips a row that commits late.
 */
import type { Queryable } from './executor';

/** Takes `count` numbers at once; answers the last one (the block is last-count+1 … last). */
export async function takeNumbers(tx: Queryable, commune: string, count: number): Promise<number> {
  const [row] = await tx.query<{ seq: string }>(
    `insert into commune_changes (commune_code, last_seq) values ($1, $2)
     on conflict (commune_code) do update set last_seq = commune_changes.last_seq + $2
     returning last_seq::text as seq`,
    [commune, count],
  );
  return Number(row?.seq);
}

/**
 * Takes the commune's counter row lock (until commit) without taking a number; answers the last
 * number taken, which stays the last until this transaction takes more.
 */
export async function lockCommuneChanges(tx: Queryable, commune: string): Promise<number> {
  const [row] = await tx.query<{ seq: string }>(
    `insert into commune_changes (commune_code) values ($1)
     on conflict (commune_code) do update set last_seq = commune_changes.last_seq
     returning last_seq::text as seq`,
    [commune],
  );
  return Number(row?.seq);
}

export const nextChangeSeq = (tx: Queryable, commune: string): Promise<number> =>
  takeNumbers(tx, commune, 1);
