import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../server/db/migrate';
import { DEMO_ADMIN, seedDemoCommune } from '../../server/db/seed';
import { listSessions } from '../../server/db/session-queries';
import { verifyPassword } from '../../server/services/passwords';
import { sessionSchema } from '../../src/core/session';
import { DB_KINDS, openEmptyDb, openTestDb, type TestDb } from './databases';

const VOLUNTEER_PHONES = ['0900000011', '0900000012', '0900000013', '0900000014', '0900000015'];

describe.each(DB_KINDS)('migrations and demo seed on %s', (kind) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await openTestDb(kind);
  });
  afterAll(() => t.drop());

  const volunteers = () =>
    t.db.query<{
      phone: string;
      password_hash: string;
      display_name: string;
      status: string;
      villages: number;
    }>(
      `select phone, password_hash, display_name, status,
              (select count(*)::int from user_villages uv
               where uv.commune_code = u.commune_code and uv.user_id = u.id) as villages
       from users u where commune_code = '10882' and role = 'volunteer' order by phone`,
    );

  it('are applied once: a second start changes nothing', async () => {
    expect(await migrate(t.db)).toEqual([]);
    expect(await seedDemoCommune(t.db)).toBe(false);
    const [row] = await t.db.query<{ n: number }>('select count(*)::int as n from villages');
    expect(row!.n).toBe(9);
    expect(await volunteers()).toHaveLength(5);
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

  it('seed five demo volunteers waiting for an invite, each serving one village', async () => {
    const rows = await volunteers();
    expect(rows.map((v) => v.phone)).toEqual(VOLUNTEER_PHONES);
    expect(rows.every((v) => v.status === 'invited' && v.villages === 1)).toBe(true);
    for (const v of rows) {
      expect(v.display_name).toMatch(/^\p{Lu}\p{Ll}+( \p{Lu}\p{Ll}+)+$/u);
      for (const guess of ['', '!', DEMO_ADMIN.password, v.phone]) {
        expect(await verifyPassword(guess, v.password_hash)).toBe(false);
      }
    }
  });

  it('add missing volunteers to a commune seeded before they existed, and nothing else', async () => {
    const [adminBefore] = await t.db.query<{ id: string }>(
      'select id::text from users where phone = $1',
      [DEMO_ADMIN.phone],
    );
    await t.db.query(
      `delete from user_villages where user_id in
         (select id from users where phone in ('0900000012', '0900000014'))`,
    );
    await t.db.query("delete from users where phone in ('0900000012', '0900000014')");
    expect(await seedDemoCommune(t.db)).toBe(false);
    expect((await volunteers()).map((v) => v.phone)).toEqual(VOLUNTEER_PHONES);
    const [adminAfter] = await t.db.query<{ id: string }>(
      'select id::text from users where phone = $1',
      [DEMO_ADMIN.phone],
    );
    expect(adminAfter).toEqual(adminBefore);
  });
});

describe.each(DB_KINDS)('migration 002 on %s', (kind) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await openEmptyDb(kind);
  });
  afterAll(() => t.drop());

  it('keeps a session stored before it valid, with defaults for the new fields', async () => {
    // A database as the walking skeleton left it: 001 applied, one session stored.
    const init = new URL('../../server/db/migrations/001_init.sql', import.meta.url);
    await t.db.exec(await readFile(init, 'utf8'));
    await t.db.exec(
      `create table schema_migrations (name text primary key, applied_at timestamptz not null default now());
       insert into schema_migrations (name) values ('001_init.sql');`,
    );
    // The skeleton's seed, as it was then (the seed of today needs today's schema).
    await t.db.exec(
      `insert into communes (code, name, province, units_version)
         values ('10882', 'Xã Hà Đông', 'Thành phố Hải Phòng', '2025-07-01');
       insert into villages (commune_code, id, name, sort_order) values ('10882', 'lap-le', 'Lập Lễ', 3);`,
    );
    await t.db.query(
      `insert into sessions (commune_code, id, village_id, session_date, topics, created_at, updated_at)
       values ('10882', '0198a3c0-0000-7000-8000-000000000001', 'lap-le', '2026-10-01',
               '["M04"]', '2026-10-01T08:00:00Z', '2026-10-01T08:00:00Z')`,
    );
    expect(await migrate(t.db)).toEqual([
      '002_field_logging.sql',
      '003_accounts.sql',
      '004_sync.sql',
      '005_hlc_clamps.sql',
      '006_learning.sql',
      '007_reports.sql',
      '008_redundant_commune_keys.sql',
    ]);
    const [s] = await listSessions(t.db, { commune: '10882', villages: 'all' });
    expect(sessionSchema.safeParse(s).error?.issues).toBeUndefined();
    expect(s).toMatchObject({ startTime: '08:00', kind: 'class', targetGroups: ['residents'] });
  });
});
