/**
 * Checks a pushed record against what the server holds and what the pusher may reach before it is
 * applied. Each answers the rejection reason a device shows, or undefined when the record may be
 * applied. A volunteer writes only in the villages assigned to them: a new record must name one of
 * them, and an existing record must already be in one (no moving another village's record away).
 */
import { scopeHasVillage } from '../db/scope';
import type { ChangeContext } from './change-context';
import type { RecordTable } from './push-lookups';

export type Rejection =
  | 'wrong_commune'
  | 'unknown_village'
  | 'forbidden_village'
  | 'unknown_session'
  | 'unknown_resident'
  /** Two edits merged into a record that is no longer valid (e.g. a class with no topic). */
  | 'invalid_merge';

/**
 * The record belongs to the pusher's commune, names one of its villages within the pusher's
 * scope, and (when `table` is given) is not a record of another village already on the server.
 */
export async function checkPlace(
  { scope, lookups }: ChangeContext,
  record: { communeCode: string; villageId: string; id?: string },
  table?: RecordTable,
): Promise<Rejection | undefined> {
  if (record.communeCode !== scope.commune) return 'wrong_commune';
  if (!(await lookups.villageExists(record.villageId))) return 'unknown_village';
  if (!scopeHasVillage(scope, record.villageId)) return 'forbidden_village';
  if (table && record.id) {
    const stored = await lookups.villageOf(table, record.id);
    if (stored !== undefined && !scopeHasVillage(scope, stored)) return 'forbidden_village';
  }
  return undefined;
}

/** The session is on the server and in one of the pusher's villages. */
export async function checkSession(
  { scope, lookups }: ChangeContext,
  sessionId: string,
): Promise<Rejection | undefined> {
  const village = await lookups.villageOf('sessions', sessionId);
  if (village === undefined) return 'unknown_session';
  return scopeHasVillage(scope, village) ? undefined : 'forbidden_village';
}

/** The resident is on the commune's rosters (a walk-in may come from a neighbouring village). */
export async function checkResident(
  { lookups }: ChangeContext,
  residentId: string,
): Promise<Rejection | undefined> {
  return (await lookups.villageOf('residents', residentId)) === undefined
    ? 'unknown_resident'
    : undefined;
}
