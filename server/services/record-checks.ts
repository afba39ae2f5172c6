/**
 * Checks a pushed record against what the server holds before it is applied. Each answers the
 * rejection reason a device shows, or undefined when the record may be applied.
 */
import type { Queryable } from '../db/executor';

export type Rejection =
  | 'wrong_commune'
  | 'unknown_village'
  | 'unknown_session'
  | 'unknown_resident';

async function exists(tx: Queryable, sql: string, params: unknown[]): Promise<boolean> {
  return (await tx.query(sql, params)).length > 0;
}

/** The record belongs to the pushing commune, and names one of its villages. */
export async function checkCommuneAndVillage(
  tx: Queryable,
  communeCode: string,
  record: { communeCode: string; villageId: string },
): Promise<Rejection | undefined> {
  if (record.communeCode !== communeCode) return 'wrong_commune';
  const found = await exists(tx, 'select 1 from villages where commune_code = $1 and id = $2', [
    communeCode,
    record.villageId,
  ]);
  return found ? undefined : 'unknown_village';
}

export async function checkSession(
  tx: Queryable,
  communeCode: string,
  sessionId: string,
): Promise<Rejection | undefined> {
  const found = await exists(tx, 'select 1 from sessions where commune_code = $1 and id = $2', [
    communeCode,
    sessionId,
  ]);
  return found ? undefined : 'unknown_session';
}

export async function checkResident(
  tx: Queryable,
  communeCode: string,
  residentId: string,
): Promise<Rejection | undefined> {
  const found = await exists(tx, 'select 1 from residents where commune_code = $1 and id = $2', [
    communeCode,
    residentId,
  ]);
  return found ? undefined : 'unknown_resident';
}
