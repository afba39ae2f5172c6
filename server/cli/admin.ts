/**
 * `npm run admin -- create|set-password …`: administrator accounts from the command line (see
 * server/services/admin-cli.ts for the commands). Opens the configured database and migrates it.
 */
import { mkdirSync } from 'node:fs';
import { readConfig } from '../config';
import { openDb } from '../db/executor';
import { migrate } from '../db/migrate';
import { runAdminCli } from '../services/admin-cli';

async function open() {
  const config = readConfig();
  if (!config.databaseUrl) mkdirSync(config.dataDir, { recursive: true });
  const db = await openDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  await migrate(db);
  return db;
}

try {
  process.exitCode = await runAdminCli(process.argv.slice(2), {
    open,
    out: (s) => console.log(s),
    err: (s) => console.error(s),
  });
} catch (err) {
  console.error('Failed:', err instanceof Error ? err.message : err);
  process.exitCode = 1;
}
