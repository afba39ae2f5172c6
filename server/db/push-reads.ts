/**
 * The reads of a push batch (server/services/push-batch.ts): the commune's villages, the whole
 * stored sessions and residents the batch changes, the places (village, erasure) of the ones it
 * only names, and which of the feedback and attempts it adds are already stored, one query each.
 * Ids go in as one JSON array parameter, which both drivers pass the same way (see sql.ts).
 */
import type { ClampedClock } from '../../src/core/hlc';
import type { Clocked, Clocks } from '../../src/core/merge';
import type { Resident } from '../../src/core/resident';
import type { StoredSession } from '../../src/core/session';
import { RESIDENT_COLUMNS, type ResidentRow, toResident } from './admin-resident-queries';
import type { Queryable } from './executor';
import { SESSION_COLUMNS } from './session-queries';

/** `column in (the ids)`, the ids being parameter $n. */
const inIds = (column: string, n: number) =>
  `${column} in (select value::uuid from jsonb_array_elements_text($${n}::text::jsonb))`;

export async function loadVillages(tx: Queryable, commune: string): Promise<Set<string>> {
  const rows = await tx.query<{ id: string }>('select id from villages where commune_code = $1', [
    commune,
  ]);
  return new Set(rows.map((r) => r.id));
}

export async function loadSessions(
  tx: Queryable,
  commune: string,
  ids: string[],
): Promise<Map<string, Clocked<StoredSession>>> {
  if (ids.length === 0) return new Map();
  const rows = await tx.query<StoredSession & { clocks: Clocks }>(
    `select ${SESSION_COLUMNS}, clocks from sessions where commune_code = $1 and ${inIds('id', 2)}`,
    [commune, JSON.stringify(ids)],
  );
  return new Map(rows.map(({ clocks, ...record }) => [record.id, { record, clocks }]));
}

export async function loadResidents(
  tx: Queryable,
  commune: string,
  ids: string[],
): Promise<Map<string, Clocked<Resident>>> {
  if (ids.length === 0) return new Map();
  const rows = await tx.query<ResidentRow & { clocks: Clocks }>(
    `select ${RESIDENT_COLUMNS}, clocks from residents
     where commune_code = $1 and ${inIds('id', 2)}`,
    [commune, JSON.stringify(ids)],
  );
  return new Map(rows.map(({ clocks, ...row }) => [row.id, { record: toResident(row), clocks }]));
}

/** The village of each of these stored sessions. */
export async function loadSessionPlaces(
  tx: Queryable,
  commune: string,
  ids: string[],
): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await tx.query<{ id: string; village_id: string }>(
    `select id::text, village_id from sessions where commune_code = $1 and ${inIds('id', 2)}`,
    [commune, JSON.stringify(ids)],
  );
  return new Map(rows.map((r) => [r.id, r.village_id]));
}

export interface ResidentPlace {
  villageId: string;
  erased: boolean;
}

/** The village and erasure of each of these stored residents. */
export async function loadResidentPlaces(
  tx: Queryable,
  commune: string,
  ids: string[],
): Promise<Map<string, ResidentPlace>> {
  if (ids.length === 0) return new Map();
  const rows = await tx.query<{ id: string; village_id: string; erased: boolean }>(
    `select id::text, village_id, erased from residents
     where commune_code = $1 and ${inIds('id', 2)}`,
    [commune, JSON.stringify(ids)],
  );
  return new Map(rows.map((r) => [r.id, { villageId: r.village_id, erased: r.erased }]));
}

/** Which of these ids are already stored in `table` (append-only records: feedback, attempts). */
export async function loadStoredIds(
  tx: Queryable,
  commune: string,
  table: 'feedback' | 'learning_attempts',
  ids: string[],
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await tx.query<{ id: string }>(
    `select id::text from ${table} where commune_code = $1 and ${inIds('id', 2)}`,
    [commune, JSON.stringify(ids)],
  );
  return new Set(rows.map((r) => r.id));
}

/** The clamped clocks kept for these devices (nodes), by node (see src/core/hlc.ts). */
export async function loadClamps(
  tx: Queryable,
  commune: string,
  nodes: string[],
): Promise<Map<string, ClampedClock[]>> {
  const out = new Map<string, ClampedClock[]>(nodes.map((n) => [n, []]));
  if (nodes.length === 0) return out;
  const rows = await tx.query<{ node: string; original: string; effective: string }>(
    `select node, original, effective from hlc_clamps
     where commune_code = $1 and node in (select jsonb_array_elements_text($2::text::jsonb))`,
    [commune, JSON.stringify(nodes)],
  );
  for (const { node, ...clock } of rows) out.get(node)?.push(clock);
  return out;
}
