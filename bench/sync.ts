/**
 * bench:sync — the real client sync code (Dexie on fake-indexeddb, src/sync) against the real
 * server over loopback HTTP. One phone pushes 500 sessions, 1,000 residents, 10,000 attendance
 * rows and 1,000 feedback records; a fresh phone pulls them all (cold), then pulls 1,000 more
 * changes (incremental); then a no-change sync. Bytes are counted on the server's sockets
 * (headers included, gzip both ways). The 2G figures are a cold pull and a push of the same size
 * through a 250 kbit/s, 300 ms RTT link (bench/slow-link.ts), beside what the requests' round
 * trips and bytes alone would take on it one request at a time (a push keeps two on the wire, so it
 * can beat that). PGlite always; PostgreSQL too when DATABASE_URL is set.
 * Push is given end to end (the phone's outbox on fake-indexeddb included, in this same process)
 * and as the server's share alone (time during which it is answering a push).
 * Usage: npm run bench:sync [-- --json]
 */
import 'fake-indexeddb/auto';
import { openPostgres } from '../server/db/executor';
import { migrate } from '../server/db/migrate';
import { DEMO_ADMIN, seedDemoCommune } from '../server/db/seed';
import { tokensResponseSchema } from '../src/core/auth';
import { storeSignIn } from '../src/db/account';
import { db } from '../src/db/db';
import { pullChanges } from '../src/sync/pull';
import { pushOutbox } from '../src/sync/push';
import { startBenchServer } from './harness';
import { type Link, startSlowLink } from './slow-link';
import { seedPhone } from './sync-seed';

const json = process.argv.includes('--json');
const LINK: Link = { bitsPerSecond: 250_000, rttMs: 300 };
const SEED = { sessions: 500, residents: 1000, attendance: 10_000, feedback: 1000 };

async function measure(label: string, dbUrl?: string) {
  const schema = `bench_${Date.now()}`;
  const given = dbUrl ? await openPostgres(dbUrl, { schema }) : undefined;
  if (given) {
    await migrate(given);
    await seedDemoCommune(given);
  }
  const server = await startBenchServer(given);
  let requests = 0;
  /** Where the phone's requests go: the server itself, or the slow link in front of it. */
  let via = server.url;
  const realFetch = globalThis.fetch;
  globalThis.fetch = (input, init) => {
    requests += 1;
    return realFetch(new URL(String(input), via), init);
  };
  const phase = async (run: () => Promise<unknown>) => {
    const before = {
      sent: server.received(),
      got: server.served(),
      requests,
      t: performance.now(),
    };
    await run();
    return {
      ms: performance.now() - before.t,
      up: server.received() - before.sent,
      down: server.served() - before.got,
      requests: requests - before.requests,
    };
  };
  const signIn = async () => {
    const res = await realFetch(new URL('/api/auth/sign-in', server.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(DEMO_ADMIN),
    });
    await storeSignIn(tokensResponseSchema.parse(await res.json()));
  };
  const freshPhone = async () => {
    db.close();
    await db.delete();
    await db.open();
    await signIn();
  };

  await freshPhone();
  const rows = await seedPhone(SEED);
  const serverPushBefore = server.pushMs();
  const push = await phase(pushOutbox);
  const serverPushMs = server.pushMs() - serverPushBefore;
  await freshPhone();
  const pull = await phase(pullChanges);
  // The same cold pull over the 2G link.
  const link = await startSlowLink(server.url, LINK);
  await freshPhone();
  via = link.url;
  const slowPull = await phase(pullChanges);
  via = server.url;
  // Another phone changes 1,000 ticks; this one pulls just those.
  // (Pushed from this phone's outbox under a second device id, then pulled incrementally.)
  const more = await seedPhone({ sessions: 50, residents: 0, attendance: 950, feedback: 0 });
  await phase(pushOutbox);
  const incremental = await phase(pullChanges);
  const noop = await phase(async () => {
    await pushOutbox();
    await pullChanges();
  });
  // A push of the same size (new records, from a fresh phone) over the 2G link.
  await freshPhone();
  await seedPhone(SEED);
  via = link.url;
  const slowPush = await phase(pushOutbox);
  via = server.url;
  link.close();
  globalThis.fetch = realFetch;
  await server.close();
  if (dbUrl) {
    const cleanup = await openPostgres(dbUrl);
    await cleanup.exec(`drop schema "${schema}" cascade`);
    await cleanup.close();
  }

  /** What the link's round trips and bandwidth alone would cost a phase, one request at a time. */
  const model = (p: { requests: number }, bytes: number) =>
    (p.requests * LINK.rttMs) / 1000 + (bytes * 8) / LINK.bitsPerSecond;
  return {
    db: label,
    rows,
    push_rows_per_s: Math.round(rows / (push.ms / 1000)),
    server_push_rows_per_s: Math.round(rows / (serverPushMs / 1000)),
    pull_rows_per_s: Math.round(rows / (pull.ms / 1000)),
    incremental_pull_rows_per_s: Math.round(more / (incremental.ms / 1000)),
    push_bytes_per_row: +(push.up / rows).toFixed(1),
    pull_bytes_per_row: +(pull.down / rows).toFixed(1),
    requests_per_1000_rows: +(((push.requests + pull.requests) / 2 / rows) * 1000).toFixed(2),
    noop_sync_ms: Math.round(noop.ms),
    noop_sync_requests: noop.requests,
    slow_link_push_s: +(slowPush.ms / 1000).toFixed(1),
    slow_link_pull_s: +(slowPull.ms / 1000).toFixed(1),
    slow_link_push_model_s: +model(push, push.up).toFixed(1),
    slow_link_pull_model_s: +model(pull, pull.down).toFixed(1),
  };
}

const results = [await measure('pglite')];
if (process.env.DATABASE_URL) results.push(await measure('postgres', process.env.DATABASE_URL));
for (const r of results) {
  if (json) console.log(JSON.stringify(r));
  else {
    console.log(
      `bench:sync on ${r.db} — ${r.rows} rows (500 sessions, 1,000 residents, 10,000 attendance, 1,000 feedback)`,
    );
    console.log(
      `push: ${r.push_rows_per_s} rows/s end to end (server side alone ${r.server_push_rows_per_s} rows/s), ${r.push_bytes_per_row} B/row up; pull: ${r.pull_rows_per_s} rows/s cold, ${r.incremental_pull_rows_per_s} rows/s incremental, ${r.pull_bytes_per_row} B/row down`,
    );
    console.log(
      `requests per 1,000 rows: ${r.requests_per_1000_rows}; no-change sync: ${r.noop_sync_ms} ms in ${r.noop_sync_requests} request(s)`,
    );
    console.log(
      `2G link (250 kbit/s, 300 ms RTT): push ${r.slow_link_push_s} s, pull ${r.slow_link_pull_s} s (one request at a time, round trips and bytes alone: ${r.slow_link_push_model_s} s, ${r.slow_link_pull_model_s} s)`,
    );
  }
}
process.exit(0);
