/** Starts the backend: read config, open the database, migrate, seed the demo commune, serve. */
import { existsSync, mkdirSync } from 'node:fs';
import { serve } from '@hono/node-server';
import pkg from '../package.json' with { type: 'json' };
import { createApp } from './app';
import { loadAuthSecret } from './auth/secret';
import { readConfig } from './config';
import { openDb } from './db/executor';
import { migrate } from './db/migrate';
import { DEMO_ADMIN, seedDemoCommune } from './db/seed';

const config = readConfig();
if (!config.databaseUrl) mkdirSync(config.dataDir, { recursive: true });
const db = await openDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
await migrate(db);
const seeded = await seedDemoCommune(db);
if (!existsSync(config.staticDir))
  console.warn(`No built app in ${config.staticDir}: run npm run build.`);
if (config.contentDir && !existsSync(config.contentDir))
  console.warn(`CONTENT_DIR ${config.contentDir} does not exist: serving the bundled modules.`);

const app = createApp({
  db,
  version: pkg.version,
  staticDir: config.staticDir,
  authSecret: loadAuthSecret(config.authSecret, config.dataDir),
  trustProxy: config.trustProxy,
  contentDir: config.contentDir,
});
const server = serve({ fetch: app.fetch, port: config.port }, (info) => {
  const where = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${config.dataDir}`;
  console.log(`Học vụ số ${pkg.version} on http://localhost:${info.port}  ·  database: ${where}`);
  console.log(
    `Demo commune Xã Hà Đông (10882)${seeded ? ' seeded' : ''}. Demo sign-in (administrator): ` +
      `${DEMO_ADMIN.phone} / ${DEMO_ADMIN.password}  ·  change this password before real use.`,
  );
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.close();
    void db.close().finally(() => process.exit(0));
  });
}
