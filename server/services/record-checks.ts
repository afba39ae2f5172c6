/**
 * Checks a pushed record against what the server holds and what the pusher may reach before it is
 * applied. Each answers the rejection reason a device shows, or undefined when the record may be
 * applied. A volunteer writes only in the villages assigned to them: a new record must name one of
 * them, and an existing record must already be in one (no moving another village's record away).
 */
import { scopeHasVillage } from '../db/scope';
import type { ChangeContext } from './change-context';

export type Rejection =
  | 'wrong_commune'
  | 'unknown_village'
  | 'forbidden_village'
  | 'unknown_session'
  | 'unknown_resident'
  /** Two edits merged into a record that is no longer valid (e.g. a class with no topic). */
  | 'invalid_merge'
  /** A learner's device sent what only staff may send (a field record, a profile link). */
  | 'forbidden'
  /** No learner profile with that id, or (for a link) with that code, in the commune. */
  | 'unknown_profile'
  /** A link's profile code matches more than one profile of the commune. */
  | 'ambiguous_profile'
  /** Another completion already has this certificate code. */
  | 'duplicate_code';

/**
 * The record belongs to the pusher's commune, names one of its villages within the pusher's
 * scope, and (when `stored` is given) is not a record of another village already on the server.
 */
export function checkPlace(
  { scope, batch }: ChangeContext,
  record: { communeCode: string; villageId: string },
  stored?: { record: { villageId: string } },
): Rejection | undefined {
  if (record.communeCode !== scope.commune) return 'wrong_commune';
  if (!batch.villages.has(record.villageId)) return 'unknown_village';
  if (!scopeHasVillage(scope, record.villageId)) return 'forbidden_village';
  if (stored && !scopeHasVillage(scope, stored.record.villageId)) return 'forbidden_village';
  return undefined;
}

/** The session is on the server and in one of the pusher's villages. */
export function checkSession(
  { scope, batch }: ChangeContext,
  sessionId: string,
): Rejection | undefined {
  const villageId = batch.sessionPlaces.get(sessionId);
  if (villageId === undefined) return 'unknown_session';
  return scopeHasVillage(scope, villageId) ? undefined : 'forbidden_village';
}

/** The resident is on the commune's rosters (a walk-in may come from a neighbouring village). */
export function checkResident({ batch }: ChangeContext, residentId: string): Rejection | undefined {
  return batch.residentPlaces.has(residentId) ? undefined : 'unknown_resident';
}
