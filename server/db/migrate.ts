/**
 * Applies server/db/migrations/NNN_name.sql in order, each once, recorded in schema_migrations.
 * Each file runs in its own transaction so a failed migration leaves nothing half-applied.
 */
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Db } from './executor';

const DIR = fileURLToPath(new URL('./migrations/', import.meta.url));

export async function migrate(db: Db): Promise<string[]> {
  await db.exec(
    'create table if not exists schema_migrations (name text primary key, applied_at timestamptz not null default now())',
  );
  const done = new Set(
    (await db.query<{ name: string }>('select name from schema_migrations')).map((r) => r.name),
  );
  const files = (await readdir(DIR)).filter((f) => f.endsWith('.sql')).sort();
  const applied: string[] = [];
  for (const file of files) {
    if (done.has(file)) continue;
    const text = await readFile(DIR + file, 'utf8');
    await db.exec(
      `begin;\n${text}\ninsert into schema_migrations (name) values ('${file}');\ncommit;`,
    );
    applied.push(file);
  }
  return applied;
}
