import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app';
import { DB_KINDS, openTestDb, type TestDb } from './databases';
import { jsonPost, push, session } from './factories';

describe.each(DB_KINDS)('API on %s', (kind) => {
  let t: TestDb;
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => {
    t = await openTestDb(kind);
    app = createApp({ db: t.db, version: '9.9.9', log: () => {} });
  });
  afterAll(() => t.drop());

  it('answers health with the database kind and version', async () => {
    const res = await app.request('/api/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true, db: kind, version: '9.9.9' });
  });

  it('lists the demo commune villages', async () => {
    const res = await app.request('/api/villages?commune=10882');
    const body = await res.json();
    expect(body.villages.map((v: { name: string }) => v.name)).toContain('Nhan Bầu');
    expect(body.villages).toHaveLength(9);
    expect(Date.parse(body.serverTime)).not.toBeNaN();
  });

  it('answers 400 naming the field for a malformed commune, 404 for an unknown one', async () => {
    const bad = await app.request('/api/villages?commune=abc');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: 'invalid', field: 'commune' });
    const unknown = await app.request('/api/villages?commune=99999');
    expect(unknown.status).toBe(404);
  });

  it('stores pushed sessions and shows them through the API', async () => {
    const s = session({ topics: ['M04', 'M07'], villageId: 'vinh-binh' });
    const res = await app.request('/api/sync/push', jsonPost(push([s])));
    expect(res.status).toBe(200);
    expect((await res.json()).results).toEqual([{ seq: 1, status: 'ok' }]);
    const list = await (await app.request('/api/sessions?commune=10882')).json();
    expect(list.sessions.find((x: { id: string }) => x.id === s.id)).toEqual(s);
  });

  it('applies a replayed push once', async () => {
    const req = push([session(), session()]);
    const before = (await (await app.request('/api/sessions?commune=10882')).json()).sessions
      .length;
    for (let i = 0; i < 3; i++) {
      const res = await app.request('/api/sync/push', jsonPost(req));
      expect((await res.json()).results.map((r: { status: string }) => r.status)).toEqual([
        'ok',
        'ok',
      ]);
    }
    const after = (await (await app.request('/api/sessions?commune=10882')).json()).sessions.length;
    expect(after - before).toBe(2);
  });

  it('rejects, per mutation, a session for an unknown village or another commune', async () => {
    const req = push([
      session({ villageId: 'khong-co' }),
      session({ communeCode: '10883' }),
      session(),
    ]);
    const res = await app.request('/api/sync/push', jsonPost(req));
    expect((await res.json()).results).toEqual([
      { seq: 1, status: 'rejected', reason: 'unknown_village' },
      { seq: 2, status: 'rejected', reason: 'wrong_commune' },
      { seq: 3, status: 'ok' },
    ]);
  });

  it('answers 400 naming the bad field of a push', async () => {
    const req = push([session({ date: '31/12/2026' })]);
    const res = await app.request('/api/sync/push', jsonPost(req));
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: 'invalid', field: 'mutations.0.args.date' });
    const notJson = await app.request('/api/sync/push', jsonPost('{"clientId":'));
    expect(notJson.status).toBe(400);
    expect(await notJson.json()).toMatchObject({ error: 'invalid_json' });
  });

  it('answers 413 to a body over 1 MB', async () => {
    const res = await app.request('/api/sync/push', jsonPost('x'.repeat(1024 * 1024 + 1)));
    expect(res.status).toBe(413);
  });

  it('answers 404 JSON to unknown API routes', async () => {
    const res = await app.request('/api/nothing-here');
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: 'not_found' });
  });
});
