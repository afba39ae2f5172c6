/**
 * One SQL executor over two engines: PGlite (Postgres in WASM, embedded in ./data) by default, and a
 * real PostgreSQL server when DATABASE_URL is set. Both speak the same dialect with $1 parameters, so
 * migrations and queries are written once. `transact` retries serialization failures and deadlocks.
 * On PostgreSQL every query is a prepared statement (unprepared, a query with parameters costs two
 * round trips); query texts are fixed, or built from a bounded set, so each connection's cache
 * stays small.
 */
import { PGlite } from '@electric-sql/pglite';
import postgres from 'postgres';

export type Row = Record<string, unknown>;

export interface Queryable {
  query<T extends Row = Row>(text: string, params?: unknown[]): Promise<T[]>;
  /** Runs several statements at once (no parameters): migrations. */
  exec(text: string): Promise<void>;
}

export interface Db extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /** Runs `fn` in one transaction, retrying it on serialization failure or deadlock. */
  transact<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

const RETRYABLE = new Set(['40001', '40P01']);
const MAX_ATTEMPTS = 5;

async function withRetry<T>(run: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (err) {
      const code = (err as { code?: string }).code;
      if (!code || !RETRYABLE.has(code) || attempt >= MAX_ATTEMPTS) throw err;
      await new Promise((r) => setTimeout(r, 10 * 2 ** attempt * Math.random()));
    }
  }
}

export async function openPglite(dataDir?: string): Promise<Db> {
  const pg = await PGlite.create(dataDir);
  return {
    kind: 'pglite',
    async query<T extends Row>(text: string, params: unknown[] = []) {
      return (await pg.query<T>(text, params)).rows;
    },
    async exec(text) {
      await pg.exec(text);
    },
    transact: (fn) =>
      withRetry(() =>
        pg.transaction((tx) =>
          fn({
            async query<T extends Row>(text: string, params: unknown[] = []) {
              return (await tx.query<T>(text, params)).rows;
            },
            async exec(text) {
              await tx.exec(text);
            },
          }),
        ),
      ),
    close: () => pg.close(),
  };
}

export interface PostgresOptions {
  /** Schema to create and use (tests isolate each run in its own). */
  schema?: string;
}

export async function openPostgres(url: string, opts: PostgresOptions = {}): Promise<Db> {
  const sql = postgres(url, {
    max: 10,
    onnotice: () => {},
    ...(opts.schema ? { connection: { search_path: opts.schema } } : {}),
  });
  if (opts.schema) await sql.unsafe(`create schema if not exists "${opts.schema}"`);
  const asQueryable = (s: postgres.Sql | postgres.TransactionSql): Queryable => ({
    async query<T extends Row>(text: string, params: unknown[] = []) {
      return (await s.unsafe(text, params as postgres.ParameterOrJSON<never>[], {
        prepare: true,
      })) as unknown as T[];
    },
    async exec(text) {
      await s.unsafe(text);
    },
  });
  return {
    kind: 'postgres',
    ...asQueryable(sql),
    transact: <T>(fn: (tx: Queryable) => Promise<T>) =>
      withRetry(() => sql.begin((tx) => fn(asQueryable(tx))) as Promise<T>),
    close: () => sql.end({ timeout: 5 }),
  };
}

/** PostgreSQL when a URL is given, else PGlite in `dataDir` (in memory when that is undefined). */
export function openDb(opts: { databaseUrl?: string; dataDir?: string }): Promise<Db> {
  return opts.databaseUrl ? openPostgres(opts.databaseUrl) : openPglite(opts.dataDir);
}
