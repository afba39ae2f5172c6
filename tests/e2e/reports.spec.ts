import { readFile } from 'node:fs/promises';
import { expect, type Page, test } from '@playwright/test';
import readExcelFile from 'read-excel-file/node';
import { newId } from '../../src/core/ids';
import type { Indicators } from '../../src/core/indicators';
import { indicatorsResponseSchema } from '../../src/core/indicators-wire';
import { pushResponseSchema } from '../../src/core/wire';
import {
  addFeedback,
  attendance,
  feedback,
  push,
  putResident,
  putSession,
  resident,
  session,
  setAttendance,
} from '../server/factories';
import { adminGet, adminPost, DEMO_ADMIN, shoot, waitForServiceWorker } from './helpers';
import { pdfText, squash } from './pdf-text';

/**
 * A past year: the other specs log sessions on today's date, so 2025 holds this spec's records
 * (and the figures are still checked against the server's own answer, whatever else it holds).
 */
const YEAR = 2025;
const VILLAGE_NAMES: Record<string, string> = { 'nhan-bau': 'Nhan Bầu', 'tien-kieu': 'Tiên Kiều' };

/** Two sessions in 2025 (and one in 2026, outside), attendance with a walk-in, one feedback. */
async function logYear(page: Page): Promise<void> {
  const facilitator = newId();
  const r1 = resident({ villageId: 'nhan-bau', sex: 'female', birthYear: 1980 });
  const r2 = resident({ villageId: 'nhan-bau', sex: 'male', birthYear: 1950 });
  const r3 = resident({ villageId: 'tien-kieu', sex: 'female', birthYear: 2000 });
  const s1 = session({
    date: `${YEAR}-03-10`,
    villageId: 'nhan-bau',
    facilitators: [facilitator],
    vneidActivations: 3,
    onlineApplications: 1,
    cashlessAccounts: 0,
  });
  const s2 = session({
    date: `${YEAR}-06-05`,
    villageId: 'tien-kieu',
    facilitators: [facilitator],
    vneidActivations: 2,
    onlineApplications: 0,
    cashlessAccounts: 1,
  });
  const later = session({ date: `${YEAR + 1}-02-01`, villageId: 'nhan-bau', vneidActivations: 7 });
  const body = push([
    ...[r1, r2, r3].map(putResident),
    ...[s1, s2, later].map(putSession),
    setAttendance(attendance(s1, r1)),
    setAttendance(attendance(s1, r2)),
    setAttendance(attendance(s2, r3)),
    setAttendance(attendance(s2, r1)),
    setAttendance(attendance(later, r2)),
    addFeedback(
      feedback({
        sessionId: s1.id,
        rating: 5,
        tags: ['weak_network'],
        createdAt: `${YEAR}-03-10T09:00:00.000Z`,
      }),
    ),
  ]);
  const { results } = pushResponseSchema.parse(
    await adminPost(page.request, '/api/sync/push', body),
  );
  expect(results.filter((r) => r.status !== 'ok')).toEqual([]);
}

/** The demo administrator signs in on the sign-in screen with the password. */
async function signInAsAdmin(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: 'Đăng nhập bằng mật khẩu' }).click();
  const form = page.locator('form').filter({ has: page.locator('input[type="password"]') });
  await form.locator('input[type="tel"]').first().fill(DEMO_ADMIN.phone);
  await form.locator('input[type="password"]').first().fill(DEMO_ADMIN.password);
  await form.locator('button[type="submit"]').click();
  await page.getByRole('heading', { name: 'Buổi tập huấn' }).waitFor();
  await waitForServiceWorker(page);
}

const vi = new Intl.NumberFormat('vi-VN');

test('the administrator reads the dashboard, then prints and downloads the annual report', async ({
  page,
}) => {
  await logYear(page);
  const server = (
    await adminGet(
      page.request,
      `/api/reports/indicators?from=${YEAR}-01-01&to=${YEAR}-12-31`,
      indicatorsResponseSchema,
    )
  ).indicators as Indicators;
  // What this spec logged is in the server's answer (2026's session is not).
  expect(server.sessions).toBeGreaterThanOrEqual(2);
  expect(server.vneidActivations).toBeGreaterThanOrEqual(5);
  const nhanBau = server.byVillage.find((v) => v.villageId === 'nhan-bau')!;
  expect(nhanBau.attendances).toBeGreaterThanOrEqual(2);

  await signInAsAdmin(page);

  // The dashboard, for the year of the records.
  await page.goto('/reports');
  await page.locator('#dashboard-period-year').selectOption(String(YEAR));
  await expect(page.locator('.period-range')).toHaveText(`Từ 01/01/${YEAR} đến 31/12/${YEAR}`);
  await expect(page.getByTestId('source-label')).toContainText('Máy chủ');

  // The annual report for that year, from the server's figures.
  await page.goto('/reports/annual');
  await page.getByLabel('Năm báo cáo').selectOption(String(YEAR));
  await expect(page.locator('.doc-period')).toHaveText(
    `(Số liệu từ ngày 01/01/${YEAR} đến ngày 31/12/${YEAR})`,
  );
  await expect(page.getByTestId('source-label')).toContainText('Máy chủ');
  await expect(page.locator('table[data-table="summary"]')).toContainText(
    `Số buổi tập huấn, hướng dẫn${vi.format(server.sessions)}`,
  );
  await shoot(page, 'annual-report');

  // Printed to A4 PDF: the Decree 30 header and the figures.
  // Kept beside the screenshots for reviewers (not committed).
  const pdf = await page.pdf({
    path: 'tests/e2e/screenshots/annual-report.pdf',
    preferCSSPageSize: true,
  });
  const { text, pages, numbered, size } = await pdfText(pdf);
  expect(size).toEqual([595, 842]);
  // Page numbers at the top from the second page on, as the decree asks.
  expect(numbered).toEqual(Array.from({ length: pages - 1 }, (_, i) => i + 2));
  for (const line of [
    'UỶ BAN NHÂN DÂN XÃ HÀ ĐÔNG',
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc',
    'BÁO CÁO',
    `Bình dân học vụ số” năm ${YEAR}`,
    `(Số liệu từ ngày 01/01/${YEAR} đến ngày 31/12/${YEAR})`,
    'TM. ỦY BAN NHÂN DÂN',
    'Nơi nhận:',
  ])
    expect(text).toContain(squash(line));
  const figure = (label: string, value: number) =>
    expect(text).toMatch(new RegExp(`${literal(squash(label))}${vi.format(value)}(?!\\d)`));
  figure('Số buổi tập huấn, hướng dẫn', server.sessions);
  figure('Lượt người tham dự', server.attendances);
  figure('Người dân được tiếp cận (không trùng lặp)', server.uniqueResidents);
  figure('Tài khoản VNeID mức 2 đã hướng dẫn kích hoạt', server.vneidActivations);
  figure('Hồ sơ dịch vụ công trực tuyến đã hướng dẫn nộp', server.onlineApplications);
  figure('Tài khoản thanh toán không dùng tiền mặt đã hỗ trợ mở', server.cashlessAccounts);
  for (const id of ['nhan-bau', 'tien-kieu']) {
    const v = server.byVillage.find((x) => x.villageId === id)!;
    const cells = [v.sessions, v.attendances, v.uniqueResidents].map((n) => vi.format(n));
    expect(text).toContain(squash(`${VILLAGE_NAMES[id]} ${cells.join(' ')}`));
  }
  // Nothing of the app around the document is printed.
  expect(text).not.toContain(squash('In / Lưu PDF'));

  // The XLSX opens with the same numbers.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Tải XLSX' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`bao-cao-thi-dua-${YEAR}.xlsx`);
  const sheets = new Map(
    (await readExcelFile(await readFile((await download.path())!))).map((s) => [s.sheet, s.data]),
  );
  expect([...sheets.keys()]).toEqual([
    'Tổng hợp',
    'Theo thôn',
    'Theo tháng',
    'Theo giới tính và độ tuổi',
    'Theo đối tượng',
    'Học trực tuyến',
    'Góp ý',
  ]);
  const summary = new Map(sheets.get('Tổng hợp')!.map((r) => [r[0], r[1]]));
  expect(summary.get('Số buổi tập huấn, hướng dẫn')).toBe(server.sessions);
  expect(summary.get('Lượt người tham dự')).toBe(server.attendances);
  expect(summary.get('Người dân được tiếp cận (không trùng lặp)')).toBe(server.uniqueResidents);
  expect(summary.get('Tài khoản VNeID mức 2 đã hướng dẫn kích hoạt')).toBe(server.vneidActivations);
  const byVillage = sheets.get('Theo thôn')!;
  for (const id of ['nhan-bau', 'tien-kieu']) {
    const v = server.byVillage.find((x) => x.villageId === id)!;
    expect(byVillage.find((r) => r[0] === VILLAGE_NAMES[id])!.slice(1, 4)).toEqual([
      v.sessions,
      v.attendances,
      v.uniqueResidents,
    ]);
  }
  const feedbackSheet = new Map(sheets.get('Góp ý')!.map((r) => [r[0], r[1]]));
  expect(feedbackSheet.get('Số ý kiến phản hồi')).toBe(server.feedback.count);

  // And the by-village CSV.
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Tải CSV' }).click(),
  ]);
  const csvText = await readFile((await csv.path())!, 'utf8');
  expect(csvText.startsWith('\uFEFFThôn,Số buổi')).toBe(true);
  expect(csvText).toContain(`Nhan Bầu,${nhanBau.sessions},${nhanBau.attendances},`);
});

/** A literal for a RegExp. */
function literal(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
