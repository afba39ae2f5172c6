import type { APIRequestContext, Page } from '@playwright/test';
import { z } from 'zod/mini';
import { tokensResponseSchema } from '../../src/core/auth';

export const DEMO_ADMIN = { phone: '0900000001', password: 'hadong-demo-2025' };
export const ALL_VILLAGES = [
  'nhan-bau',
  'tien-kieu',
  'lap-le',
  'dong-bua',
  'phuc-gioi',
  'thanh-lanh',
  'he-vinh',
  'dong-ha',
  'vinh-binh',
];
export const PASSWORD = 'mat-khau-thu-nghiem';

/** Waits until the service worker controls the page, i.e. the app would now open offline. */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.waitForFunction(async () => {
    await navigator.serviceWorker.ready;
    return navigator.serviceWorker.controller !== null;
  });
}

/** A bearer token of the demo administrator (through the API, not the app). */
export async function adminToken(request: APIRequestContext): Promise<string> {
  const res = await request.post('/api/auth/sign-in', { data: DEMO_ADMIN });
  if (!res.ok()) throw new Error(`admin sign-in: HTTP ${res.status()}`);
  return tokensResponseSchema.parse(await res.json()).accessToken;
}

/** GET an API path as the demo administrator, parsed by `schema`. */
export async function adminGet<S extends z.ZodMiniType>(
  request: APIRequestContext,
  path: string,
  schema: S,
): Promise<z.infer<S>> {
  const res = await request.get(path, {
    headers: { authorization: `Bearer ${await adminToken(request)}` },
  });
  if (!res.ok()) throw new Error(`GET ${path}: HTTP ${res.status()}`);
  return schema.parse(await res.json());
}

/** POST to an API path as the demo administrator; returns the parsed JSON body. */
export async function adminPost(
  request: APIRequestContext,
  path: string,
  data: unknown,
): Promise<unknown> {
  const res = await request.post(path, {
    headers: { authorization: `Bearer ${await adminToken(request)}` },
    data,
  });
  if (!res.ok()) throw new Error(`POST ${path}: HTTP ${res.status()} ${await res.text()}`);
  return res.json();
}

/** A phone number nobody in this run has: 08 and eight random digits. */
export const freshPhone = () => `08${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;

export interface Volunteer {
  id: string;
  phone: string;
  displayName: string;
  code: string;
}

const createdSchema = z.object({
  volunteer: z.object({ id: z.string() }),
  invite: z.object({ code: z.string() }),
});

/** The administrator creates a volunteer (through the API) and gets their invite code. */
export async function inviteVolunteer(
  request: APIRequestContext,
  opts: { displayName?: string; villages?: string[] } = {},
): Promise<Volunteer> {
  const phone = freshPhone();
  const displayName = opts.displayName ?? 'Đinh Thị Thu';
  const created = createdSchema.parse(
    await adminPost(request, '/api/admin/volunteers', {
      phone,
      displayName,
      villages: opts.villages ?? ALL_VILLAGES,
    }),
  );
  return { id: created.volunteer.id, phone, displayName, code: created.invite.code };
}

/** The volunteer's first sign-in on the phone: phone number, invite code, a new password. */
export async function redeemInvite(page: Page, v: Volunteer): Promise<void> {
  await page.getByRole('heading', { name: 'Lần đầu đăng nhập' }).waitFor();
  await page.getByLabel('Số điện thoại').fill(v.phone);
  await page.getByLabel('Mã mời (8 chữ số)').fill(v.code);
  await page.getByLabel('Mật khẩu mới', { exact: true }).fill(PASSWORD);
  await page.getByLabel('Nhập lại mật khẩu mới').fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
  await page.getByRole('heading', { name: 'Buổi tập huấn' }).waitFor();
}

/**
 * First visit online: a new volunteer (invited by the demo administrator through the API) signs in
 * with their invite code; the app installs and syncs the village and volunteer lists.
 */
export async function firstVisit(
  page: Page,
  opts: { displayName?: string; villages?: string[] } = {},
): Promise<Volunteer> {
  const volunteer = await inviteVolunteer(page.request, opts);
  await page.goto('/');
  await redeemInvite(page, volunteer);
  await waitForServiceWorker(page);
  await page.getByTestId('sync-message').filter({ hasText: 'Đã đồng bộ' }).waitFor();
  return volunteer;
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
