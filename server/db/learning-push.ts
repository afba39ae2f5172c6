/**
 * The learning tables' side of a push batch (server/services/push-batch.ts): one read per table
 * before the batch is applied, one statement per table after. Learning rows carry no change
 * number: devices never pull them (a learner's phone is where they come from).
 */
import type { Attempt, Completion } from '../../src/core/learning';
import type { PushBatch, StoredProfile } from '../services/push-batch';
import type { Queryable } from './executor';
import { isoUtc } from './sql';

const PROFILE_COLUMNS = `id::text, commune_code as "communeCode", village_id as "villageId",
  birth_year as "birthYear", ${isoUtc('created_at')} as "createdAt",
  ${isoUtc('updated_at')} as "updatedAt", resident_id::text as "residentId", consent,
  ${isoUtc('linked_at')} as "linkedAt", hlc`;

/** The profiles with these ids, and every profile whose code is one of `codes` (for links). */
export async function loadProfiles(
  tx: Queryable,
  commune: string,
  ids: string[],
  codes: string[],
): Promise<Map<string, StoredProfile>> {
  if (ids.length === 0 && codes.length === 0) return new Map();
  const rows = await tx.query<StoredProfile>(
    `select ${PROFILE_COLUMNS} from learner_profiles where commune_code = $1 and (
       id in (select value::uuid from jsonb_array_elements_text($2::text::jsonb))
       or profile_code in (select value from jsonb_array_elements_text($3::text::jsonb)))`,
    [commune, JSON.stringify(ids), JSON.stringify(codes)],
  );
  return new Map(rows.map((p) => [p.id, p]));
}

/** Stored completions of the same profile and module as one of `wanted`, or with one of its codes. */
export async function loadCompletions(
  tx: Queryable,
  commune: string,
  wanted: Completion[],
): Promise<{ profileId: string; moduleCode: string; code: string }[]> {
  if (wanted.length === 0) return [];
  return tx.query<{ profileId: string; moduleCode: string; code: string }>(
    `select profile_id::text as "profileId", module_code as "moduleCode", code
     from module_completions where commune_code = $1 and (
       (profile_id, module_code) in (select x.profile_id, x.module_code
         from jsonb_to_recordset($2::text::jsonb) as x(profile_id uuid, module_code text))
       or code in (select value from jsonb_array_elements_text($3::text::jsonb)))`,
    [
      commune,
      JSON.stringify(wanted.map((c) => ({ profile_id: c.profileId, module_code: c.moduleCode }))),
      JSON.stringify(wanted.map((c) => c.code)),
    ],
  );
}

/** Writes the batch's learning effects: profiles first, since attempts and completions name them. */
export async function writeLearning(
  tx: Queryable,
  commune: string,
  writes: PushBatch['writes'],
): Promise<void> {
  // Sent at once, run in this order.
  await Promise.all([
    upsertProfiles(tx, commune, [...writes.profiles.values()]),
    unlinkProfiles(tx, commune, [...writes.unlinkProfilesOf]),
    insertAttempts(tx, commune, writes.attempts),
    insertCompletions(tx, commune, writes.completions),
  ]);
}

/** The batch's state of each profile it changed is whole (loaded under the commune's lock). */
async function upsertProfiles(
  tx: Queryable,
  commune: string,
  rows: StoredProfile[],
): Promise<void> {
  if (rows.length === 0) return;
  await tx.query(
    `insert into learner_profiles (commune_code, id, village_id, birth_year, resident_id, consent,
       linked_at, created_at, updated_at, hlc)
     select $1, x.* from jsonb_to_recordset($2::text::jsonb) as x(id uuid, village_id text,
       birth_year integer, resident_id uuid, consent jsonb, linked_at timestamptz,
       created_at timestamptz, updated_at timestamptz, hlc text)
     on conflict (commune_code, id) do update set
       village_id = excluded.village_id, birth_year = excluded.birth_year,
       resident_id = excluded.resident_id, consent = excluded.consent,
       linked_at = excluded.linked_at, updated_at = excluded.updated_at, hlc = excluded.hlc,
       server_updated_at = now()`,
    [
      commune,
      JSON.stringify(
        rows.map((p) => ({
          id: p.id,
          village_id: p.villageId,
          birth_year: p.birthYear,
          resident_id: p.residentId,
          consent: p.consent,
          linked_at: p.linkedAt,
          created_at: p.createdAt,
          updated_at: p.updatedAt,
          hlc: p.hlc,
        })),
      ),
    ],
  );
}

/**
 * Profiles linked to residents erased by this batch, including any the batch did not load: their
 * completions stay, counted anonymously. Answers how many profiles it unlinked.
 */
export async function unlinkProfiles(
  tx: Queryable,
  commune: string,
  residentIds: string[],
): Promise<number> {
  if (residentIds.length === 0) return 0;
  const rows = await tx.query(
    `update learner_profiles set resident_id = null, consent = null, linked_at = null,
       server_updated_at = now()
     where commune_code = $1 and resident_id in
       (select value::uuid from jsonb_array_elements_text($2::text::jsonb))
     returning id`,
    [commune, JSON.stringify(residentIds)],
  );
  return rows.length;
}

async function insertAttempts(tx: Queryable, commune: string, rows: Attempt[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.query(
    `insert into learning_attempts (commune_code, id, profile_id, module_code, module_version,
       lesson_id, answers, correct, total, passed, attempted_at)
     select $1, x.* from jsonb_to_recordset($2::text::jsonb) as x(id uuid, profile_id uuid,
       module_code text, module_version integer, lesson_id text, answers jsonb, correct integer,
       total integer, passed boolean, attempted_at timestamptz)`,
    [
      commune,
      JSON.stringify(
        rows.map((a) => ({
          id: a.id,
          profile_id: a.profileId,
          module_code: a.moduleCode,
          module_version: a.moduleVersion,
          lesson_id: a.lessonId,
          answers: a.answers,
          correct: a.correct,
          total: a.total,
          passed: a.passed,
          attempted_at: a.at,
        })),
      ),
    ],
  );
}

async function insertCompletions(
  tx: Queryable,
  commune: string,
  rows: Completion[],
): Promise<void> {
  if (rows.length === 0) return;
  await tx.query(
    `insert into module_completions (commune_code, profile_id, module_code, module_version,
       completed_at, code)
     select $1, x.* from jsonb_to_recordset($2::text::jsonb) as x(profile_id uuid,
       module_code text, module_version integer, completed_at timestamptz, code text)`,
    [
      commune,
      JSON.stringify(
        rows.map((c) => ({
          profile_id: c.profileId,
          module_code: c.moduleCode,
          module_version: c.moduleVersion,
          completed_at: c.completedAt,
          code: c.code,
        })),
      ),
    ],
  );
}
