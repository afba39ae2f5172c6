/**
 * Convergence property of the sync protocol (issue 5): 2–5 devices edit offline with clocks off by
 * up to a year and sync in random order through a faulty network (lost requests, lost answers after
 * the commit, duplicates, delayed and reordered requests, server restarts, 503s), against the real
 * server code (server/app.ts) on PGlite, and on PostgreSQL too when TEST_DATABASE_URL is set.
 * After every device syncs twice with faults off: each device holds exactly what the server sends
 * its account, no acknowledged write is lost, nothing is duplicated, erased residents stay erased
 * (checks.ts lists the invariants, oracle.ts the rules they follow, device*.ts the client rules
 * modelled). Hand-written stories (examples.ts) run first, then the random scenarios.
 *
 * Run:      npm run test:property            (FC_NUM_RUNS runs per database, default 50)
 * CI:       FC_NUM_RUNS=1000 npm run test:property   (~15–20 s per 100 runs per database)
 * Long:     FC_NUM_RUNS=100000 npm run test:property     (about 5 hours per database)
 * Replay:   FC_SEED=<seed> FC_PATH=<path> npm run test:property   (both printed on failure)
 * Options:  FC_NO_SHRINK=1 reports the first failure as found (shrinking replays many runs);
 *           PROPERTY_SKIP=invariant,… sets known, reported failures aside (names in checks.ts);
 *           PROPERTY_TRACE=1 (with FC_SEED, FC_PATH, FC_NUM_RUNS=1) prints every step, request
 *           and pulled row of the replayed run;
 *           PROPERTY_STATS=1 prints what the runs did (mutations, conflicts, faults).
 * The devices' records and clocks come from the seed alone (a virtual clock, ids from a counter),
 * so a seed replays the same way, except that a step syncing several devices at once may
 * interleave differently (PostgreSQL runs them concurrently; gzip bodies inflate on libuv threads).
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { DB_KINDS } from '../server/databases';
import { verdict } from './checks';
import { EXAMPLES } from './examples';
import { type RunStats, runScenario } from './run';
import { scenarioArb } from './scenario';
import { World } from './world';

const NUM_RUNS = Number(process.env.FC_NUM_RUNS ?? 50);
const SEED = process.env.FC_SEED === undefined ? undefined : Number(process.env.FC_SEED);
const PATH = process.env.FC_PATH;
/** Generous: a run takes well under a second; shrinking replays many. */
const TIMEOUT_MS = 10 * 60_000 + NUM_RUNS * 10_000;

function summarize(kind: string, all: RunStats[], ms: number): string {
  const sum = (f: (s: RunStats) => number) => all.reduce((n, s) => n + f(s), 0);
  const faults: Record<string, number> = {};
  for (const s of all)
    for (const [k, v] of Object.entries(s.faults)) faults[k] = (faults[k] ?? 0) + v;
  return (
    `[property ${kind}] ${all.length} runs in ${(ms / 1000).toFixed(1)} s ` +
    `(${((ms / Math.max(all.length, 1)) * 100) / 1000} s per 100): ` +
    `${sum((s) => s.mutations)} mutations, ${sum((s) => s.rejected)} rejected, ` +
    `${sum((s) => s.conflicts)} conflicts (${sum((s) => s.selfConflicts)} of a device with ` +
    `itself), requests ${JSON.stringify(faults)}`
  );
}

for (const kind of DB_KINDS) {
  describe(`sync convergence (${kind})`, () => {
    let world: World;
    const stats: RunStats[] = [];
    let elapsedMs = 0;
    beforeAll(async () => {
      world = await World.open(kind);
    });
    afterAll(async () => {
      if (process.env.PROPERTY_STATS) console.log(summarize(kind, stats, elapsedMs));
      await world?.close();
    });

    it.each(EXAMPLES)('example: %s', async (_name, scenario) => {
      const failures = verdict((await runScenario(world, scenario)).outcome);
      if (failures.length > 0) throw new Error(failures.join('\n'));
    });

    it(
      'every device converges to the server, losing and duplicating nothing',
      async () => {
        const started = performance.now();
        await fc.assert(
          fc.asyncProperty(scenarioArb, async (scenario) => {
            const run = await runScenario(world, scenario);
            stats.push(run.stats);
            elapsedMs = performance.now() - started;
            const failures = verdict(run.outcome);
            if (failures.length > 0) throw new Error(failures.join('\n'));
          }),
          {
            numRuns: NUM_RUNS,
            seed: SEED,
            path: PATH,
            endOnFailure: Boolean(process.env.FC_NO_SHRINK),
          },
        );
      },
      TIMEOUT_MS,
    );
  });
}
