import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../server/db/migrate';
import { DEMO_ADMIN, seedDemoCommune } from '../../server/db/seed';
import { verifyPassword } from '../../server/services/passwords';
import { DB_KINDS, openTestDb, type TestDb } from './databases';

describe.each(DB_KINDS)('migrations and demo seed on %s', (kind) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await openTestDb(kind);
  });
  afterAll(() => t.drop());

  it('are applied once: a second start changes nothing', async () => {
    expect(await migrate(t.db)).toEqual([]);
    expect(await seedDemoCommune(t.db)).toBe(false);
    const [row] = await t.db.query<{ n: number }>('select count(*)::int as n from villages');
    expect(row!.n).toBe(9);
  });

  it('seed Xã Hà Đông with a demo administrator whose password is hashed', async () => {
    const [commune] = await t.db.query<{ name: string }>(
      "select name from communes where code = '10882'",
    );
    expect(commune!.name).toBe('Xã Hà Đông');
    const [admin] = await t.db.query<{ role: string; password_hash: string }>(
      'select role, password_hash from users where phone = $1',
      [DEMO_ADMIN.phone],
    );
    expect(admin!.role).toBe('admin');
    expect(admin!.password_hash).not.toContain(DEMO_ADMIN.password);
    expect(await verifyPassword(DEMO_ADMIN.password, admin!.password_hash)).toBe(true);
    expect(await verifyPassword('wrong', admin!.password_hash)).toBe(false);
  });
});
