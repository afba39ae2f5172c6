import type { Page } from '@playwright/test';

/** Waits until the service worker controls the page, i.e. the app would now open offline. */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.waitForFunction(async () => {
    await navigator.serviceWorker.ready;
    return navigator.serviceWorker.controller !== null;
  });
}
