/**
 * Residents in SQL for sync: the locked read and whole-row write of a merge, and the changes a
 * pull sends. Erased rows hold no name, birth year, phone or consent (the table's check too).
 */
import type { Clocks } from '../../src/core/merge';
import type { Resident } from '../../src/core/resident';
import { RESIDENT_COLUMNS, type ResidentRow, toResident } from './admin-resident-queries';
import type { Queryable } from './executor';
import { type Scope, scopeFilter } from './scope';
import { jsonParam } from './sql';

export async function findResidentForUpdate(
  tx: Queryable,
  commune: string,
  id: string,
): Promise<{ resident: Resident; clocks: Clocks } | undefined> {
  const [row] = await tx.query<ResidentRow & { clocks: Clocks }>(
    `select ${RESIDENT_COLUMNS}, clocks from residents
     where commune_code = $1 and id = $2 for update`,
    [commune, id],
  );
  return row && { resident: toResident(row), clocks: row.clocks };
}

export async function writeResident(
  tx: Queryable,
  r: Resident,
  clocks: Clocks,
  changeSeq: number,
): Promise<void> {
  const personal = r.erased
    ? { fullName: null, birthYear: null, phone: null, consent: null, ageGroup: r.ageGroup }
    : { ...r, consent: jsonParam(r.consent), ageGroup: null };
  await tx.query(
    `insert into residents (commune_code, id, village_id, erased, full_name, birth_year, sex,
       phone, age_group, consent, created_at, updated_at, clocks, change_seq)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::text::jsonb, $11::timestamptz,
       $12::timestamptz, $13::text::jsonb, $14)
     on conflict (commune_code, id) do update set
       village_id = excluded.village_id, erased = excluded.erased,
       full_name = excluded.full_name, birth_year = excluded.birth_year, sex = excluded.sex,
       phone = excluded.phone, age_group = excluded.age_group, consent = excluded.consent,
       updated_at = excluded.updated_at, clocks = excluded.clocks,
       change_seq = excluded.change_seq, server_updated_at = now()`,
    [
      r.communeCode,
      r.id,
      r.villageId,
      r.erased,
      personal.fullName,
      personal.birthYear,
      r.sex,
      personal.phone,
      personal.ageGroup,
      personal.consent,
      r.createdAt,
      r.updatedAt,
      jsonParam(clocks),
      changeSeq,
    ],
  );
}

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
