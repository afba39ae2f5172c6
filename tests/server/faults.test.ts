import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../server/app';
import type { Db } from '../../server/db/executor';
import { TEST_SECRET } from './harness';

const failingDb: Db = {
  kind: 'pglite',
  query: async () => {
    throw new Error('relation "secret_table" does not exist at /srv/app/server/db.ts:42');
  },
  exec: async () => {},
  transact: async () => {
    throw new Error('boom');
  },
  close: async () => {},
};

describe('faults', () => {
  it('never leaks a database error or stack trace to the client', async () => {
    const logged: unknown[] = [];
    const app = createApp({
      db: failingDb,
      version: '0',
      authSecret: TEST_SECRET,
      log: (_m, e) => logged.push(e),
    });
    const res = await app.request('/api/health');
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(JSON.parse(text)).toEqual({ error: 'internal' });
    expect(text).not.toMatch(/secret_table|\.ts:|at /);
    expect(logged).toHaveLength(1);
  });
});

describe('static app', () => {
  it('serves the built app and falls back to index.html for app routes, never for /api', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hvs-static-'));
    await writeFile(join(dir, 'index.html'), '<!doctype html><title>Học vụ số</title>');
    await writeFile(join(dir, 'sw.js'), 'self.x = 1;');
    const app = createApp({ db: failingDb, version: '0', authSecret: TEST_SECRET, staticDir: dir });
    const index = await app.request('/');
    expect(index.status).toBe(200);
    expect(await index.text()).toContain('Học vụ số');
    const sw = await app.request('/sw.js');
    expect(sw.headers.get('cache-control')).toBe('no-cache');
    const deep = await app.request('/sessions/123', { headers: { accept: 'text/html' } });
    expect(deep.status).toBe(200);
    const api = await app.request('/api/unknown', { headers: { accept: 'text/html' } });
    expect(api.status).toBe(404);
    const missingAsset = await app.request('/assets/missing.js');
    expect(missingAsset.status).toBe(404);
  });
});
