/**
 * Seeds the demo commune (Xã Hà Đông, Hải Phòng, 10882) with its villages and a demo administrator,
 * once: a database that already has the commune is left as it is. Units are data with a version,
 * because communes and villages keep being merged.
 */
import { newId } from '../../src/core/ids';
import { hashPassword } from '../services/passwords';
import type { Db } from './executor';
import demo from './seed/demo-commune.json' with { type: 'json' };

export const DEMO_ADMIN = { phone: demo.admin.phone, password: demo.admin.password };

/** Returns true when it seeded, false when the commune was already there. */
export async function seedDemoCommune(db: Db): Promise<boolean> {
  const { commune, villages, admin, unitsVersion } = demo;
  const passwordHash = await hashPassword(admin.password);
  return db.transact(async (tx) => {
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
      [commune.code, newId(), admin.phone, admin.displayName, passwordHash],
    );
    return true;
  });
}
