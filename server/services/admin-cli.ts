/**
 * The administrator command line (`npm run admin -- …`), as functions the tests call directly:
 * `create` makes the first administrator of a commune (and the commune and its villages when they
 * are not there yet); `set-password` changes a password (the demo administrator's before real use).
 * Inputs go through the shared schemas; a bad one is a CliError with a message for the operator.
 * Both write an audit entry with no actor (the command line).
 */
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import type { z } from 'zod/mini';
import { password as passwordSchema, phoneNumber } from '../../src/core/auth';
import { todayInVietnam } from '../../src/core/dates';
import { communeCode, requiredText } from '../../src/core/fields';
import { newId } from '../../src/core/ids';
import { foldVi } from '../../src/core/text';
import type { Db, Queryable } from '../db/executor';
import { recordAudit } from './audit';
import { hashPassword } from './passwords';

export class CliError extends Error {}

function check<S extends z.ZodMiniType>(schema: S, value: unknown, what: string): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new CliError(`${what}: ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}

/** 16 URL-safe characters from 96 random bits: strong, and can be typed on a phone. */
export const generatePassword = (): string => randomBytes(12).toString('base64url');

/** "Thôn Đồng Bửa" → "thon-dong-bua". */
export const villageSlug = (name: string): string =>
  foldVi(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

export interface CreateAdminInput {
  commune: string;
  phone: string;
  name: string;
  password?: string;
  communeName?: string;
  province?: string;
  villages?: string[];
}

export interface CreateAdminResult {
  userId: string;
  phone: string;
  password: string;
  generatedPassword: boolean;
  communeCreated: boolean;
  villagesAdded: string[];
}

async function ensureCommune(tx: Queryable, input: CreateAdminInput): Promise<boolean> {
  const found = await tx.query('select 1 from communes where code = $1', [input.commune]);
  if (found.length > 0) return false;
  if (!input.communeName || !input.province) {
    throw new CliError(
      `Commune ${input.commune} is not in the database. To create it, add ` +
        `--commune-name "Xã …" --province "Tỉnh …" (and --village "Thôn …" once per village).`,
    );
  }
  await tx.query(
    `insert into communes (code, name, province, units_version) values ($1, $2, $3, $4)`,
    [input.commune, input.communeName, input.province, todayInVietnam()],
  );
  return true;
}

/** Adds the named villages the commune does not have yet; answers the ids added. */
async function addVillages(tx: Queryable, commune: string, names: string[]): Promise<string[]> {
  const added: string[] = [];
  for (const name of names) {
    const id = villageSlug(name);
    if (!id) throw new CliError(`Village name "${name}" has no letters or digits.`);
    const rows = await tx.query(
      `insert into villages (commune_code, id, name, sort_order)
       select $1, $2, $3, coalesce(max(sort_order), 0) + 1 from villages where commune_code = $1
       on conflict (commune_code, id) do nothing returning id`,
      [commune, id, name],
    );
    if (rows.length > 0) added.push(id);
  }
  return added;
}

export async function createAdmin(db: Db, raw: CreateAdminInput): Promise<CreateAdminResult> {
  const input: CreateAdminInput = {
    ...raw,
    commune: check(communeCode, raw.commune, '--commune'),
    phone: check(phoneNumber, raw.phone, '--phone'),
    name: check(requiredText(120), raw.name, '--name'),
    communeName: raw.communeName && check(requiredText(120), raw.communeName, '--commune-name'),
    province: raw.province && check(requiredText(120), raw.province, '--province'),
    villages: (raw.villages ?? []).map((v) => check(requiredText(120), v, '--village')),
  };
  const generatedPassword = raw.password === undefined;
  const password = raw.password ?? generatePassword();
  check(passwordSchema, password, '--password');
  const hash = await hashPassword(password);
  return db.transact(async (tx) => {
    const taken = await tx.query<{ commune_code: string }>(
      'select commune_code from users where phone = $1',
      [input.phone],
    );
    if (taken[0]) {
      throw new CliError(
        `Phone ${input.phone} already has an account (commune ${taken[0].commune_code}); ` +
          'use set-password to change its password.',
      );
    }
    const communeCreated = await ensureCommune(tx, input);
    const villagesAdded = await addVillages(tx, input.commune, input.villages ?? []);
    const userId = newId();
    await tx.query(
      `insert into users (commune_code, id, phone, display_name, role, password_hash, status)
       values ($1, $2, $3, $4, 'admin', $5, 'active')`,
      [input.commune, userId, input.phone, input.name, hash],
    );
    await recordAudit(tx, {
      commune: input.commune,
      actorId: null,
      action: 'admin.create',
      targetType: 'user',
      targetId: userId,
      detail: { via: 'cli', phone: input.phone, communeCreated, villagesAdded },
    });
    return {
      userId,
      phone: input.phone,
      password,
      generatedPassword,
      communeCreated,
      villagesAdded,
    };
  });
}

export interface SetPasswordResult {
  displayName: string;
  commune: string;
  password: string;
  generatedPassword: boolean;
  devicesSignedOut: number;
}

/**
 * Sets the password of the account with this phone and signs out its devices (the old password
 * may have leaked); an invited volunteer becomes active and their invite codes stop working.
 */
export async function setPassword(
  db: Db,
  raw: { phone: string; password?: string },
): Promise<SetPasswordResult> {
  const phone = check(phoneNumber, raw.phone, '--phone');
  const generatedPassword = raw.password === undefined;
  const password = raw.password ?? generatePassword();
  check(passwordSchema, password, '--password');
  const hash = await hashPassword(password);
  return db.transact(async (tx) => {
    const [user] = await tx.query<{ id: string; commune: string; name: string; status: string }>(
      `select id::text, commune_code as commune, display_name as name, status
       from users where phone = $1 for update`,
      [phone],
    );
    if (!user) throw new CliError(`No account has the phone ${phone}.`);
    if (user.status === 'revoked') {
      throw new CliError(`The account of ${phone} (${user.name}) was revoked; it stays revoked.`);
    }
    await tx.query(
      `update users set password_hash = $3, status = 'active' where commune_code = $1 and id = $2`,
      [user.commune, user.id, hash],
    );
    await tx.query(
      `update invites set used_at = now()
       where commune_code = $1 and user_id = $2 and used_at is null`,
      [user.commune, user.id],
    );
    const devices = await tx.query(
      `update devices set revoked_at = now()
       where commune_code = $1 and user_id = $2 and revoked_at is null returning id`,
      [user.commune, user.id],
    );
    await recordAudit(tx, {
      commune: user.commune,
      actorId: null,
      action: 'user.set_password',
      targetType: 'user',
      targetId: user.id,
      detail: { via: 'cli', devicesSignedOut: devices.length },
    });
    return {
      displayName: user.name,
      commune: user.commune,
      password,
      generatedPassword,
      devicesSignedOut: devices.length,
    };
  });
}

export const USAGE = `Usage:
  npm run admin -- create --commune <code> --phone <phone> --name "<Họ Tên>" [--password <pw>]
      [--commune-name "<Xã …>" --province "<Tỉnh …>"] [--village "<Thôn …>" …]
    Creates an administrator of the commune. The commune must exist, or be created with
    --commune-name and --province (add its villages with --village, once per village).
  npm run admin -- set-password --phone <phone> [--password <pw>]
    Sets a password and signs out that account's devices.
Without --password a strong password is generated and printed once.
It uses DATABASE_URL, or the embedded database in DATA_DIR: stop the server first in that case.`;

const OPTIONS = {
  commune: { type: 'string' },
  phone: { type: 'string' },
  name: { type: 'string' },
  password: { type: 'string' },
  'commune-name': { type: 'string' },
  province: { type: 'string' },
  village: { type: 'string', multiple: true },
  help: { type: 'boolean', short: 'h' },
} as const;

function need(value: string | undefined, flag: string): string {
  if (value === undefined) throw new CliError(`${flag} is required.\n\n${USAGE}`);
  return value;
}

/**
 * Runs one command; `open` opens the database only once the arguments are known to be good.
 * Answers the exit code: 0 done, 1 refused (message printed), 2 bad usage.
 */
export async function runAdminCli(
  argv: string[],
  io: { open: () => Promise<Db>; out: (s: string) => void; err: (s: string) => void },
): Promise<number> {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    io.err(`${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values: v, positionals } = parsed;
  const command = positionals[0];
  if (v.help || positionals.length !== 1 || (command !== 'create' && command !== 'set-password')) {
    (v.help ? io.out : io.err)(USAGE);
    return v.help ? 0 : 2;
  }
  let db: Db | undefined;
  try {
    if (command === 'create') {
      const input: CreateAdminInput = {
        commune: need(v.commune, '--commune'),
        phone: need(v.phone, '--phone'),
        name: need(v.name, '--name'),
        password: v.password,
        communeName: v['commune-name'],
        province: v.province,
        villages: v.village,
      };
      db = await io.open();
      const r = await createAdmin(db, input);
      if (r.communeCreated) io.out(`Created commune ${input.commune}.`);
      if (r.villagesAdded.length) io.out(`Added villages: ${r.villagesAdded.join(', ')}.`);
      io.out(`Created administrator ${r.phone} of commune ${input.commune}.`);
      if (r.generatedPassword) io.out(`Password (shown only once, write it down): ${r.password}`);
    } else {
      const phone = need(v.phone, '--phone');
      db = await io.open();
      const r = await setPassword(db, { phone, password: v.password });
      io.out(`Password changed for ${r.displayName} (commune ${r.commune}).`);
      if (r.devicesSignedOut) io.out(`Signed out ${r.devicesSignedOut} device(s).`);
      if (r.generatedPassword) io.out(`New password (shown only once): ${r.password}`);
    }
    return 0;
  } catch (e) {
    if (!(e instanceof CliError)) throw e;
    io.err(e.message);
    return 1;
  } finally {
    await db?.close();
  }
}
