import { readFile } from 'node:fs/promises';
import { expect, type Page, test } from '@playwright/test';
import { sessionsResponseSchema } from '../../src/core/wire';
import {
  adminGet,
  adminPost,
  firstVisit,
  inviteVolunteer,
  logSession,
  PASSWORD,
  redeemInvite,
  shoot,
  waitForServiceWorker,
} from './helpers';

const card = (page: Page, date: string) =>
  page.getByTestId('session-card').filter({ hasText: date });

test('invite → first sign-in → offline reopen → log → sync → revoked: the record stays and exports', async ({
  page,
  context,
  request,
}) => {
  // 1. The administrator creates a volunteer; the volunteer signs in once, online, with the code.
  const volunteer = await inviteVolunteer(request, {
    displayName: 'Bùi Thị Ngân',
    villages: ['tien-kieu', 'lap-le'],
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Lần đầu đăng nhập' })).toBeVisible();
  await shoot(page, 'account-01-sign-in');
  // A mistyped code says what to do, and keeps what was typed.
  await page.getByLabel('Số điện thoại').fill(volunteer.phone);
  await page.getByLabel('Mã mời (8 chữ số)').fill('1234 5678');
  await page.getByLabel('Mật khẩu mới', { exact: true }).fill(PASSWORD);
  await page.getByLabel('Nhập lại mật khẩu mới').fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
  await expect(page.getByTestId('sign-in-failure')).toHaveText(
    'Mã mời không đúng hoặc đã hết hạn. Hãy kiểm tra lại số điện thoại và mã, hoặc xin cán bộ xã mã mới.',
  );
  await expect(page.getByLabel('Số điện thoại')).toHaveValue(volunteer.phone);
  await shoot(page, 'account-06-sign-in-password');
  await shoot(page, 'account-02-sign-in-wrong-code');
  await redeemInvite(page, volunteer);
  await waitForServiceWorker(page);
  await expect(page.getByTestId('sync-message')).toContainText('Đã đồng bộ');

  // 2. No network; the app is closed and opened again: still signed in, no sign-in round trip.
  await context.setOffline(true);
  await page.close();
  const phone = await context.newPage();
  await phone.goto('/');
  await expect(phone.getByRole('heading', { name: 'Buổi tập huấn' })).toBeVisible();
  await expect(phone.getByText('Mất mạng — vẫn lưu trên máy')).toBeVisible();
  await logSession(phone, {
    date: '2026-11-18',
    time: '08:30',
    village: 'Tiên Kiều',
    topics: ['Định danh điện tử VNeID'],
  });
  await phone.getByRole('link', { name: 'Buổi học' }).click();
  await expect(card(phone, '18/11/2026')).toContainText('Đã lưu trên máy');

  // 3. Back online: the record syncs under the volunteer's account.
  await context.setOffline(false);
  await phone.getByRole('button', { name: 'Đồng bộ' }).click();
  await expect(card(phone, '18/11/2026')).toContainText('Đã gửi lên xã');
  const { sessions } = await adminGet(request, '/api/sessions', sessionsResponseSchema);
  expect(sessions.filter((s) => s.date === '2026-11-18')).toMatchObject([
    { villageId: 'tien-kieu', startTime: '08:30', facilitators: [volunteer.id] },
  ]);

  // 4. The commune revokes the volunteer. The next sync is refused with a clear, lasting message.
  await adminPost(request, `/api/admin/volunteers/${volunteer.id}/revoke`, {});
  await logSession(phone, {
    date: '2026-11-19',
    time: '14:00',
    village: 'Lập Lễ',
    topics: ['Nhận diện lừa đảo trực tuyến'],
  });
  await phone.getByRole('link', { name: 'Buổi học' }).click();
  await phone.getByRole('button', { name: 'Đồng bộ' }).click();
  const revoked = phone.getByTestId('sync-revoked');
  await expect(revoked).toContainText(
    'Tài khoản này đã bị xã thu hồi quyền đồng bộ. 1 bản ghi chưa gửi vẫn được giữ trên máy — hãy Xuất CSV ở mục Cài đặt và liên hệ cán bộ xã.',
  );
  await expect(card(phone, '19/11/2026')).toContainText('Đã lưu trên máy');
  await shoot(phone, 'account-03-revoked');
  await phone.reload();
  await expect(revoked).toBeVisible();
  await expect(card(phone, '19/11/2026')).toContainText('Lập Lễ');

  // 5. The unsent record is still exportable as CSV, from the button beside the message.
  await revoked.getByRole('button', { name: 'Xuất CSV' }).click();
  await phone.getByLabel('Tháng').fill('2026-11');
  const [download] = await Promise.all([
    phone.waitForEvent('download'),
    phone.getByRole('button', { name: 'Tải tệp CSV' }).click(),
  ]);
  const csv = await readFile((await download.path())!, 'utf8');
  expect(csv).toContain('19/11/2026,14:00,90,Lập Lễ');
  expect(csv).toContain('18/11/2026,08:30,90,Tiên Kiều');
  const after = await adminGet(request, '/api/sessions', sessionsResponseSchema);
  expect(after.sessions.filter((s) => s.date === '2026-11-19')).toHaveLength(0);
});

test('a PIN locks a shared phone: idle, reload, resident mode; "forgot PIN" keeps the records', async ({
  page,
}) => {
  await page.clock.install();
  const volunteer = await firstVisit(page, { displayName: 'Hà Văn Khánh' });
  await logSession(page, {
    date: '2026-11-17',
    time: '09:00',
    village: 'Đồng Bửa',
    topics: ['Zalo và giao tiếp số văn minh'],
  });

  // Set a PIN in Settings.
  await page.getByRole('link', { name: 'Cài đặt' }).click();
  await page.getByRole('button', { name: 'Đặt mã PIN' }).click();
  await page.getByLabel('Mã PIN mới', { exact: true }).fill('2468');
  await page.getByLabel('Nhập lại mã PIN mới').fill('2468');
  await page.getByRole('button', { name: 'Lưu mã PIN' }).click();
  await expect(page.getByText('Đã lưu mã PIN.')).toBeVisible();
  await page.getByTestId('account-card').scrollIntoViewIfNeeded();
  await shoot(page, 'account-05-settings');

  // Five minutes without a touch: locked, with nothing of the app behind the lock.
  await page.clock.fastForward('05:30');
  const lock = page.getByRole('heading', { name: 'Ứng dụng đang khoá' });
  await expect(lock).toBeVisible();
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await expect(page.getByText('Buổi tập huấn')).toHaveCount(0);
  await page.getByLabel('Nhập mã PIN (4–6 chữ số)').fill('1357');
  await page.getByRole('button', { name: 'Mở khoá' }).click();
  await expect(page.getByText('Mã PIN không đúng. Còn 4 lần thử, sau đó phải chờ.')).toBeVisible();
  await shoot(page, 'account-04-pin-lock');

  // A reload does not get past the lock.
  await page.reload();
  await expect(lock).toBeVisible();
  await page.getByLabel('Nhập mã PIN (4–6 chữ số)').fill('2468');
  await page.getByRole('button', { name: 'Mở khoá' }).click();
  await expect(page.getByRole('heading', { name: 'Cài đặt' })).toBeVisible();

  // Resident mode: giving the phone back asks for the PIN.
  await page.getByRole('link', { name: 'Góp ý' }).click();
  await page.getByRole('button', { name: 'Ghi góp ý' }).click();
  await page.getByRole('button', { name: 'Đưa máy cho người dân tự góp ý' }).click();
  await page.getByRole('button', { name: 'Trả máy cho cán bộ' }).click();
  await expect(lock).toBeVisible();

  // Forgot the PIN: sign out of this phone (records stay), then sign in with the password.
  page.once('dialog', (d) => void d.accept());
  await page.getByRole('button', { name: 'Quên mã PIN?' }).click();
  await expect(page.getByRole('heading', { name: 'Đăng nhập' })).toBeVisible();
  await expect(page.getByLabel('Số điện thoại')).toHaveValue(volunteer.phone);
  await shoot(page, 'account-06-sign-in-password');
  await page.getByLabel('Mật khẩu', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
  await page.getByRole('link', { name: 'Buổi học' }).click();
  await expect(card(page, '17/11/2026')).toContainText('Đồng Bửa');
  await page.getByRole('link', { name: 'Cài đặt' }).click();
  await expect(page.getByRole('button', { name: 'Đặt mã PIN' })).toBeVisible();
});
