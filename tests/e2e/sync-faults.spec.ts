import { expect, type Page, test } from '@playwright/test';
import { sessionsResponseSchema } from '../../src/core/wire';
import { adminGet, firstVisit, logSession } from './helpers';

/**
 * Faults in the middle of a sync, in Chromium with the real service worker and IndexedDB: each
 * time, once back online, every record is on the server exactly once and still on the phone.
 */

const SESSION = { time: '09:00', village: 'Lập Lễ', topics: ['Dịch vụ công trực tuyến'] };

async function mySessions(page: Page, volunteerId: string, date: string) {
  const { sessions } = await adminGet(page.request, '/api/sessions', sessionsResponseSchema);
  return sessions.filter((s) => s.facilitators.includes(volunteerId) && s.date === date);
}

test('the network drops after the server applied a push: a retry applies nothing twice', async ({
  page,
}) => {
  const volunteer = await firstVisit(page);
  await page.getByRole('link', { name: 'Buổi học' }).waitFor();
  // The push reaches the server and is applied, but its answer never reaches the phone.
  let lost = 0;
  await page.route('**/api/sync/push', async (route) => {
    await route.fetch();
    lost += 1;
    await route.abort('internetdisconnected');
  });
  await logSession(page, { ...SESSION, date: '2026-11-10' });
  await page.getByRole('button', { name: 'Đồng bộ' }).click();
  await expect.poll(() => lost).toBeGreaterThan(0);
  await expect(page.getByTestId('sync-message')).not.toContainText('Đã đồng bộ');
  expect(await mySessions(page, volunteer.id, '2026-11-10')).toHaveLength(1);

  // Signal comes back: the same mutation goes again and is answered as the first time.
  await page.unroute('**/api/sync/push');
  await page.getByRole('button', { name: 'Đồng bộ' }).click();
  await expect(page.getByTestId('sync-message')).toContainText('Đã đồng bộ');
  expect(await mySessions(page, volunteer.id, '2026-11-10')).toHaveLength(1);
  await page.getByRole('link', { name: 'Buổi học' }).click();
  await expect(page.getByTestId('session-card').filter({ hasText: '10/11/2026' })).toHaveCount(1);
});

test('the app is closed in the middle of a sync and opened again: nothing lost or doubled', async ({
  page,
  context,
}) => {
  const volunteer = await firstVisit(page);
  // Three sessions saved; the push is held at the network until the page is gone.
  let reached: () => void = () => {};
  const arrived = new Promise<void>((r) => {
    reached = r;
  });
  await page.route('**/api/sync/push', async (route) => {
    reached();
    await new Promise(() => {}); // never answered: the page closes first
    await route.abort();
  });
  for (const date of ['2026-11-11', '2026-11-12', '2026-11-13']) {
    await logSession(page, { ...SESSION, date });
    await page.getByRole('link', { name: 'Buổi học' }).click();
  }
  await page.getByRole('button', { name: 'Đồng bộ' }).click();
  await arrived;
  await page.close();

  const again = await context.newPage();
  await again.goto('/');
  await again.getByRole('heading', { name: 'Buổi tập huấn' }).waitFor();
  await again.getByRole('button', { name: 'Đồng bộ' }).click();
  await expect(again.getByTestId('sync-message')).toContainText('Đã đồng bộ');
  for (const date of ['2026-11-11', '2026-11-12', '2026-11-13']) {
    expect(await mySessions(again, volunteer.id, date)).toHaveLength(1);
    const day = date.split('-').reverse().join('/');
    await expect(again.getByTestId('session-card').filter({ hasText: day })).toHaveCount(1);
  }
});

test('an app update upgrades the store while records wait in the outbox: they still go, once', async ({
  page,
}) => {
  const volunteer = await firstVisit(page);
  // The phone as the previous version left it: store version 2 (no clocks), the account signed
  // in, and one session saved offline, its mutation queued in the old format (no clock).
  const date = '2026-11-14';
  await page.goto('/manifest.webmanifest');
  await page.evaluate(async (date) => {
    const open = (version?: number, upgrade?: (db: IDBDatabase) => void) =>
      new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open('hoc-vu-so', version);
        req.onupgradeneeded = () => upgrade?.(req.result);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
    const all = (db: IDBDatabase, store: string) =>
      new Promise<unknown[]>((resolve) => {
        const req = db.transaction(store).objectStore(store).getAll();
        req.onsuccess = () => resolve(req.result);
      });
    const current = await open();
    const meta = await all(current, 'meta');
    const villages = await all(current, 'villages');
    const volunteers = await all(current, 'volunteers');
    current.close();
    await new Promise((r) => {
      indexedDB.deleteDatabase('hoc-vu-so').onsuccess = r;
    });
    // Dexie stores version n as IndexedDB version n × 10.
    const old = await open(20, (db) => {
      const store = (name: string, keyPath: string | string[], indexes: string[], auto = false) => {
        const s = db.createObjectStore(name, { keyPath, autoIncrement: auto });
        for (const i of indexes) s.createIndex(i, i);
      };
      store('villages', 'id', ['communeCode']);
      store('volunteers', 'id', ['communeCode']);
      store('residents', 'id', ['villageId']);
      store('sessions', 'id', ['date', 'villageId']);
      store('attendance', ['sessionId', 'residentId'], ['residentId', 'sessionId']);
      store('feedback', 'id', ['sessionId', 'villageId']);
      store('outbox', 'seq', ['status', 'recordId'], true);
      store('drafts', 'key', []);
      store('meta', 'key', []);
    });
    const account = (meta as { key: string; value: { user: { id: string } } }[]).find(
      (m) => m.key === 'account',
    );
    const now = new Date().toISOString();
    const session = {
      id: '019a0000-0000-7000-8000-0000000abcde',
      communeCode: '10882',
      date,
      startTime: '07:30',
      durationMinutes: 60,
      villageId: 'lap-le',
      venue: 'Nhà văn hoá',
      kind: 'class',
      targetGroups: ['residents'],
      topics: ['M05'],
      facilitators: [account?.value.user.id],
      vneidActivations: 0,
      onlineApplications: 0,
      cashlessAccounts: 0,
      notes: '',
      cancelledAt: null,
      createdAt: now,
      updatedAt: now,
    };
    const tx = old.transaction(
      ['meta', 'villages', 'volunteers', 'sessions', 'outbox'],
      'readwrite',
    );
    for (const m of meta) if ((m as { key: string }).key !== 'hlc') tx.objectStore('meta').put(m);
    for (const v of villages) tx.objectStore('villages').put(v);
    for (const v of volunteers) tx.objectStore('volunteers').put(v);
    tx.objectStore('sessions').put(session);
    tx.objectStore('outbox').add({
      name: 'session.put',
      args: session,
      recordId: session.id,
      status: 'pending',
      attempts: 0,
      lastError: null,
      createdAt: now,
    });
    await new Promise((r) => {
      tx.oncomplete = r;
    });
    old.close();
  }, date);

  // The new version opens the store: Dexie upgrades it in place, and the queued session goes.
  await page.goto('/');
  await page.getByRole('heading', { name: 'Buổi tập huấn' }).waitFor();
  await page.getByRole('button', { name: 'Đồng bộ' }).click();
  await expect(page.getByTestId('sync-message')).toContainText('Đã đồng bộ');
  expect(await mySessions(page, volunteer.id, date)).toHaveLength(1);
  await expect(page.getByTestId('session-card').filter({ hasText: '14/11/2026' })).toHaveCount(1);
});
