/**
 * bench:reports — the dashboard's queries (server/db/report-queries.ts) over a year of a large
 * commune (bench/reports-seed.ts: 20,000 sessions, 400,000 attendance rows), on PGlite and, when
 * DATABASE_URL is set, PostgreSQL (in a schema of its own, dropped afterwards). Each query runs
 * once to warm up, then RUNS times for the year; its time is the median of those runs (the worst
 * run is printed beside it). annual_report_ms is a whole year's Indicators as the annual report
 * asks for them (all the queries, side by side, and their assembly). The target: every
 * dashboard query under 300 ms on PostgreSQL at this size. The machine's load average is printed
 * too: the figures are only as quiet as the machine.
 * Usage: npm run bench:reports [-- --json]
 */
import { loadavg } from 'node:os';
import { openPglite, openPostgres, type Queryable } from '../server/db/executor';
import { migrate } from '../server/db/migrate';
import {
  completionCounts,
  feedbackTotals,
  reachFigures,
  recentComments,
  sessionFigures,
  villageAdults,
} from '../server/db/report-queries';
import type { Scope } from '../server/db/scope';
import { computeServerIndicators, withoutJit } from '../server/services/reports';
import { RECENT_COMMENTS } from '../src/core/indicator-compute';
import { LARGE, LARGE_TOTALS, LARGE_YEAR, seedLargeCommune } from './reports-seed';

const json = process.argv.includes('--json');
const RUNS = 7;

/** Each query as the service runs it (services/reports.ts: in a transaction, JIT off). */
const QUERIES: Record<string, (tx: Queryable, scope: Scope) => Promise<unknown>> = {
  villages: (tx, scope) => villageAdults(tx, scope),
  sessions: (tx, scope) => sessionFigures(tx, scope, LARGE_YEAR),
  reach: (tx, scope) => reachFigures(tx, scope, LARGE_YEAR),
  completions: (tx, scope) => completionCounts(tx, scope, LARGE_YEAR),
  feedback: (tx, scope) => feedbackTotals(tx, scope, LARGE_YEAR),
  comments: (tx, scope) => recentComments(tx, scope, LARGE_YEAR, RECENT_COMMENTS),
};

/** Median and worst of RUNS timed runs, after one to warm up. */
async function time(run: () => Promise<unknown>): Promise<{ median: number; worst: number }> {
  await run();
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await run();
    ms.push(performance.now() - started);
  }
  ms.sort((a, b) => a - b);
  return { median: ms[Math.floor(RUNS / 2)] as number, worst: ms[RUNS - 1] as number };
}

const round = (ms: number) => Math.round(ms);

async function measure(label: 'pglite' | 'postgres', url?: string) {
  const schema = `bench_reports_${Date.now()}`;
  const db = url ? await openPostgres(url, { schema }) : await openPglite();
  try {
    await migrate(db);
    const seeding = performance.now();
    await seedLargeCommune(db);
    const seedMs = performance.now() - seeding;
    // Settle the bulk load's dirty pages now, as a server has long done by the time anyone opens
    // the dashboard, so the timings do not share the disk with its checkpoint (needs superuser or
    // pg_checkpoint on PostgreSQL; skipped without).
    await db.exec('checkpoint').catch(() => undefined);
    const [size] = await db.query<{ sessions: number; attendance: number }>(
      `select (select count(*) from sessions where commune_code = $1)::int as sessions,
              (select count(*) from attendance where commune_code = $1)::int as attendance`,
      [LARGE.commune],
    );
    const scope: Scope = { commune: LARGE.commune, villages: 'all' };
    const queries: Record<string, { median: number; worst: number }> = {};
    const run = withoutJit(db);
    for (const [name, query] of Object.entries(QUERIES)) {
      queries[name] = await time(() => run((tx) => query(tx, scope)));
    }
    // A volunteer's dashboard: the same queries over one village.
    const village: Scope = { commune: LARGE.commune, villages: ['thon-01'] };
    const volunteer = await time(() => computeServerIndicators(db, village, LARGE_YEAR));
    const annual = await time(async () => {
      const figures = await computeServerIndicators(db, scope, LARGE_YEAR);
      if (figures.uniqueResidents !== LARGE_TOTALS.uniqueResidents)
        throw new Error('wrong figures');
    });
    const medians = Object.values(queries).map((q) => q.median);
    return {
      db: label,
      sessions: size?.sessions ?? 0,
      attendance_rows: size?.attendance ?? 0,
      seed_ms: round(seedMs),
      dashboard_query_ms_max: round(Math.max(...medians)),
      dashboard_query_ms_worst_run: round(Math.max(...Object.values(queries).map((q) => q.worst))),
      annual_report_ms: round(annual.median),
      volunteer_dashboard_ms: round(volunteer.median),
      query_ms: Object.fromEntries(Object.entries(queries).map(([k, q]) => [k, round(q.median)])),
      load_average_1m: +(loadavg()[0] ?? 0).toFixed(1),
    };
  } finally {
    if (url) await db.exec(`drop schema "${schema}" cascade`);
    await db.close();
  }
}

const results = [await measure('pglite')];
if (process.env.DATABASE_URL) results.push(await measure('postgres', process.env.DATABASE_URL));
for (const r of results) {
  if (json) {
    console.log(JSON.stringify(r));
    continue;
  }
  console.log(
    `bench:reports on ${r.db} — ${r.sessions.toLocaleString('en')} sessions, ${r.attendance_rows.toLocaleString('en')} attendance rows (a year), seeded in ${r.seed_ms} ms`,
  );
  for (const [name, ms] of Object.entries(r.query_ms)) console.log(`  ${name.padEnd(12)} ${ms} ms`);
  console.log(
    `  slowest dashboard query ${r.dashboard_query_ms_max} ms (median of ${RUNS}; worst run ${r.dashboard_query_ms_worst_run} ms); a year's Indicators (annual report) ${r.annual_report_ms} ms; a volunteer's village ${r.volunteer_dashboard_ms} ms; load average ${r.load_average_1m}`,
  );
}
process.exit(0);
