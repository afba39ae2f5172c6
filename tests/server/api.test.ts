import { describe, expect, it } from 'vitest';
import { compareVi } from '../../src/core/text';
import { referenceResponseSchema } from '../../src/core/wire';
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
    const body = await h.getJson('/api/reference?commune=10882', referenceResponseSchema);
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

  it.each(['reference', 'sessions', 'feedback'])(
    'answers /api/%s with 400 naming a malformed commune, 404 for an unknown one',
    async (resource) => {
      const bad = await h.app.request(`/api/${resource}?commune=abc`);
      expect(bad.status).toBe(400);
      expect(await bad.json()).toMatchObject({ error: 'invalid', field: 'commune' });
      const missing = await h.app.request(`/api/${resource}`);
      expect(missing.status).toBe(400);
      expect(await missing.json()).toMatchObject({ error: 'invalid', field: 'commune' });
      const unknown = await h.app.request(`/api/${resource}?commune=99999`);
      expect(unknown.status).toBe(404);
      expect(await unknown.json()).toEqual({ error: 'unknown_commune', field: 'commune' });
    },
  );

  it('answers /api/attendance with 400 naming a missing or malformed session or commune', async () => {
    const cases: [string, string][] = [
      ['/api/attendance?commune=10882', 'session'],
      ['/api/attendance?commune=10882&session=42', 'session'],
      ['/api/attendance?session=0198a3c0-0000-7000-8000-000000000000', 'commune'],
    ];
    for (const [path, field] of cases) {
      const res = await h.app.request(path);
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ error: 'invalid', field });
    }
    const unknown = await h.app.request(
      '/api/attendance?commune=99999&session=0198a3c0-0000-7000-8000-000000000000',
    );
    expect(unknown.status).toBe(404);
  });

  it('answers 400 naming the bad field of a push', async () => {
    const req = push([putSession(session({ date: '31/12/2026' }))]);
    const res = await h.app.request('/api/sync/push', jsonPost(req));
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: 'invalid', field: 'mutations.0.args.date' });
    const notJson = await h.app.request('/api/sync/push', jsonPost('{"clientId":'));
    expect(notJson.status).toBe(400);
    expect(await notJson.json()).toMatchObject({ error: 'invalid_json' });
  });

  it('answers 404 to a push for an unknown commune', async () => {
    const req = { ...push([putSession(session())]), communeCode: '99999' };
    const res = await h.app.request('/api/sync/push', jsonPost(req));
    expect(res.status).toBe(404);
  });

  it('answers 413 to a body over 1 MB', async () => {
    const res = await h.app.request('/api/sync/push', jsonPost('x'.repeat(1024 * 1024 + 1)));
    expect(res.status).toBe(413);
  });

  it('answers 404 JSON to unknown API routes', async () => {
    const res = await h.app.request('/api/nothing-here');
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: 'not_found' });
  });
});
