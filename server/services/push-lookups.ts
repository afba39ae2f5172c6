/**
 * Lookups shared by the mutations of one push, in its transaction: the commune's villages, and the
 * village of each session and resident already seen. A push of 500 attendance ticks for one
 * session asks the database about that session once, not 500 times. Writes in the push update it.
 */
import type { Queryable } from '../db/executor';

export type RecordTable = 'sessions' | 'residents';

export interface PushLookups {
  villageExists(id: string): Promise<boolean>;
  /** The stored record's village, or undefined when the server has no such record. */
  villageOf(table: RecordTable, id: string): Promise<string | undefined>;
  remember(table: RecordTable, id: string, villageId: string): void;
}

export function pushLookups(tx: Queryable, commune: string): PushLookups {
  let villages: Promise<Set<string>> | undefined;
  const known = { sessions: new Map<string, string>(), residents: new Map<string, string>() };
  return {
    async villageExists(id) {
      villages ??= tx
        .query<{ id: string }>('select id from villages where commune_code = $1', [commune])
        .then((rows) => new Set(rows.map((r) => r.id)));
      return (await villages).has(id);
    },
    async villageOf(table, id) {
      const cached = known[table].get(id);
      if (cached !== undefined) return cached;
      const [row] = await tx.query<{ village_id: string }>(
        `select village_id from ${table} where commune_code = $1 and id = $2`,
        [commune, id],
      );
      if (row) known[table].set(id, row.village_id);
      return row?.village_id;
    },
    remember(table, id, villageId) {
      known[table].set(id, villageId);
    },
  };
}
