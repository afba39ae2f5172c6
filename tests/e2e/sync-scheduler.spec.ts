import { appendFile } from 'node:fs/promises';
import { expect, type Page, test } from '@playwright/test';
import { sessionsResponseSchema } from '../../src/core/wire';
import { adminGet, firstVisit, logSession } from './helpers';

const SESSION = {
  time: '15:00',
  village: 'Tiên Kiều',
  topics: ['Định danh điện tử VNeID'],
};

async function publishNewVersion(page: Page): Promise<void> {
  // Any byte change of sw.js makes the browser install a new worker, which then waits.
  await appendFile('.e2e/static/sw.js', `\n// version ${Date.now()}\n`);
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
}

test('coming back online sends what was saved offline, without a tap', async ({
  page,
  context,
  request,
}) => {
  const volunteer = await firstVisit(page);
  await context.setOffline(true);
  await logSession(page, { ...SESSION, date: '2026-11-21' });
  await expect(page.getByTestId('sync-message')).toContainText('1 mục chờ gửi');

  const pushed = page.waitForRequest('**/api/sync/push');
  await context.setOffline(false);
  await pushed;
  await expect(page.getByTestId('sync-message')).toContainText('Đã đồng bộ');
  const { sessions } = await adminGet(request, '/api/sessions', sessionsResponseSchema);
  const mine = sessions.filter((s) => s.facilitators.includes(volunteer.id));
  expect(mine.filter((s) => s.date === '2026-11-21')).toHaveLength(1);
});

test('an update with records not yet sent asks first, and keeps them', async ({
  page,
  request,
}) => {
  const volunteer = await firstVisit(page);
  // The server cannot be reached for pushes: the record stays in the outbox.
  await page.route('**/api/sync/push', (route) => route.abort('internetdisconnected'));
  await logSession(page, { ...SESSION, date: '2026-11-22' });
  await publishNewVersion(page);

  const prompt = page.getByRole('alertdialog');
  await expect(prompt).toContainText('Đã có phiên bản mới');
  await prompt.getByRole('button', { name: 'Tải lại' }).click();
  await expect(prompt).toContainText(
    '1 bản ghi chưa gửi. Hãy đồng bộ trước khi cập nhật, hoặc cập nhật ngay (dữ liệu vẫn được giữ).',
  );
  await Promise.all([
    page.waitForEvent('load'),
    prompt.getByRole('button', { name: 'Cập nhật ngay' }).click(),
  ]);
  // The new version runs, and the record is still waiting on the phone.
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  await expect(page.getByTestId('sync-message')).toContainText(/1 mục chờ gửi|Chưa gửi được/);

  await page.unroute('**/api/sync/push');
  await page.getByRole('button', { name: 'Đồng bộ' }).click();
  await expect(page.getByTestId('sync-message')).toContainText('Đã đồng bộ');
  const { sessions } = await adminGet(request, '/api/sessions', sessionsResponseSchema);
  const mine = sessions.filter((s) => s.facilitators.includes(volunteer.id));
  expect(mine.filter((s) => s.date === '2026-11-22')).toHaveLength(1);
});
