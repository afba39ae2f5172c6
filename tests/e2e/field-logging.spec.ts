import { readFile } from 'node:fs/promises';
import { expect, type Page, test } from '@playwright/test';
import {
  attendanceResponseSchema,
  feedbackResponseSchema,
  sessionsResponseSchema,
} from '../../src/core/wire';
import { adminGet, firstVisit, logSession, shoot } from './helpers';

async function addResident(page: Page, name: string, year: string, sex: 'Nữ' | 'Nam') {
  await page.getByRole('button', { name: 'Thêm người dân' }).click();
  await page.getByLabel('Họ và tên').fill(name);
  await page.getByLabel('Năm sinh').fill(year);
  await page.getByRole('button', { name: sex, exact: true }).click();
  await page.getByLabel('Người dân (hoặc người giám hộ) đã nghe và đồng ý').check();
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Người dân' })).toBeVisible();
}

test('a volunteer logs a whole session offline: roster, attendance, walk-in, resident feedback, CSV', async ({
  page,
  context,
  request,
}) => {
  // Signed in with an invite: the account is who collects consent and facilitates.
  await firstVisit(page, { displayName: 'Lê Thị Thu' });

  // Offline from here on: the village hall has no signal.
  await context.setOffline(true);
  await page.getByRole('link', { name: 'Người dân' }).click();
  await page.getByLabel('Thôn').selectOption({ label: 'Phúc Giới' });
  await addResident(page, 'Nguyễn Văn An', '1958', 'Nam');
  await addResident(page, 'Trần Thị Ánh', '1962', 'Nữ');
  await addResident(page, 'Phạm Đức Đạt', '1990', 'Nam');
  await page.getByLabel('Tìm theo tên, ví dụ: nguyen van an').fill('dat');
  await expect(page.getByTestId('resident-card')).toHaveText([/^Phạm Đức Đạt · 1990 · Nam/]);
  await page.getByLabel('Tìm theo tên, ví dụ: nguyen van an').fill('');
  await shoot(page, '03-roster');

  await page.getByRole('link', { name: 'Buổi học' }).click();
  await logSession(page, {
    date: '2026-11-21',
    time: '19:30',
    village: 'Phúc Giới',
    topics: ['Định danh điện tử VNeID', 'Thanh toán không dùng tiền mặt'],
  });
  await shoot(page, '04-session');

  // Attendance: one tap per person, search ignoring diacritics, a walk-in without leaving.
  await page.getByRole('button', { name: 'Điểm danh' }).click();
  for (const name of ['Nguyễn Văn An', 'Trần Thị Ánh'])
    await page.getByRole('button', { name }).click();
  await page.getByLabel('Tìm theo tên, ví dụ: nguyen van an').fill('pham duc dat');
  await page.getByRole('button', { name: /Phạm Đức Đạt/ }).click();
  await page.getByLabel('Tìm theo tên, ví dụ: nguyen van an').fill('');
  await page.getByRole('button', { name: 'Thêm người đến dự' }).click();
  await page.getByLabel('Họ và tên').fill('Đỗ Thị Bích');
  await page.getByLabel('Năm sinh').fill('1949');
  await page.getByRole('button', { name: 'Nữ', exact: true }).click();
  await page.getByLabel('Người dân (hoặc người giám hộ) đã nghe và đồng ý').check();
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(page.getByTestId('present-count')).toHaveText('Có mặt: 4');
  await expect(
    page.getByText('Nữ 2 · Nam 2 · Dưới 16: 0 · 16–35: 0 · 36–59: 1 · Từ 60: 3'),
  ).toBeVisible();
  await shoot(page, '05-attendance');

  // Feedback in resident mode: the phone is handed over, then given back.
  await page.getByRole('button', { name: 'Quay lại' }).click();
  await page.getByRole('button', { name: 'Góp ý' }).click();
  await page.getByRole('button', { name: 'Đưa máy cho người dân tự góp ý' }).click();
  await page.getByRole('button', { name: 'Hài lòng', exact: true }).click();
  await page.getByRole('button', { name: 'Mạng yếu' }).click();
  await page.getByLabel('Ông/bà muốn nói thêm điều gì?').fill('Cần học thêm về quét mã QR ạ');
  await shoot(page, '06-resident-mode');
  await page.getByRole('button', { name: 'Gửi góp ý' }).click();
  await expect(page.getByRole('heading', { name: 'Cảm ơn ông/bà đã góp ý!' })).toBeVisible();
  await page.getByRole('button', { name: 'Trả máy cho cán bộ' }).click();
  await expect(page.getByText('1 góp ý')).toBeVisible();

  // Still offline, a reload keeps everything with the right counts.
  const sessionUrl = page.url();
  await page.reload();
  await expect(page.getByText('Có mặt: 4')).toBeVisible();
  await expect(page.getByText('1 góp ý')).toBeVisible();
  await page.goto(sessionUrl.replace(/$/, '/attendance'));
  await expect(page.getByTestId('present-count')).toHaveText('Có mặt: 4');

  // The month's CSV, made on the phone while offline, keeps the Vietnamese text intact.
  await page.getByRole('link', { name: 'Cài đặt' }).click();
  await page.getByLabel('Tháng').fill('2026-11');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Tải tệp CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('buoi-tap-huan-2026-11.csv');
  const csv = await readFile((await download.path())!, 'utf8');
  expect(csv.startsWith('\uFEFF')).toBe(true);
  expect(csv).toContain('Ngày,Giờ bắt đầu,Thời lượng (phút),Thôn');
  expect(csv).toContain('21/11/2026,19:30,90,Phúc Giới');
  expect(csv).toContain('Định danh điện tử VNeID; Thanh toán không dùng tiền mặt');
  expect(csv).toContain('Lê Thị Thu');
  await shoot(page, '07-settings-export');

  // Back online, one sync sends it all to the commune.
  await context.setOffline(false);
  await page.getByRole('button', { name: 'Đồng bộ' }).click();
  await expect(page.getByTestId('sync-message')).toContainText('Đã đồng bộ');
  const { sessions } = await adminGet(request, '/api/sessions', sessionsResponseSchema);
  const stored = sessions.find((s) => s.date === '2026-11-21' && s.villageId === 'phuc-gioi');
  expect(stored).toBeDefined();
  const att = await adminGet(
    request,
    `/api/attendance?session=${stored!.id}`,
    attendanceResponseSchema,
  );
  expect(att.attendance.filter((a) => a.present)).toHaveLength(4);
  const fb = await adminGet(request, '/api/feedback', feedbackResponseSchema);
  expect(fb.feedback.filter((f) => f.sessionId === stored!.id)).toMatchObject([
    { rating: 4, tags: ['weak_network'], byResident: true, residentId: null },
  ]);
});

test('screens in Vietnamese at 360×740 for review', async ({ page }) => {
  await firstVisit(page);
  await shoot(page, '01-sessions');
  await page.getByRole('button', { name: 'Thêm buổi' }).click();
  await page.getByRole('button', { name: 'Lưu buổi' }).click();
  await page.evaluate(() => window.scrollTo(0, 0));
  await shoot(page, '02-session-form-errors');
  await page.getByRole('link', { name: 'Góp ý' }).click();
  page.once('dialog', (d) => void d.accept());
  await page.getByRole('button', { name: 'Ghi góp ý' }).click();
  await shoot(page, '08-feedback-form');
});
