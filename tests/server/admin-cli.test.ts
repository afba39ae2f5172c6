import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/executor';
import {
  CliError,
  createAdmin,
  setPassword,
  villageSlug,
} from '../../server/services/admin-accounts';
import { runAdminCli } from '../../server/services/admin-cli';
import { verifyPassword } from '../../server/services/passwords';
import { newId } from '../../src/core/ids';
import { freshPhone } from './accounts';
import { DB_KINDS, openTestDb, type TestDb } from './databases';

describe.each(DB_KINDS)('admin command line on %s', (kind) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await openTestDb(kind);
  });
  afterAll(() => t.drop());

  /** Runs the CLI on the test database (left open) and answers its exit code and output. */
  async function run(...argv: string[]) {
    const out: string[] = [];
    const err: string[] = [];
    const db: Db = { ...t.db, close: async () => {} };
    const code = await runAdminCli(argv, {
      open: async () => db,
      out: (s) => out.push(s),
      err: (s) => err.push(s),
    });
    return { code, out: out.join('\n'), err: err.join('\n') };
  }

  const hashOf = async (phone: string) =>
    (
      await t.db.query<{ password_hash: string; role: string; status: string }>(
        'select password_hash, role, status from users where phone = $1',
        [phone],
      )
    )[0];

  it('creates an administrator of an existing commune with the given password', async () => {
    const phone = freshPhone();
    const r = await run(
      'create',
      '--commune',
      '10882',
      '--phone',
      phone,
      '--name',
      'Đào Thị Lan',
      '--password',
      'mat-khau-quan-tri',
    );
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(r.out).not.toContain('mat-khau-quan-tri');
    const row = await hashOf(phone);
    expect(row).toMatchObject({ role: 'admin', status: 'active' });
    expect(await verifyPassword('mat-khau-quan-tri', row?.password_hash ?? '')).toBe(true);
    const [audit] = await t.db.query<{ action: string }>(
      "select action from audit_log where action = 'admin.create' and detail ->> 'phone' = $1",
      [phone],
    );
    expect(audit).toBeDefined();
  });

  it('generates a strong password when none is given and prints it once', async () => {
    const phone = freshPhone();
    const r = await run('create', '--commune', '10882', '--phone', phone, '--name', 'Ngô Văn Sơn');
    expect(r.code).toBe(0);
    const password = /: (\S+)$/m.exec(r.out)?.[1] ?? '';
    expect(password.length).toBeGreaterThanOrEqual(16);
    expect(await verifyPassword(password, (await hashOf(phone))?.password_hash ?? '')).toBe(true);
  });

  it('creates a missing commune with its villages only when told its name and province', async () => {
    const phone = freshPhone();
    const missing = await run('create', '--commune', '20001', '--phone', phone, '--name', 'A B');
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('--commune-name');
    expect(await hashOf(phone)).toBeUndefined();
    const r = await run(
      'create',
      '--commune',
      '20001',
      '--phone',
      phone,
      '--name',
      'Lý Thị Thu',
      '--commune-name',
      'Xã Thử',
      '--province',
      'Tỉnh Thử',
      '--village',
      'Thôn Đồng Bửa',
      '--village',
      'Thôn Hạ',
    );
    expect(r.code).toBe(0);
    const villages = await t.db.query<{ id: string; sort_order: number }>(
      "select id, sort_order from villages where commune_code = '20001' order by sort_order",
    );
    expect(villages).toEqual([
      { id: 'thon-dong-bua', sort_order: 1 },
      { id: 'thon-ha', sort_order: 2 },
    ]);
  });

  it('refuses a phone already used, bad input, and an unknown command', async () => {
    await expect(
      createAdmin(t.db, {
        commune: '10882',
        phone: '0900000011',
        name: 'X Y',
        password: 'abcdefgh',
      }),
    ).rejects.toThrow(/already has an account/);
    const cases: [string[], number, RegExp][] = [
      [['create', '--commune', '1088', '--phone', freshPhone(), '--name', 'A'], 1, /--commune/],
      [['create', '--commune', '10882', '--phone', '123', '--name', 'A'], 1, /--phone/],
      [
        [
          'create',
          '--commune',
          '10882',
          '--phone',
          freshPhone(),
          '--name',
          'A',
          '--password',
          'short',
        ],
        1,
        /--password/,
      ],
      [['create', '--commune', '10882', '--phone', freshPhone()], 1, /--name is required/],
      [['create', '--bogus'], 2, /bogus/],
      [['delete-everything'], 2, /Usage/],
      [[], 2, /Usage/],
    ];
    for (const [argv, code, message] of cases) {
      const r = await run(...argv);
      expect(r.code, argv.join(' ')).toBe(code);
      expect(r.err).toMatch(message);
    }
    expect((await run('--help')).code).toBe(0);
  });

  it('sets a password and signs out the account’s devices', async () => {
    await t.db.query(
      `insert into devices (commune_code, id, user_id, refresh_hash, expires_at)
       select commune_code, $1, id, 'hash-of-a-refresh-token', now() + interval '1 day'
       from users where phone = '0900000001'`,
      [newId()],
    );
    const r = await run('set-password', '--phone', '0900000001', '--password', 'mat-khau-moi-2026');
    expect(r.out).toContain('Signed out 1 device');
    const [device] = await t.db.query<{ revoked: boolean }>(
      "select revoked_at is not null as revoked from devices where refresh_hash = 'hash-of-a-refresh-token'",
    );
    expect(device?.revoked).toBe(true);
    expect(r.code).toBe(0);
    const row = await hashOf('0900000001');
    expect(await verifyPassword('mat-khau-moi-2026', row?.password_hash ?? '')).toBe(true);
    await expect(setPassword(t.db, { phone: freshPhone() })).rejects.toBeInstanceOf(CliError);
    const generated = await setPassword(t.db, { phone: '0900000011' });
    expect(generated.generatedPassword).toBe(true);
    expect(await hashOf('0900000011')).toMatchObject({ status: 'active' });
  });

  it('makes village ids from names', () => {
    expect(villageSlug('  Thôn Đồng   Bửa ')).toBe('thon-dong-bua');
    expect(villageSlug('Xóm 3/2')).toBe('xom-3-2');
  });
});
