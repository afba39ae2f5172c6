/**
 * Accounts in SQL: users by phone, the villages a volunteer serves, signed-in devices (hashed
 * refresh tokens) and invites. Lookups by a secret's hash are exact-match on an indexed column, so
 * no secret is ever compared character by character in JavaScript.
 */
import type { AccountUser, Role } from '../../src/core/auth';
import type { Queryable } from './executor';

export type UserRow = {
  commune: string;
  id: string;
  phone: string;
  displayName: string;
  role: Role;
  status: 'invited' | 'active' | 'revoked';
  passwordHash: string;
};

const userColumns = (u: string) => `${u}.commune_code as commune, ${u}.id::text, ${u}.phone,
  ${u}.display_name as "displayName", ${u}.role, ${u}.status, ${u}.password_hash as "passwordHash"`;

export async function findUserByPhone(db: Queryable, phone: string): Promise<UserRow | undefined> {
  const [row] = await db.query<UserRow>(
    `select ${userColumns('u')} from users u where phone = $1`,
    [phone],
  );
  return row;
}

export async function findUser(
  db: Queryable,
  commune: string,
  id: string,
): Promise<UserRow | undefined> {
  const [row] = await db.query<UserRow>(
    `select ${userColumns('u')} from users u where commune_code = $1 and id = $2`,
    [commune, id],
  );
  return row;
}

/** The villages a user serves: all of the commune's for an administrator. */
export async function userVillages(db: Queryable, user: UserRow): Promise<string[]> {
  const rows =
    user.role === 'admin'
      ? await db.query<{ id: string }>(
          'select id from villages where commune_code = $1 order by sort_order',
          [user.commune],
        )
      : await db.query<{ id: string }>(
          `select v.id from user_villages uv
           join villages v on v.commune_code = uv.commune_code and v.id = uv.village_id
           where uv.commune_code = $1 and uv.user_id = $2 order by v.sort_order`,
          [user.commune, user.id],
        );
  return rows.map((r) => r.id);
}

export async function accountUser(db: Queryable, user: UserRow): Promise<AccountUser> {
  return {
    id: user.id,
    communeCode: user.commune,
    role: user.role,
    displayName: user.displayName,
    phone: user.phone,
    villages: await userVillages(db, user),
  };
}

export interface DeviceUser {
  userId: string;
  role: Role;
  displayName: string;
  /** The user or this device was revoked, or the device's sign-in lapsed. */
  revoked: boolean;
  villages: string[];
}

/** The user behind a signed-in device, as the database says now (not as a token claims). */
export async function findDeviceUser(
  db: Queryable,
  commune: string,
  deviceId: string,
): Promise<DeviceUser | undefined> {
  const [row] = await db.query<UserRow & { deviceRevoked: boolean }>(
    `select ${userColumns('u')},
            (d.revoked_at is not null or d.expires_at < now()) as "deviceRevoked"
     from devices d join users u on u.commune_code = d.commune_code and u.id = d.user_id
     where d.commune_code = $1 and d.id = $2`,
    [commune, deviceId],
  );
  if (!row) return undefined;
  return {
    userId: row.id,
    role: row.role,
    displayName: row.displayName,
    revoked: row.deviceRevoked || row.status !== 'active',
    villages: row.role === 'admin' ? [] : await userVillages(db, row),
  };
}

export async function insertDevice(
  db: Queryable,
  d: { commune: string; id: string; userId: string; refreshHash: string; expiresAt: Date },
): Promise<void> {
  await db.query(
    `insert into devices (commune_code, id, user_id, refresh_hash, expires_at)
     values ($1, $2, $3, $4, $5::timestamptz)`,
    [d.commune, d.id, d.userId, d.refreshHash, d.expiresAt.toISOString()],
  );
}

export type DeviceRow = {
  commune: string;
  id: string;
  userId: string;
  revoked: boolean;
  expired: boolean;
};

/** How long a rotated refresh token still works: the retry after a lost answer. */
export const REFRESH_GRACE_SECONDS = 120;

/** The device holding this refresh token (or the one just before it), locked for rotation. */
export async function findDeviceByRefresh(
  db: Queryable,
  refreshHash: string,
): Promise<DeviceRow | undefined> {
  const [row] = await db.query<DeviceRow>(
    `select commune_code as commune, id::text, user_id::text as "userId",
            revoked_at is not null as revoked, expires_at < now() as expired
     from devices
     where refresh_hash = $1
        or (previous_refresh_hash = $1 and rotated_at > now() - make_interval(secs => $2))
     for update`,
    [refreshHash, REFRESH_GRACE_SECONDS],
  );
  return row;
}

export async function rotateDevice(
  db: Queryable,
  d: { commune: string; id: string; refreshHash: string; expiresAt: Date },
): Promise<void> {
  await db.query(
    `update devices set previous_refresh_hash = refresh_hash, rotated_at = now(),
       refresh_hash = $3, expires_at = $4::timestamptz, last_seen_at = now()
     where commune_code = $1 and id = $2`,
    [d.commune, d.id, d.refreshHash, d.expiresAt.toISOString()],
  );
}

export async function revokeDevice(db: Queryable, commune: string, id: string): Promise<void> {
  await db.query(
    `update devices set revoked_at = coalesce(revoked_at, now())
     where commune_code = $1 and id = $2`,
    [commune, id],
  );
}

/** Takes a valid invite for this user: marks it used and answers true, or answers false. */
export async function takeInvite(
  db: Queryable,
  commune: string,
  userId: string,
  codeHash: string,
): Promise<boolean> {
  const rows = await db.query(
    `update invites set used_at = now()
     where commune_code = $1 and user_id = $2 and code_hash = $3
       and used_at is null and expires_at > now()
     returning 1`,
    [commune, userId, codeHash],
  );
  return rows.length > 0;
}

export async function activateUser(
  db: Queryable,
  commune: string,
  userId: string,
  passwordHash: string,
): Promise<void> {
  await db.query(
    `update users set password_hash = $3, status = 'active'
     where commune_code = $1 and id = $2 and status <> 'revoked'`,
    [commune, userId, passwordHash],
  );
}

/** Signs out every device of a user; answers how many were signed in. */
export async function revokeUserDevices(
  db: Queryable,
  commune: string,
  userId: string,
): Promise<number> {
  const rows = await db.query(
    `update devices set revoked_at = now()
     where commune_code = $1 and user_id = $2 and revoked_at is null returning id`,
    [commune, userId],
  );
  return rows.length;
}
