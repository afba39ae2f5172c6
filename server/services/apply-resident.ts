/**
 * resident.put (interim rule until the per-field HLC merge of the sync issue): upsert, last writer
 * wins by updatedAt, except that erasure wins forever. An erased put always applies over a
 * non-erased row, whatever its updatedAt (the person asked to be forgotten; an edit made offline
 * before the device heard of it must not bring the data back), and keeps the later updatedAt of the
 * two so no later-wins comparison elsewhere can prefer the old data. A non-erased put for an erased
 * row is ignored but answered 'ok': the device did nothing wrong and will receive the erasure.
 * Erased rows hold no name, birth year, phone or consent (the table's check enforces it too).
 */
import type { Resident } from '../../src/core/resident';
import type { Queryable } from '../db/executor';
import type { Scope } from '../db/scope';
import { jsonParam } from '../db/sql';
import { checkPlace, type Rejection } from './record-checks';

/** The columns of a resident row; the personal ones are null once erased. */
function columns(r: Resident) {
  if (r.erased) {
    return { fullName: null, birthYear: null, phone: null, consent: null, ageGroup: r.ageGroup };
  }
  const { fullName, birthYear, phone, consent } = r;
  return { fullName, birthYear, phone, consent: jsonParam(consent), ageGroup: null };
}

export async function applyResident(
  tx: Queryable,
  scope: Scope,
  r: Resident,
): Promise<Rejection | undefined> {
  const rejection = await checkPlace(tx, scope, r, 'residents');
  if (rejection) return rejection;
  const c = columns(r);
  await tx.query(
    `insert into residents (commune_code, id, village_id, erased, full_name, birth_year, sex,
       phone, age_group, consent, created_at, updated_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::text::jsonb, $11::timestamptz,
       $12::timestamptz)
     on conflict (commune_code, id) do update set
       village_id = excluded.village_id, erased = excluded.erased,
       full_name = excluded.full_name, birth_year = excluded.birth_year, sex = excluded.sex,
       phone = excluded.phone, age_group = excluded.age_group, consent = excluded.consent,
       updated_at = greatest(residents.updated_at, excluded.updated_at),
       server_updated_at = now()
     where (excluded.erased and not residents.erased)
        or (excluded.erased = residents.erased and residents.updated_at <= excluded.updated_at)`,
    [
      scope.commune,
      r.id,
      r.villageId,
      r.erased,
      c.fullName,
      c.birthYear,
      r.sex,
      c.phone,
      c.ageGroup,
      c.consent,
      r.createdAt,
      r.updatedAt,
    ],
  );
  return undefined;
}
