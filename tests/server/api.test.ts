import { describe, expect, it } from 'vitest';
import { compareVi } from '../../src/core/text';
import { referenceResponseSchema } from '../../src/core/wire';
import { bearer } from './accounts';
import { DB_KINDS } from './databases';
import { jsonPost, push, putSession, session } from './factories';
import { useHarness } from './harness';

describe.each(DB_KINDS)('API on %s', (kind) => {
  const h = useHarness(kind);

  it('answers health with the database kind and version', async () => {
    const res = await h.app.request('/api/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true, db: kind, version: '9.9.9' });
  });

  it('gives the reference data: the 9 villages and the volunteers in Vietnamese order', async () => {
    const body = await h.getJson('/api/reference', referenceResponseSchema);
    expect(body.villages).toHaveLength(9);
    expect(body.villages.map((v) => v.name)).toContain('Nhan Bầu');
    expect(Date.parse(body.serverTime)).not.toBeNaN();
    const names = body.volunteers.map((v) => v.displayName);
    expect(names).toHaveLength(6);
    expect(names).toEqual(expect.arrayContaining(['Nguyễn Thị Hoa', 'Đỗ Minh Tuấn']));
    expect(names).toContain('Cán bộ Phòng Văn hoá - Xã hội');
    expect(names).toEqual([...names].sort(compareVi));
    for (const v of body.volunteers) {
      expect(Object.keys(v).sort()).toEqual(['communeCode', 'displayName', 'id']);
      expect(v.communeCode).toBe('10882');
    }
  });

  it('no longer serves /api/villages', async () => {
    expect((await h.app.request('/api/villages?commune=10882')).status).toBe(404);
  });

  it('answers /api/attendance with 400 naming a missing or malformed session', async () => {
    for (const path of ['/api/attendance', '/api/attendance?session=42']) {
      const res = await h.app.request(path, bearer(h.adminToken));
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ error: 'invalid', field: 'session' });
    }
  });

  it('answers 400 naming the bad field of a push', async () => {
    const req = push([putSession(session({ date: '31/12/2026' }))]);
    const res = await h.app.request('/api/sync/push', bearer(h.adminToken, jsonPost(req)));
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: 'invalid', field: 'mutations.0.args.date' });
    const notJson = await h.app.request(
      '/api/sync/push',
      bearer(h.adminToken, jsonPost('{"clientId":')),
    );
    expect(notJson.status).toBe(400);
    expect(await notJson.json()).toMatchObject({ error: 'invalid_json' });
  });

  it('takes the commune from the token, never from a push body', async () => {
    const req = { ...push([putSession(session({ communeCode: '99999' }))]), communeCode: '99999' };
    expect(await h.send(req)).toEqual([{ seq: 1, status: 'rejected', reason: 'wrong_commune' }]);
  });

  it('answers 413 to a body over 1 MB', async () => {
    const big = jsonPost('x'.repeat(1024 * 1024 + 1));
    const res = await h.app.request('/api/sync/push', bearer(h.adminToken, big));
    expect(res.status).toBe(413);
  });

  it('answers 404 JSON to unknown API routes', async () => {
    const res = await h.app.request('/api/nothing-here');
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: 'not_found' });
  });
});
