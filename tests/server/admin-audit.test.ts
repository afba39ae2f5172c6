import { describe, expect, it } from 'vitest';
import { recordAudit } from '../../server/services/audit';
import { auditEntrySchema } from '../../src/core/auth';
import { bearer, createStaff, signIn } from './accounts';
import { DB_KINDS } from './databases';
import { addCommune, useHarness } from './harness';

describe.each(DB_KINDS)('admin: audit log on %s', (kind) => {
  const h = useHarness(kind);

  async function entries(query = '', token = h.adminToken) {
    const res = await h.app.request(`/api/admin/audit${query}`, bearer(token));
    expect(res.status).toBe(200);
    const body = (await res.json()) as { entries: unknown[] };
    return body.entries.map((e) => auditEntrySchema.parse(e));
  }

  it('lists the commune’s entries newest first with who did it, 200 a page', async () => {
    await h.db.transact(async (tx) => {
      for (let i = 0; i < 205; i++) {
        await recordAudit(tx, {
          commune: '10882',
          actorId: null,
          action: 'test.entry',
          targetType: 'test',
          targetId: String(i),
          detail: { i, text: "'; drop table users; --" },
        });
      }
    });
    await h.app.request('/api/admin/residents?q=an', bearer(h.adminToken));
    const page = await entries();
    expect(page).toHaveLength(200);
    expect(page[0]).toMatchObject({
      action: 'resident.search',
      actorName: 'Cán bộ Phòng Văn hoá - Xã hội',
    });
    expect(page[1]).toMatchObject({ actorId: null, actorName: null, targetId: '204' });
    expect(page[1]?.detail).toEqual({ i: 204, text: "'; drop table users; --" });
    const times = page.map((e) => e.at);
    expect(times).toEqual([...times].sort().reverse());
    const last = page.at(-1);
    const next = await entries(
      `?before=${encodeURIComponent(last?.at ?? '')}&beforeId=${last?.id}`,
    );
    // The first page held the search and entries 204…6.
    const ids = [...page, ...next].map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(next.filter((e) => e.action === 'test.entry').map((e) => e.targetId)).toEqual([
      '5',
      '4',
      '3',
      '2',
      '1',
      '0',
    ]);
    // Before the search: the 205 entries written earlier, at most a page of them.
    const older = await entries(`?before=${encodeURIComponent(page[0]?.at ?? '')}`);
    expect(older.some((e) => e.action === 'resident.search')).toBe(false);
  });

  it('shows nothing of another commune, and refuses a malformed page marker', async () => {
    await addCommune(h.db, '10883', 'thon-khac');
    const other = await createStaff(h.db, { commune: '10883', role: 'admin' });
    const token = (await signIn(h.app, other.phone)).accessToken;
    const theirs = await entries('', token);
    expect(theirs.every((e) => !['test.entry', 'resident.search'].includes(e.action))).toBe(true);
    for (const [query, field] of [
      ['before=yesterday', 'before'],
      ['before=2026-01-01T00:00:00.000Z&beforeId=42', 'beforeId'],
    ]) {
      const bad = await h.app.request(`/api/admin/audit?${query}`, bearer(h.adminToken));
      expect(bad.status).toBe(400);
      expect(await bad.json()).toMatchObject({ error: 'invalid', field });
    }
  });
});
