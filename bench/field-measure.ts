/**
 * Shared by the large-data e2e test and `npm run bench:field`: seeds a device with 5,000 sessions
 * and 20,000 residents straight into IndexedDB, then times (in the page) the session list's first
 * render and a roster search. Needs the app open once so its database exists.
 */
import type { Page } from 'playwright-core';

export const SEED = { sessions: 5000, residents: 20000 };

/**
 * tsx (esbuild, keepNames) wraps named functions in `__name(...)`; code sent to the page through
 * page.evaluate needs that helper defined there.
 */
const defineNameShim = (page: Page) => page.evaluate('window.__name ??= (f) => f');

/** Writes the records with the raw IndexedDB API, in one transaction per store. */
export async function seedLargeDevice(page: Page): Promise<void> {
  await defineNameShim(page);
  await page.evaluate(async ({ sessions, residents }) => {
    const villages = [
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
    const family = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đỗ', 'Bùi', 'Đặng', 'Ngô'];
    const middle = ['Văn', 'Thị', 'Đức', 'Minh', 'Thu', 'Ngọc', 'Quang', 'Hồng'];
    const given = [
      'An',
      'Ánh',
      'Bình',
      'Cường',
      'Dũng',
      'Đạt',
      'Hoa',
      'Hùng',
      'Lan',
      'Mai',
      'Nam',
      'Oanh',
      'Phúc',
      'Quý',
      'Sơn',
      'Tâm',
      'Thảo',
      'Trang',
      'Uyên',
      'Vinh',
    ];
    const uuid = (n: number, kind: string) =>
      `019a${kind}00-0000-7000-8000-${String(n).padStart(12, '0')}`;
    const now = new Date().toISOString();
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('hoc-vu-so');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const write = (store: string, rows: object[]) =>
      new Promise<void>((resolve, reject) => {
        const tx = db.transaction(store, 'readwrite');
        for (const r of rows) tx.objectStore(store).put(r);
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
    await write(
      'sessions',
      Array.from({ length: sessions }, (_, i) => {
        const d = new Date(Date.UTC(2025, 0, 1) + (i % 690) * 86_400_000)
          .toISOString()
          .slice(0, 10);
        return {
          id: uuid(i, '00'),
          communeCode: '10882',
          villageId: villages[i % villages.length],
          date: d,
          startTime: '08:00',
          durationMinutes: 90,
          venue: `Nhà văn hoá số ${i % 40}`,
          kind: 'class',
          targetGroups: ['residents'],
          topics: [`M${String((i % 13) + 1).padStart(2, '0')}`],
          facilitators: [],
          vneidActivations: i % 7,
          onlineApplications: i % 3,
          cashlessAccounts: i % 2,
          notes: '',
          cancelledAt: null,
          createdAt: now,
          updatedAt: now,
        };
      }),
    );
    await write(
      'residents',
      Array.from({ length: residents }, (_, i) => ({
        id: uuid(i, '11'),
        communeCode: '10882',
        villageId: villages[i % villages.length],
        fullName: `${family[i % 10]} ${middle[(i >> 3) % 8]} ${given[(i >> 5) % 20]}`,
        birthYear: 1940 + (i % 65),
        sex: i % 2 ? 'female' : 'male',
        phone: null,
        erased: false,
        consent: { version: 'v1', givenBy: 'self', collectedBy: uuid(1, '22'), collectedAt: now },
        createdAt: now,
        updatedAt: now,
      })),
    );
    db.close();
  }, SEED);
}

/** In-page time from a click on "Buổi học" until the first session card is on screen. */
export async function timeSessionList(page: Page): Promise<number> {
  await page.getByRole('link', { name: 'Người dân' }).click();
  await page.getByRole('heading', { name: 'Người dân' }).waitFor();
  await defineNameShim(page);
  return page.evaluate(async () => {
    const link = [...document.querySelectorAll('a')].find((a) =>
      a.textContent?.includes('Buổi học'),
    )!;
    const t0 = performance.now();
    link.click();
    while (!document.querySelector('[data-testid="session-card"]')) {
      await new Promise(requestAnimationFrame);
    }
    return performance.now() - t0;
  });
}

/** In-page time from typing a query in a ~2,200-person roster until the results are shown. */
export async function timeRosterSearch(page: Page, query: string): Promise<number> {
  await page.getByRole('link', { name: 'Người dân' }).click();
  await page.getByTestId('resident-card').first().waitFor();
  await defineNameShim(page);
  return page.evaluate(async (q) => {
    const input = document.querySelector<HTMLInputElement>('input[type="search"]')!;
    const before = document.querySelector('[role="status"].count')?.textContent;
    const t0 = performance.now();
    input.value = q;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    while (document.querySelector('[role="status"].count')?.textContent === before) {
      await new Promise(requestAnimationFrame);
    }
    return performance.now() - t0;
  }, query);
}
