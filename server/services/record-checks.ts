/**
 * Checks a pushed record against what the server holds and what the pusher may reach before it is
 * applied. Each answers the rejection reason a device shows, or undefined when the record may be
 * applied. A volunteer writes only in the villages assigned to them: a new record must name one of
 * them, and an existing record must already be in one (no moving another village's record away).
 */
import type { Queryable } from '../db/executor';
import { type Scope, scopeHasVillage } from '../db/scope';

export type Rejection =
  | 'wrong_commune'
  | 'unknown_village'
  | 'forbidden_village'
  | 'unknown_session'
  | 'unknown_resident'
  /** Two edits merged into a record that is no longer valid (e.g. a class with no topic). */
  | 'invalid_merge';

async function villageOf(
  tx: Queryable,
  table: 'sessions' | 'residents',
  commune: string,
  id: string,
): Promise<string | undefined> {
  const [row] = await tx.query<{ village_id: string }>(
    `select village_id from ${table} where commune_code = $1 and id = $2`,
    [commune, id],
  );
  return row?.village_id;
}

/**
 * The record belongs to the pusher's commune, names one of its villages within the pusher's
 * scope, and (when `table` is given) is not a record of another village already on the server.
 */
export async function checkPlace(
  tx: Queryable,
  scope: Scope,
  record: { communeCode: string; villageId: string; id?: string },
  table?: 'sessions' | 'residents',
): Promise<Rejection | undefined> {
  if (record.communeCode !== scope.commune) return 'wrong_commune';
  const found = await tx.query('select 1 from villages where commune_code = $1 and id = $2', [
    scope.commune,
    record.villageId,
  ]);
  if (found.length === 0) return 'unknown_village';
  if (!scopeHasVillage(scope, record.villageId)) return 'forbidden_village';
  if (table && record.id) {
    const stored = await villageOf(tx, table, scope.commune, record.id);
    if (stored !== undefined && !scopeHasVillage(scope, stored)) return 'forbidden_village';
  }
  return undefined;
}

/** The session is on the server and in one of the pusher's villages. */
export async function checkSession(
  tx: Queryable,
  scope: Scope,
  sessionId: string,
): Promise<Rejection | undefined> {
  const village = await villageOf(tx, 'sessions', scope.commune, sessionId);
  if (village === undefined) return 'unknown_session';
  return scopeHasVillage(scope, village) ? undefined : 'forbidden_village';
}

/** The resident is on the commune's rosters (a walk-in may come from a neighbouring village). */
export async function checkResident(
  tx: Queryable,
  scope: Scope,
  residentId: string,
): Promise<Rejection | undefined> {
  const village = await villageOf(tx, 'residents', scope.commune, residentId);
  return village === undefined ? 'unknown_resident' : undefined;
}
