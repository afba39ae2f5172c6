/**
 * The server side of the convergence property: the real Hono app (server/app.ts) over a real
 * database (PGlite, or PostgreSQL when TEST_DATABASE_URL is set), the accounts devices sign in as,
 * and a virtual clock.
 *
 * Only `Date` is faked (timers stay real): the server's "now" clamps device clocks, so the test
 * must know it exactly to say which write should win, and a seed must replay the same way. Every
 * run starts at the same instant; tokens are signed once at that instant and stay valid because a
 * run never moves the clock more than MAX_RUN_MS.
 */
import { vi } from 'vitest';
import { createApp } from '../../server/app';
import { createStaff, signIn, signInDemoAdmin } from '../server/accounts';
import { type DbKind, openTestDb, type TestDb } from '../server/databases';
import { COMMUNE } from '../server/factories';
import { TEST_SECRET } from '../server/harness';
import type { AccountName } from './scenario';

export type App = ReturnType<typeof createApp>;

/** The villages devices work in (of the demo commune's nine): few, so records meet often. */
export const VILLAGES = ['nhan-bau', 'tien-kieu', 'lap-le'] as const;

/** Each volunteer serves two villages, each pair sharing one. */
export const VOLUNTEER_VILLAGES: Record<Exclude<AccountName, 'admin'>, string[]> = {
  v1: ['nhan-bau', 'tien-kieu'],
  v2: ['tien-kieu', 'lap-le'],
  v3: ['lap-le', 'nhan-bau'],
};

export const villagesOf = (a: AccountName): readonly string[] =>
  a === 'admin' ? VILLAGES : VOLUNTEER_VILLAGES[a];

/** Access tokens live 15 minutes; a run stays well inside that. */
const MAX_RUN_MS = 12 * 60_000;

/** Tables a run writes (children first), emptied before the next run. */
const RUN_TABLES = [
  'attendance',
  'feedback',
  'sync_conflicts',
  'sessions',
  'residents',
  'sync_rejections',
  'sync_clients',
  'hlc_clamps',
];

export class World {
  private current: App;
  private startMs = 0;
  restarts = 0;
  /** What the app logged as failures (a 500): none may happen. */
  readonly serverErrors: string[] = [];

  private constructor(
    readonly kind: DbKind,
    private readonly t: TestDb,
    readonly tokens: Record<AccountName, string>,
  ) {
    this.current = this.newApp();
    this.startMs = Date.now();
  }

  static async open(kind: DbKind): Promise<World> {
    const t = await openTestDb(kind);
    vi.useFakeTimers({ toFake: ['Date'], now: Math.floor(Date.now()) });
    const app = createApp({
      db: t.db,
      version: 'property',
      authSecret: TEST_SECRET,
      log: () => {},
    });
    const tokens = { admin: (await signInDemoAdmin(app)).accessToken } as Record<
      AccountName,
      string
    >;
    for (const [name, villages] of Object.entries(VOLUNTEER_VILLAGES)) {
      const staff = await createStaff(t.db, { commune: COMMUNE, role: 'volunteer', villages });
      tokens[name as AccountName] = (await signIn(app, staff.phone)).accessToken;
    }
    return new World(kind, t, tokens);
  }

  get db() {
    return this.t.db;
  }

  app(): App {
    return this.current;
  }

  /** A server restart: a new app (nothing kept in memory) over the same database. */
  restart(): void {
    this.current = this.newApp();
    this.restarts++;
  }

  /** Empties what the last run wrote and puts the clock back to the start. */
  async reset(): Promise<void> {
    for (const table of RUN_TABLES) {
      await this.t.db.query(`delete from ${table} where commune_code = $1`, [COMMUNE]);
    }
    vi.setSystemTime(this.startMs);
    this.serverErrors.length = 0;
    this.restarts = 0;
    this.current = this.newApp();
  }

  /** Moves the shared clock on (never past what the run's tokens allow). */
  advance(ms: number): void {
    const next = Math.min(Date.now() + ms, this.startMs + MAX_RUN_MS);
    vi.setSystemTime(next);
  }

  async close(): Promise<void> {
    vi.useRealTimers();
    await this.t.drop();
  }

  private newApp(): App {
    return createApp({
      db: this.t.db,
      version: 'property',
      authSecret: TEST_SECRET,
      // A batch held back by the network makes the one sent after it wait this long, then 409.
      pushWaitMs: 50,
      log: (msg, err) => this.serverErrors.push(`${msg}: ${String(err)}`),
    });
  }
}
