/**
 * bench:load — how fast the app opens on a volunteer's phone. In Chromium at 360×740 with a 4× CPU
 * slowdown and a 400 kbit/s, 400 ms RTT network, it measures a first visit (first contentful paint,
 * time until the sign-in form is usable, bytes transferred), then signs in and measures an offline
 * repeat visit served by the service worker (time until the session list is usable). Medians of RUNS fresh profiles. Needs `npm run build` first.
 * Goals: first visit FCP ≤ 2 s, offline repeat FCP ≤ 300 ms.  Usage: npm run bench:load [-- --json]
 */
import type { Page } from 'playwright-core';
import { measureBudget } from '../scripts/check-budget';
import { launchChromium, median, signInDemoAdmin, signInReady, startBenchServer } from './harness';

const RUNS = Number(process.env.RUNS ?? 3);
const NETWORK = { latency: 400, downloadThroughput: 400_000 / 8, uploadThroughput: 400_000 / 8 };

async function fcp(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        new PerformanceObserver((list, obs) => {
          const entry = list.getEntriesByName('first-contentful-paint')[0];
          if (entry) {
            obs.disconnect();
            resolve(entry.startTime);
          }
        }).observe({ type: 'paint', buffered: true });
      }),
  );
}

/** When `ready` resolves, in the page's clock. */
async function usableAt(page: Page, ready: Promise<unknown>): Promise<number> {
  await ready;
  return page.evaluate(() => performance.now());
}
const sessionList = (page: Page) => page.getByRole('heading', { name: 'Buổi tập huấn' }).waitFor();

async function main() {
  const server = await startBenchServer();
  const { url, served } = server;
  const browser = await launchChromium();

  const runs: Record<string, number>[] = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext({
      viewport: { width: 360, height: 740 },
      isMobile: true,
    });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: false });
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...NETWORK });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const servedBefore = served();
    let bytes = 0;
    cdp.on('Network.loadingFinished', (e) => {
      bytes += e.encodedDataLength;
    });

    await page.goto(url);
    // A first visit lands on the sign-in screen: usable when the form is.
    const first = { fcp: await fcp(page), usable: await usableAt(page, signInReady(page)) };
    await page.waitForLoadState('networkidle');
    const firstKb = bytes / 1024;
    await page.waitForFunction(async () => {
      await navigator.serviceWorker.ready;
      return navigator.serviceWorker.controller !== null;
    });
    await page.waitForTimeout(500);
    const installKb = (served() - servedBefore) / 1024;
    await signInDemoAdmin(page);

    await context.setOffline(true);
    await cdp.send('Network.emulateNetworkConditions', { ...NETWORK, offline: true });
    await page.reload();
    const repeat = { fcp: await fcp(page), usable: await usableAt(page, sessionList(page)) };
    runs.push({
      first_visit_fcp_ms: first.fcp,
      first_visit_usable_ms: first.usable,
      first_visit_kb: firstKb,
      first_visit_with_install_kb: installKb,
      offline_repeat_fcp_ms: repeat.fcp,
      offline_repeat_usable_ms: repeat.usable,
    });
    await context.close();
  }
  await browser.close();
  await server.close();

  const keys = Object.keys(runs[0]!);
  const figures: Record<string, number> = {};
  for (const k of keys) figures[k] = Math.round(median(runs.map((r) => r[k]!)) * 10) / 10;
  const budget = await measureBudget();
  Object.assign(figures, {
    initial_js_gzip_kb: budget.initial_js_gzip_kb,
    all_js_gzip_kb: budget.all_js_gzip_kb,
    precache_kb: budget.precache_kb,
  });

  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(figures));
    return;
  }
  console.log(`bench:load — median of ${RUNS} runs, 360×740, CPU 4×, 400 kbit/s, 400 ms RTT`);
  console.log(
    `first visit:    FCP ${figures.first_visit_fcp_ms} ms (goal ≤ 2000), sign-in usable ${figures.first_visit_usable_ms} ms, ${figures.first_visit_kb} KB transferred (${figures.first_visit_with_install_kb} KB with the offline install)`,
  );
  console.log(
    `offline repeat: FCP ${figures.offline_repeat_fcp_ms} ms (goal ≤ 300), session list usable ${figures.offline_repeat_usable_ms} ms`,
  );
  console.log(
    `shell JS ${figures.initial_js_gzip_kb} KB gzip (all JS ${figures.all_js_gzip_kb} KB), precache ${figures.precache_kb} KB`,
  );
}

await main();
