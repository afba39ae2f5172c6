/**
 * What an administrator reads and writes about the commune's staff (volunteers and officers) and
 * the erased-residents list every device needs. Every function takes the caller's commune (or
 * Scope) first: a row of another commune is never read or touched, it is simply not found.
 */
import type { StaffMember } from '../../src/core/auth';
import { compareByGivenName } from '../../src/core/text';
import { revokeUserDevices } from './account-queries';
import type { Queryable } from './executor';
import { type Scope, scopeFilter } from './scope';
import { isoUtc } from './sql';

/** An administrator reaches every village of the commune, so that is the list shown for them. */
const STAFF_COLUMNS = `
  u.id::text, u.phone, u.display_name as "displayName", u.role, u.status,
  ${isoUtc('u.created_at')} as "createdAt",
  coalesce(case when u.role = 'admin'
    then (select jsonb_agg(v.id order by v.sort_order) from villages v
          where v.commune_code = u.commune_code)
    else (select jsonb_agg(uv.village_id order by v.sort_order, v.id) from user_villages uv
          join villages v on v.commune_code = uv.commune_code and v.id = uv.village_id
          where uv.commune_code = u.commune_code and uv.user_id = u.id)
  end, '[]'::jsonb) as villages`;

const STATUS_ORDER = { active: 0, invited: 1, revoked: 2 } as const;

/** Administrators first, revoked people last, Vietnamese name order within each. */
export async function listStaff(db: Queryable, commune: string): Promise<StaffMember[]> {
  const rows = await db.query<StaffMember>(
    `select ${STAFF_COLUMNS} from users u where u.commune_code = $1`,
    [commune],
  );
  const rank = (m: StaffMember) => (m.role === 'admin' ? 0 : 1 + STATUS_ORDER[m.status]);
  return rows.sort(
    (a, b) =>
      rank(a) - rank(b) ||
      compareByGivenName(a.displayName, b.displayName) ||
      (a.id < b.id ? -1 : 1),
  );
}

/** One staff member of the commune, or undefined (also for an id of another commune). */
export async function findStaff(
  db: Queryable,
  commune: string,
  id: string,
  opts: { lock?: boolean } = {},
): Promise<StaffMember | undefined> {
  if (opts.lock) {
    await db.query('select 1 from users where commune_code = $1 and id = $2 for update', [
      commune,
      id,
    ]);
  }
  const [row] = await db.query<StaffMember>(
    `select ${STAFF_COLUMNS} from users u where u.commune_code = $1 and u.id = $2`,
    [commune, id],
  );
  return row;
}

export async function phoneTaken(db: Queryable, phone: string): Promise<boolean> {
  return (await db.query('select 1 from users where phone = $1', [phone])).length > 0;
}

/** The ids in `villages` that are not villages of the commune. */
export async function unknownVillages(
  db: Queryable,
  commune: string,
  villages: readonly string[],
): Promise<string[]> {
  const rows = await db.query<{ id: string }>(
    `select id from villages where commune_code = $1
       and id in (select jsonb_array_elements_text($2::text::jsonb))`,
    [commune, JSON.stringify(villages)],
  );
  const known = new Set(rows.map((r) => r.id));
  return villages.filter((v) => !known.has(v));
}

export async function insertVolunteer(
  db: Queryable,
  commune: string,
  v: { id: string; phone: string; displayName: string },
): Promise<void> {
  // '!' is not a scrypt hash, so no password verifies until the invite is redeemed.
  await db.query(
    `insert into users (commune_code, id, phone, display_name, role, password_hash, status)
     values ($1, $2, $3, $4, 'volunteer', '!', 'invited')`,
    [commune, v.id, v.phone, v.displayName],
  );
}

/** Replaces the user's villages with `villages` (all checked to be the commune's). */
export async function replaceUserVillages(
  db: Queryable,
  commune: string,
  userId: string,
  villages: readonly string[],
): Promise<void> {
  await db.query('delete from user_villages where commune_code = $1 and user_id = $2', [
    commune,
    userId,
  ]);
  await db.query(
    `insert into user_villages (commune_code, user_id, village_id)
     select $1, $2, v from jsonb_array_elements_text($3::text::jsonb) as v`,
    [commune, userId, JSON.stringify(villages)],
  );
}

/** Makes every unused invite of the user unusable (a new one replaces them, or access ends). */
export async function voidInvites(db: Queryable, commune: string, userId: string): Promise<void> {
  await db.query(
    `update invites set used_at = now()
     where commune_code = $1 and user_id = $2 and used_at is null`,
    [commune, userId],
  );
}

/** Stores a new invite's hash; false when that hash is already taken in the commune (retry). */
export async function insertInvite(
  db: Queryable,
  commune: string,
  i: { codeHash: string; userId: string; createdBy: string | null; expiresAt: string },
): Promise<boolean> {
  const rows = await db.query(
    `insert into invites (commune_code, code_hash, user_id, created_by, expires_at)
     values ($1, $2, $3, $4, $5::timestamptz)
     on conflict (commune_code, code_hash) do nothing returning code_hash`,
    [commune, i.codeHash, i.userId, i.createdBy, i.expiresAt],
  );
  return rows.length > 0;
}

/** Access taken away: the account and every device it signed in on. */
export async function revokeUser(db: Queryable, commune: string, userId: string): Promise<void> {
  await db.query(
    `update users set status = 'revoked', revoked_at = now()
     where commune_code = $1 and id = $2`,
    [commune, userId],
  );
  await revokeUserDevices(db, commune, userId);
  await voidInvites(db, commune, userId);
}

/** Ids of the erased residents the scope reaches: every device holding them erases them too. */
export async function listErasedResidentIds(db: Queryable, scope: Scope): Promise<string[]> {
  const f = scopeFilter(scope, 'r', 1);
  const rows = await db.query<{ id: string }>(
    `select r.id::text from residents r where ${f.sql} and r.erased order by r.id`,
    f.params,
  );
  return rows.map((r) => r.id);
}
