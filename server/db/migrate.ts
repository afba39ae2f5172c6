/**
 * Applies server/db/migrations/NNN_name.sql in order, each once, recorded in schema_migrations.
 * Each file runs in its own transaction under an advisory lock, so a failed migration leaves nothing
 * half-applied and two servers starting together do not both apply it.
 */
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Db } from './executor';

const DIR = fileURLToPath(new URL('./migrations/', import.meta.url));
const LOCK_KEY = 108_820_001;

/** Returns the names of the migrations it applied. */
export async function migrate(db: Db): Promise<string[]> {
  await db.exec(
    'create table if not exists schema_migrations (name text primary key, applied_at timestamptz not null default now())',
  );
  const files = (await readdir(DIR)).filter((f) => f.endsWith('.sql')).sort();
  const applied: string[] = [];
  for (const file of files) {
    const text = await readFile(DIR + file, 'utf8');
    const ran = await db.transact(async (tx) => {
      await tx.query('select pg_advisory_xact_lock($1)', [LOCK_KEY]);
      const done = await tx.query('select 1 from schema_migrations where name = $1', [file]);
      if (done.length > 0) return false;
      await tx.exec(text);
      await tx.query('insert into schema_migrations (name) values ($1)', [file]);
      return true;
    });
    if (ran) applied.push(file);
  }
  return applied;
}
