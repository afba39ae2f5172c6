import type { Page } from '@playwright/test';

/** Waits until the service worker controls the page, i.e. the app would now open offline. */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.waitForFunction(async () => {
    await navigator.serviceWorker.ready;
    return navigator.serviceWorker.controller !== null;
  });
}

/** First visit online: the app installs, syncs the village and volunteer lists. */
export async function firstVisit(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('heading', { name: 'Buổi tập huấn' }).waitFor();
  await waitForServiceWorker(page);
  await page.getByTestId('sync-message').filter({ hasText: 'Đã đồng bộ' }).waitFor();
}

/** Fills and saves the new-session form; returns on the session's page. */
export async function logSession(
  page: Page,
  s: { date: string; time: string; village: string; topics: string[] },
): Promise<void> {
  await page.getByRole('button', { name: 'Thêm buổi' }).click();
  await page.getByLabel('Ngày').fill(s.date);
  await page.getByLabel('Giờ bắt đầu').fill(s.time);
  await page.getByLabel('Thôn').selectOption({ label: s.village });
  for (const topic of s.topics) await page.getByRole('button', { name: topic }).click();
  await page.getByRole('button', { name: 'Lưu buổi' }).click();
  await page.getByRole('button', { name: 'Điểm danh' }).waitFor();
}

/** Screenshots for reviewers (not committed): tests/e2e/screenshots/<name>.png at 360×740. */
export async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `tests/e2e/screenshots/${name}.png` });
}
