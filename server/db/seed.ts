/**
 * Seeds the demo commune (Xã Hà Đông, Hải Phòng, 10882) with its villages, a demo administrator and
 * demo volunteers of its Tổ công nghệ số cộng đồng (invited, each assigned their village). The commune is seeded once: a database that
 * already has it is left as it is, except that missing demo volunteers are added (by phone), so a
 * database seeded before volunteers existed gets them too. Units are data with a version, because
 * communes and villages keep being merged.
 */
import { newId } from '../../src/core/ids';
import { hashPassword } from '../services/passwords';
import type { Db, Queryable } from './executor';
import demo from './seed/demo-commune.json' with { type: 'json' };

export const DEMO_ADMIN = { phone: demo.admin.phone, password: demo.admin.password };

/** Not a 'scrypt$…' hash, so no password verifies: a demo volunteer signs in with an invite. */
const NO_PASSWORD = '!';

/** Returns true when it seeded the commune, false when the commune was already there. */
export async function seedDemoCommune(db: Db): Promise<boolean> {
  const passwordHash = await hashPassword(demo.admin.password);
  return db.transact(async (tx) => {
    const seeded = await seedCommune(tx, passwordHash);
    await seedVolunteers(tx);
    return seeded;
  });
}

async function seedCommune(tx: Queryable, adminPasswordHash: string): Promise<boolean> {
  const { commune, villages, admin, unitsVersion } = demo;
  const inserted = await tx.query(
    `insert into communes (code, name, province, units_version) values ($1, $2, $3, $4)
     on conflict (code) do nothing returning code`,
    [commune.code, commune.name, commune.province, unitsVersion],
  );
  if (inserted.length === 0) return false;
  for (const [i, v] of villages.entries()) {
    await tx.query(
      `insert into villages (commune_code, id, name, former_commune, sort_order)
       values ($1, $2, $3, $4, $5)`,
      [commune.code, v.id, v.name, v.formerCommune, i + 1],
    );
  }
  await tx.query(
    `insert into users (commune_code, id, phone, display_name, role, password_hash)
     values ($1, $2, $3, $4, 'admin', $5)`,
    [commune.code, newId(), admin.phone, admin.displayName, adminPasswordHash],
  );
  return true;
}

/** Each waits for an invite from the administrator, assigned to their own village. */
async function seedVolunteers(tx: Queryable): Promise<void> {
  for (const v of demo.volunteers) {
    const [added] = await tx.query<{ id: string }>(
      `insert into users (commune_code, id, phone, display_name, role, password_hash, status)
       values ($1, $2, $3, $4, 'volunteer', $5, 'invited')
       on conflict (phone) do nothing returning id::text`,
      [demo.commune.code, newId(), v.phone, v.displayName, NO_PASSWORD],
    );
    if (!added) continue;
    await tx.query(
      'insert into user_villages (commune_code, user_id, village_id) values ($1, $2, $3)',
      [demo.commune.code, added.id, v.village],
    );
  }
}
