import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import type { ModuleText, Question } from '../../src/core/content';
import { adminToken, waitForServiceWorker } from './helpers';

const M01: ModuleText = JSON.parse(
  readFileSync(new URL('../../src/content/modules/M01/vi.json', import.meta.url), 'utf8'),
);

async function addProfile(page: Page, name: string) {
  await page.getByRole('button', { name: /Thêm người học/ }).click();
  await page.getByLabel('Tên gọi').fill(name);
  await page.getByRole('button', { name: 'Lưu và bắt đầu học' }).click();
  await expect(page.locator('.learner-name')).toContainText(name);
}

async function switchTo(page: Page, name: string) {
  await page.getByRole('button', { name: 'Đổi người học' }).click();
  await page.getByRole('button', { name: new RegExp(name) }).click();
  await expect(page.locator('.learner-name')).toContainText(name);
}

/** Answers every question right, with the controls a learner uses. */
async function passQuiz(page: Page, quiz: Question[]) {
  for (const [i, q] of quiz.entries()) {
    await expect(page.getByText(`Câu ${i + 1}/${quiz.length}`)).toBeVisible();
    if (q.kind === 'single' || q.kind === 'multiple') {
      for (const o of q.options.filter((o) => o.correct))
        await page.getByLabel(o.text, { exact: true }).check();
    } else if (q.kind === 'truefalse') {
      await page.getByLabel(q.answer ? 'Đúng' : 'Sai', { exact: true }).check();
    } else {
      for (const [target, step] of q.steps.entries()) {
        for (;;) {
          const order = await page.locator('.quiz-step-text').allTextContents();
          if (order.indexOf(step) <= target) break;
          await page.getByRole('button', { name: `Chuyển lên: ${step}`, exact: true }).click();
        }
      }
    }
    await page.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
    await expect(page.getByText('✓ Đúng rồi!')).toBeVisible();
    await page
      .getByRole('button', { name: i === quiz.length - 1 ? /Xem kết quả/ : /Câu tiếp theo/ })
      .click();
  }
}

test('two learners on one phone, offline: one completes a module, progress stays apart and reaches the server', async ({
  page,
  context,
  request,
}) => {
  test.setTimeout(120_000);
  // 1. First visit online (a link from the commune names it); then no network at all.
  await page.goto('/learn?xa=10882');
  await expect(page.getByRole('heading', { name: 'Ai đang học?' })).toBeVisible();
  await waitForServiceWorker(page);
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Ai đang học?' })).toBeVisible();

  // 2. Two learners; the second one added is learning now.
  await addProfile(page, 'Bà Lan');
  await page.getByRole('button', { name: 'Đổi người học' }).click();
  await addProfile(page, 'Anh Minh');

  // 3. Bà Lan reads every lesson of module 1 and passes its quizzes.
  await switchTo(page, 'Bà Lan');
  await page.getByRole('link', { name: /Làm quen điện thoại thông minh/ }).click();
  await page.getByRole('button', { name: /Bắt đầu học/ }).click();
  for (const [i, lesson] of M01.lessons.entries()) {
    await expect(page.getByRole('heading', { name: lesson.title })).toBeVisible();
    await page.getByRole('button', { name: /Làm bài kiểm tra/ }).click();
    await passQuiz(page, lesson.quiz);
    await expect(page.getByText('✓ Đạt! Bạn đã nắm được bài này.')).toBeVisible();
    if (i < M01.lessons.length - 1)
      await page.getByRole('button', { name: /Bài tiếp theo/ }).click();
  }
  await expect(page.getByText('Chúc mừng! Bạn đã hoàn thành khoá học này.')).toBeVisible();
  await page.getByRole('button', { name: /Xem giấy chứng nhận/ }).click();
  await expect(page.locator('.certificate-name')).toHaveText('Bà Lan');
  const code = (await page.locator('.certificate-code strong').textContent())!.replace(' ', '');
  expect(code).toMatch(/^[2-9A-Z]{8}$/);

  // 4. Anh Minh's progress is his own.
  await switchTo(page, 'Anh Minh');
  const m01 = page.locator('.module-card').filter({ hasText: 'Làm quen điện thoại thông minh' });
  await expect(m01).toContainText('Đạt 0/4 bài');

  // 5. A reload, still offline, keeps everything.
  await page.reload();
  await expect(m01).toContainText('Đạt 0/4 bài');
  await switchTo(page, 'Bà Lan');
  await expect(m01).toContainText('✓ Đã hoàn thành');

  // 6. Back online: the completion reaches the commune, and its code checks out there.
  await context.setOffline(false);
  const token = await adminToken(request);
  await expect
    .poll(
      async () => {
        const res = await request.get(`/api/certificates/${code}`, {
          headers: { authorization: `Bearer ${token}` },
        });
        return res.ok() ? (await res.json()).moduleCode : res.status();
      },
      { timeout: 30_000 },
    )
    .toBe('M01');
});
