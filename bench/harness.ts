/** What the benchmarks share: the built app served in-process on a fresh PGlite, and Chromium. */
import { randomBytes } from 'node:crypto';
import type { AddressInfo, Socket } from 'node:net';
import { serve } from '@hono/node-server';
import { type Browser, chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS } from '../playwright.config';
import { createApp } from '../server/app';
import { type Db, openPglite } from '../server/db/executor';
import { migrate } from '../server/db/migrate';
import { DEMO_ADMIN, seedDemoCommune } from '../server/db/seed';

export interface BenchServer {
  url: string;
  /** Bytes the server has sent so far, including what service workers download. */
  served(): number;
  /** Bytes the server has received so far (requests, headers included). */
  received(): number;
  /** Milliseconds during which the server was answering a push (reading, applying, answering). */
  pushMs(): number;
  close(): Promise<void>;
}

/** The app on a fresh, seeded database: PGlite, or the one given (e.g. PostgreSQL). */
export async function startBenchServer(given?: Db): Promise<BenchServer> {
  const db = given ?? (await openPglite());
  await migrate(db);
  await seedDemoCommune(db);
  const authSecret = new TextEncoder().encode(randomBytes(32).toString('base64url'));
  const app = createApp({ db, version: 'bench', staticDir: 'dist', authSecret, log: () => {} });
  // Time with at least one push being answered (two may be at once: counted once).
  let pushMs = 0;
  let answering = 0;
  let since = 0;
  const server = serve({
    port: 0,
    async fetch(req, env) {
      if (!req.url.endsWith('/api/sync/push')) return app.fetch(req, env);
      if (answering++ === 0) since = performance.now();
      try {
        const res = await app.fetch(req, env);
        await res.clone().arrayBuffer();
        return res;
      } finally {
        if (--answering === 0) pushMs += performance.now() - since;
      }
    },
  });
  await new Promise((r) => server.once('listening', r));
  const sockets = new Set<Socket>();
  server.on('connection', (s: Socket) => sockets.add(s));
  return {
    url: `http://localhost:${(server.address() as AddressInfo).port}/`,
    served: () => [...sockets].reduce((n, s) => n + s.bytesWritten, 0),
    received: () => [...sockets].reduce((n, s) => n + s.bytesRead, 0),
    pushMs: () => pushMs,
    async close() {
      server.close();
      await db.close();
    },
  };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
}

export const median = (xs: number[]): number =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** The sign-in screen a first visit lands on, ready for typing. */
export const signInReady = (page: Page) =>
  page.getByRole('button', { name: 'Đăng nhập bằng mật khẩu' }).waitFor();

/** Signs the demo administrator in through the app and waits for the session list to sync. */
export async function signInDemoAdmin(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Đăng nhập bằng mật khẩu' }).click();
  await page.getByLabel('Số điện thoại').fill(DEMO_ADMIN.phone);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(DEMO_ADMIN.password);
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
  await page
    .getByTestId('sync-message')
    .filter({ hasText: /Đã đồng bộ/ })
    .waitFor();
}
