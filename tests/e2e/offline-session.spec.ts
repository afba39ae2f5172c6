import { expect, test } from '@playwright/test';
import { sessionsResponseSchema } from '../../src/core/wire';
import { adminGet, firstVisit, logSession } from './helpers';

test('a session logged offline survives reloads and reaches the server after sync', async ({
  page,
  context,
  request,
}) => {
  // 1. First visit online: sign-in with an invite; the app installs and caches the reference lists.
  await firstVisit(page);

  // 2. No network: a reload still opens the app, and says it is offline.
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Buổi tập huấn' })).toBeVisible();
  await expect(page.getByText('Mất mạng — vẫn lưu trên máy')).toBeVisible();

  // 3. Log a session offline.
  await logSession(page, {
    date: '2026-11-20',
    time: '14:00',
    village: 'Tiên Kiều',
    topics: ['Định danh điện tử VNeID', 'Nhận diện lừa đảo trực tuyến'],
  });
  await page.getByRole('link', { name: 'Buổi học' }).click();
  const card = page.getByTestId('session-card').filter({ hasText: '20/11/2026' });
  await expect(card).toContainText('Tiên Kiều');
  await expect(card).toContainText('Đã lưu trên máy');

  // 4. It survives a reload while still offline.
  await page.reload();
  await expect(card).toContainText('Tiên Kiều');
  await expect(page.getByTestId('sync-message')).toContainText('1 mục chờ gửi');

  // 5. Back online: "Đồng bộ" sends it, and the server's copy is visible through the API.
  await context.setOffline(false);
  await page.getByRole('button', { name: 'Đồng bộ' }).click();
  await expect(card).toContainText('Đã gửi lên xã');
  const { sessions } = await adminGet(request, '/api/sessions', sessionsResponseSchema);
  const stored = sessions.filter((s) => s.date === '2026-11-20');
  expect(stored).toHaveLength(1);
  expect(stored[0]).toMatchObject({
    villageId: 'tien-kieu',
    startTime: '14:00',
    topics: ['M04', 'M07'],
  });

  // 6. Syncing again sends nothing twice.
  await page.getByRole('button', { name: 'Đồng bộ' }).click();
  await expect(page.getByTestId('sync-message')).toContainText('Đã đồng bộ');
  const again = await adminGet(request, '/api/sessions', sessionsResponseSchema);
  expect(again.sessions.filter((s) => s.date === '2026-11-20')).toHaveLength(1);
});
