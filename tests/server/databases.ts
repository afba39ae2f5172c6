/**
 * The databases server tests run against: PGlite always, and PostgreSQL when TEST_DATABASE_URL is
 * set (CI sets it, and sets REQUIRE_POSTGRES so that a missing URL fails instead of skipping).
 * Each PostgreSQL test database lives in its own schema, dropped afterwards.
 */
import { type Db, openPglite, openPostgres } from '../../server/db/executor';
import { migrate } from '../../server/db/migrate';
import { seedDemoCommune } from '../../server/db/seed';

export interface TestDb {
  db: Db;
  drop(): Promise<void>;
}

export type DbKind = 'pglite' | 'postgres';

const url = process.env.TEST_DATABASE_URL;
if (process.env.REQUIRE_POSTGRES && !url) {
  throw new Error(
    'REQUIRE_POSTGRES is set but TEST_DATABASE_URL is not: PostgreSQL tests would be skipped.',
  );
}

export const DB_KINDS: DbKind[] = url ? ['pglite', 'postgres'] : ['pglite'];

/** An empty database: nothing migrated, nothing seeded. */
export async function openEmptyDb(kind: DbKind): Promise<TestDb> {
  if (kind === 'pglite') {
    const db = await openPglite();
    return { db, drop: () => db.close() };
  }
  const schema = `t_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const db = await openPostgres(url!, { schema });
  return {
    db,
    async drop() {
      await db.exec(`drop schema "${schema}" cascade`);
      await db.close();
    },
  };
}

/** A migrated database with the demo commune seeded. */
export async function openTestDb(kind: DbKind): Promise<TestDb> {
  const t = await openEmptyDb(kind);
  await migrate(t.db);
  await seedDemoCommune(t.db);
  return t;
}
