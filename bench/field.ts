/**
 * bench:field — does the field app stay quick on a full phone? Seeds 5,000 sessions and 20,000
 * residents into IndexedDB in Chromium at 360×740, then times the session list's first render and a
 * roster search (village of ~2,200 people), medians of RUNS tries; also under a 4× CPU slowdown as
 * a cheap-phone figure. Fails when either plain figure is over 200 ms. Needs `npm run build` first.
 * Usage: npm run bench:field [-- --json]
 */
import { SEED, seedLargeDevice, timeRosterSearch, timeSessionList } from './field-measure';
import { launchChromium, median, signInDemoAdmin, startBenchServer } from './harness';

const RUNS = Number(process.env.RUNS ?? 5);
const BUDGET_MS = 200;

async function main() {
  const server = await startBenchServer();
  const browser = await launchChromium();
  const context = await browser.newContext({
    viewport: { width: 360, height: 740 },
    isMobile: true,
  });
  const page = await context.newPage();
  await page.goto(server.url);
  await signInDemoAdmin(page);
  await seedLargeDevice(page);
  await page.reload();
  await page.getByText('5.000 buổi').waitFor();

  const measure = async () => {
    const list: number[] = [];
    const search: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      list.push(await timeSessionList(page));
      search.push(await timeRosterSearch(page, i % 2 ? 'tran thi lan' : 'nguyen van an'));
    }
    return { list: median(list), search: median(search) };
  };
  const plain = await measure();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const slow = await measure();
  await browser.close();
  await server.close();

  const r = (n: number) => Math.round(n * 10) / 10;
  const figures = {
    sessions: SEED.sessions,
    residents: SEED.residents,
    session_list_ms: r(plain.list),
    roster_search_ms: r(plain.search),
    session_list_cpu4x_ms: r(slow.list),
    roster_search_cpu4x_ms: r(slow.search),
  };
  if (process.argv.includes('--json')) console.log(JSON.stringify(figures));
  else {
    console.log(
      `bench:field — ${SEED.sessions} sessions, ${SEED.residents} residents, median of ${RUNS}`,
    );
    console.log(
      `session list first render: ${figures.session_list_ms} ms (budget ${BUDGET_MS}); CPU 4×: ${figures.session_list_cpu4x_ms} ms`,
    );
    console.log(
      `roster search:             ${figures.roster_search_ms} ms (budget ${BUDGET_MS}); CPU 4×: ${figures.roster_search_cpu4x_ms} ms`,
    );
  }
  if (plain.list > BUDGET_MS || plain.search > BUDGET_MS) {
    console.error('bench:field: over the 200 ms budget.');
    process.exit(1);
  }
}

await main();
