/**
 * The administrator command line (`npm run admin -- create|set-password …`), as a function the
 * tests call with their own database and output: parses the arguments with node:util parseArgs,
 * opens the database only once they are good, runs the command (server/services/admin-accounts.ts)
 * and answers the exit code. server/cli/admin.ts is the thin executable around it.
 */
import { parseArgs } from 'node:util';
import type { Db } from '../db/executor';
import { CliError, type CreateAdminInput, createAdmin, setPassword } from './admin-accounts';

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
