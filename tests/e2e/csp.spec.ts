import { expect, type Page, test } from '@playwright/test';
import { waitForServiceWorker } from './helpers';

/**
 * Screens to start from (links found on them are followed too). Signed out, the app shows the
 * sign-in screen instead; the admin screens, reached by buttons, are listed here.
 */
const SCREENS = [
  '/',
  '/sessions/new',
  '/residents',
  '/residents/new',
  '/feedback',
  '/feedback/new',
  '/feedback/resident',
  '/more',
  '/admin/volunteers',
  '/admin/volunteers/new',
  '/admin/residents',
  '/admin/audit',
  '/no-such-screen',
];
const DEMO_ADMIN = { phone: '0900000001', password: 'hadong-demo-2025' };

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

/**
 * Records CSP violations two ways: `securitypolicyviolation` events kept in window state (read
 * before each navigation, since a new document starts empty) and Chromium's console reports.
 */
async function watchCsp(page: Page) {
  const found: string[] = [];
  page.on('console', (m) => {
    if (/content security policy|refused to (load|apply|execute|connect|frame)/i.test(m.text()))
      found.push(`console: ${m.text()}`);
  });
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations?.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`.trim());
    });
  });
  const harvest = async () => {
    found.push(...(await page.evaluate(() => window.__cspViolations?.splice(0) ?? [])));
    return found;
  };
  /** Goes to `path` (or reloads) and waits until the screen has loaded and settled. */
  const visit = async (path?: string) => {
    await harvest();
    if (path === undefined) await page.reload();
    else await page.goto(path);
    await page.locator('main, form, [role="main"], .top-bar').first().waitFor();
    await page.waitForLoadState('networkidle');
  };
  return { harvest, visit };
}

test('the app shell comes with a strict CSP header', async ({ page }) => {
  const res = await page.goto('/');
  const csp = res?.headers()['content-security-policy'] ?? '';
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("default-src 'self'");
  expect(csp).not.toContain('unsafe-');
  expect(res?.headers()['x-content-type-options']).toBe('nosniff');
});

/** Visits the seeds and every same-origin link found on the way, up to `limit` pages. */
async function crawl(page: Page, visit: (path: string) => Promise<void>, limit = 30) {
  const seen = new Set<string>();
  const queue = [...SCREENS];
  while (queue.length > 0 && seen.size < limit) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    seen.add(path);
    await visit(path);
    const links = await page
      .locator('a[href^="/"]:not([download])')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    queue.push(...links.filter((l) => !l.startsWith('/api/') && !seen.has(l)));
  }
  return [...seen];
}

/** The demo administrator signs in through the sign-in screen ("password" mode, not an invite). */
async function signInAsAdmin(page: Page) {
  const passwordMode = page.locator('#sign-in-mode button').nth(1);
  if ((await passwordMode.count()) > 0) await passwordMode.click();
  const form = page.locator('form').filter({ has: page.locator('input[type="password"]') });
  await form
    .locator('input[type="tel"], input[autocomplete="username"]')
    .first()
    .fill(DEMO_ADMIN.phone);
  await form.locator('input[type="password"]').first().fill(DEMO_ADMIN.password);
  await form.locator('button[type="submit"]').click();
  await expect(page.locator('input[type="password"]')).toHaveCount(0);
  await page.waitForLoadState('networkidle');
}

test('the app causes no CSP violation: load, reload, every screen, both languages', async ({
  page,
}) => {
  const csp = await watchCsp(page);
  await csp.visit('/');
  await waitForServiceWorker(page);
  await csp.visit(); // now served by the service worker, with the cached headers
  await crawl(page, csp.visit);
  await page.getByRole('button', { name: 'Đổi ngôn ngữ sang tiếng Anh' }).click();
  await page.waitForLoadState('networkidle');
  await csp.visit('/more');
  expect(await csp.harvest()).toEqual([]);
});

test('signed in as the administrator, the screens cause no CSP violation', async ({ page }) => {
  const csp = await watchCsp(page);
  await csp.visit('/');
  await signInAsAdmin(page);
  const visited = await crawl(page, csp.visit);
  await csp.visit();
  expect(await csp.harvest()).toEqual([]);
  expect(visited.length).toBeGreaterThanOrEqual(SCREENS.length);
});

test('the watcher does see a violation, so silence above means none', async ({ page }) => {
  const csp = await watchCsp(page);
  await csp.visit('/');
  await page.evaluate(() => {
    const style = document.createElement('style');
    style.textContent = 'body { outline: 1px solid red }';
    document.head.append(style);
  });
  await expect.poll(async () => (await csp.harvest()).join('\n')).toContain('style-src');
});
