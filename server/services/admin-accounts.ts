/**
 * What the administrator command line does (server/services/admin-cli.ts parses its arguments):
 * `createAdmin` makes an administrator of a commune (and the commune and its villages when they
 * are not there yet); `setPassword` changes a password (the demo administrator's before real use).
 * Inputs go through the shared schemas; a bad one is a CliError with a message for the operator.
 * Both write an audit entry with no actor (the command line).
 */
import { randomBytes } from 'node:crypto';
import type { z } from 'zod/mini';
import { PASSWORD_MIN, password as passwordSchema, phoneNumber } from '../../src/core/auth';
import { todayInVietnam } from '../../src/core/dates';
import { communeCode, requiredText } from '../../src/core/fields';
import { newId } from '../../src/core/ids';
import { foldVi } from '../../src/core/text';
import { activateUser, revokeUserDevices } from '../db/account-queries';
import { voidInvites } from '../db/admin-queries';
import type { Db, Queryable } from '../db/executor';
import { recordAudit } from './audit';
import { hashPassword } from './passwords';

export class CliError extends Error {}

/** What each option must be, said when it is not. */
const EXPECTED: Record<string, string> = {
  '--commune': 'a 5-digit administrative code, e.g. 10882',
  '--phone': 'a 10-digit mobile number starting with 0',
  '--password': `${PASSWORD_MIN} to 128 characters`,
  '--name': '1 to 120 characters',
  '--commune-name': '1 to 120 characters',
  '--province': '1 to 120 characters',
  '--village': '1 to 120 characters',
};

function check<S extends z.ZodMiniType>(schema: S, value: unknown, flag: string): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new CliError(`${flag} must be ${EXPECTED[flag]}.`);
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
    await activateUser(tx, user.commune, user.id, hash);
    await voidInvites(tx, user.commune, user.id);
    const signedOut = await revokeUserDevices(tx, user.commune, user.id);
    await recordAudit(tx, {
      commune: user.commune,
      actorId: null,
      action: 'user.set_password',
      targetType: 'user',
      targetId: user.id,
      detail: { via: 'cli', devicesSignedOut: signedOut },
    });
    return {
      displayName: user.name,
      commune: user.commune,
      password,
      generatedPassword,
      devicesSignedOut: signedOut,
    };
  });
}
