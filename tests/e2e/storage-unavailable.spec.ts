import { expect, test } from '@playwright/test';

test('without IndexedDB the app explains what to do instead of showing a blank page', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Không mở được bộ nhớ trên máy' })).toBeVisible();
  await expect(page.getByText('chế độ ẩn danh')).toBeVisible();
});
