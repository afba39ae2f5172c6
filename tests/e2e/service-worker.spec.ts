import { appendFile } from 'node:fs/promises';
import { expect, type Page, test } from '@playwright/test';
import { firstVisit, waitForServiceWorker } from './helpers';

test('the service worker precaches the app shell, index.html and the manifest', async ({
  page,
}) => {
  await page.goto('/');
  await waitForServiceWorker(page);
  const cached = await page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) {
      for (const req of await (await caches.open(name)).keys())
        urls.push(new URL(req.url).pathname);
    }
    return urls;
  });
  expect(cached).toContain('/index.html');
  expect(cached).toContain('/manifest.webmanifest');
  expect(cached.some((u) => /^\/assets\/index-.*\.js$/.test(u))).toBe(true);
  expect(cached.some((u) => /^\/assets\/Workspace-.*\.js$/.test(u))).toBe(true);
});

test('the manifest is Vietnamese with maskable 192 and 512 px icons', async ({ page, request }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = await (await request.get(href!)).json();
  expect(manifest).toMatchObject({ name: 'Học vụ số', lang: 'vi', display: 'standalone' });
  expect(manifest.theme_color).toMatch(/^#/);
  const maskable = manifest.icons.filter((i: { purpose: string }) => i.purpose === 'maskable');
  expect(maskable.map((i: { sizes: string }) => i.sizes).sort()).toEqual(['192x192', '512x512']);
  for (const icon of manifest.icons) expect((await request.get(icon.src)).status()).toBe(200);
});

test('navigations under /api/ are not answered with the app shell offline', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await waitForServiceWorker(page);
  await context.setOffline(true);
  await page.goto('/sessions/anything');
  await expect(page.getByRole('heading', { name: 'Học vụ số' })).toBeVisible();
  const apiNavigation = await page.goto('/api/health').catch((e: Error) => e);
  expect(apiNavigation instanceof Error || apiNavigation?.status() !== 200).toBe(true);
  await context.setOffline(false);
});

async function publishNewVersion(page: Page): Promise<void> {
  // Any byte change of sw.js makes the browser install a new worker, which then waits.
  await appendFile('.e2e/static/sw.js', `\n// version ${Date.now()}\n`);
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
}

test('a new version waits for the volunteer: "Đã có phiên bản mới — Tải lại"', async ({ page }) => {
  await firstVisit(page);
  await page.reload(); // a returning visit, controlled by the installed worker
  const firstWorker = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL);

  await publishNewVersion(page);

  const prompt = page.getByRole('alertdialog', { name: 'Đã có phiên bản mới' });
  await expect(prompt).toBeVisible();
  // It waits: the old worker still controls the page until the volunteer says so.
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(
    firstWorker,
  );
  const waiting = await page.evaluate(
    async () => !!(await navigator.serviceWorker.getRegistration())?.waiting,
  );
  expect(waiting).toBe(true);

  await Promise.all([
    page.waitForEvent('load'),
    prompt.getByRole('button', { name: 'Tải lại' }).click(),
  ]);
  await expect(page.getByRole('heading', { name: 'Buổi tập huấn' })).toBeVisible();
  const stillWaiting = await page.evaluate(
    async () => !!(await navigator.serviceWorker.getRegistration())?.waiting,
  );
  expect(stillWaiting).toBe(false);
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
});

test('the update never throws away a half-filled form without asking', async ({ page }) => {
  await firstVisit(page);
  await page.getByRole('button', { name: 'Thêm buổi' }).click();
  await page.getByLabel('Thôn').selectOption({ label: 'Lập Lễ' });
  await page.getByLabel('Giờ bắt đầu').fill('09:00');
  await publishNewVersion(page);
  const prompt = page.getByRole('alertdialog', { name: 'Đã có phiên bản mới' });
  await expect(prompt).toBeVisible();

  // The volunteer says "not now" to the warning: nothing reloads and the input stays.
  await page.evaluate(() => Object.assign(window, { notReloaded: true }));
  let warned = '';
  page.once('dialog', (d) => {
    warned = d.message();
    void d.dismiss();
  });
  await prompt.getByRole('button', { name: 'Tải lại' }).click();
  expect(warned).toContain('Bạn đang nhập dở');
  await page.waitForTimeout(1000);
  expect(await page.evaluate(() => 'notReloaded' in window)).toBe(true);
  await expect(page.getByLabel('Thôn')).toHaveValue('lap-le');

  // Reloading anyway: the half-filled form comes back from its draft.
  page.once('dialog', (d) => void d.accept());
  await Promise.all([
    page.waitForEvent('load'),
    prompt.getByRole('button', { name: 'Tải lại' }).click(),
  ]);
  await expect(page.getByLabel('Thôn')).toHaveValue('lap-le');
  await expect(page.getByLabel('Giờ bắt đầu')).toHaveValue('09:00');
});
