/**
 * Residents in SQL for sync: the changes a pull sends (a push's reads and writes are in
 * push-reads/push-writes). Erased rows hold no name, birth year, phone or consent (the table's check too).
 */
import type { Clocks } from '../../src/core/merge';
import type { Resident } from '../../src/core/resident';
import { RESIDENT_COLUMNS, type ResidentRow, toResident } from './admin-resident-queries';
import type { Queryable } from './executor';
import { type Scope, scopeFilter } from './scope';

export async function residentsChangedAfter(
  db: Queryable,
  scope: Scope,
  after: number,
  upTo: number,
  limit: number,
): Promise<{ record: Resident; clocks: Clocks; changeSeq: number }[]> {
  const f = scopeFilter(scope, 'r', 4);
  const rows = await db.query<ResidentRow & { clocks: Clocks; changeSeq: string }>(
    `select ${RESIDENT_COLUMNS}, clocks, change_seq::text as "changeSeq" from residents r
     where r.change_seq > $1 and r.change_seq <= $3 and ${f.sql} order by r.change_seq limit $2`,
    [after, limit, upTo, ...f.params],
  );
  return rows.map(({ clocks, changeSeq, ...row }) => ({
    record: toResident(row),
    clocks,
    changeSeq: Number(changeSeq),
  }));
}
