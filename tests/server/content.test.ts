import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app';
import { BUNDLED_CONTENT_DIR, contentStore, loadCatalog } from '../../server/services/content';
import { modulePackageSchema } from '../../src/core/content';
import { MODULE_CODES } from '../../src/core/curriculum';
import { contentManifestSchema } from '../../src/core/wire';
import { bearer } from './accounts';
import { DB_KINDS } from './databases';
import { TEST_SECRET, useHarness } from './harness';

const bundledVersion = (code: string): number =>
  JSON.parse(readFileSync(join(BUNDLED_CONTENT_DIR, code, 'meta.json'), 'utf8')).version;

/** A content folder holding copies of bundled modules, each changed by `edit` (file → text). */
function contentDir(modules: Record<string, (file: string, text: string) => string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'hvs-content-'));
  for (const [code, edit] of Object.entries(modules)) {
    cpSync(join(BUNDLED_CONTENT_DIR, code), join(dir, code), { recursive: true });
    for (const file of ['meta.json', 'vi.json', 'en.json', 'cover.svg']) {
      const path = join(dir, code, file);
      writeFileSync(path, edit(file, readFileSync(path, 'utf8')));
    }
  }
  return dir;
}

/** The module's meta with its version raised by `by`. */
const newerMeta = (text: string, by = 1) => {
  const meta = JSON.parse(text);
  return JSON.stringify({ ...meta, version: meta.version + by });
};
const newer =
  (change: (file: string, text: string) => string = (_f, t) => t) =>
  (file: string, text: string) =>
    change(file, file === 'meta.json' ? newerMeta(text) : text);

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe.each(DB_KINDS)('learning content on %s', (kind) => {
  const h = useHarness(kind);
  const published = contentDir({
    // Newer, with a new title: served instead of the bundled one.
    M01: newer((file, text) =>
      file === 'vi.json' ? JSON.stringify({ ...JSON.parse(text), title: 'Bản mới' }) : text,
    ),
    // The same version as bundled: the bundled one stays.
    M02: (_file, text) => text,
    // Newer but cut short while copying: ignored, the bundled one stays.
    M03: newer((file, text) => (file === 'en.json' ? text.slice(0, 200) : text)),
    // Newer but its cover runs a script: ignored.
    M04: newer((file, text) =>
      file === 'cover.svg' ? text.replace('</svg>', '<script>alert(1)</script></svg>') : text,
    ),
    // Newer but its English quiz answers differ from the Vietnamese: ignored.
    M05: newer((file, text) =>
      file === 'en.json' ? text.replace('"answer": true', '"answer": false') : text,
    ),
  });
  dirs.push(published);
  let app: ReturnType<typeof createApp>;
  beforeAll(() => {
    app = createApp({
      db: h.db,
      version: '9.9.9',
      authSecret: TEST_SECRET,
      contentDir: published,
      log: () => {},
    });
  });

  it('lists every module and its version, to anyone, cacheable for a minute', async () => {
    const res = await h.app.request('/api/content');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=60');
    const body = contentManifestSchema.parse(await res.json());
    expect(body.modules).toEqual(
      MODULE_CODES.map((code) => ({ code, version: bundledVersion(code) })),
    );
  });

  it('serves a module as one package that passes the shared schema, with its pictures', async () => {
    const res = await h.app.request('/api/content/M01', bearer(h.adminToken));
    expect(res.status).toBe(200);
    const pkg = modulePackageSchema.parse(await res.json());
    expect(pkg.meta).toMatchObject({ code: 'M01', version: bundledVersion('M01') });
    expect(Object.keys(pkg.images)).toContain(pkg.meta.cover);
    expect(pkg.text.en.lessons.map((l) => l.id)).toEqual(pkg.text.vi.lessons.map((l) => l.id));
  });

  it('answers a repeated request with 304 by its ETag', async () => {
    const first = await h.app.request('/api/content/M02');
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^W\/"/);
    expect(first.headers.get('cache-control')).toBe('public, max-age=300');
    const again = await h.app.request('/api/content/M02', { headers: { 'if-none-match': etag! } });
    expect(again.status).toBe(304);
  });

  it('answers 404 for a module it does not publish', async () => {
    for (const code of ['M99', 'm01', 'x'])
      expect((await h.app.request(`/api/content/${code}`)).status, code).toBe(404);
  });

  it('serves the newer version from CONTENT_DIR and ignores a broken or unsafe one', async () => {
    const body = contentManifestSchema.parse(await (await app.request('/api/content')).json());
    const versions = Object.fromEntries(body.modules.map((m) => [m.code, m.version]));
    expect(versions).toMatchObject({
      M01: bundledVersion('M01') + 1,
      M02: bundledVersion('M02'),
      M03: bundledVersion('M03'),
      M04: bundledVersion('M04'),
      M05: bundledVersion('M05'),
    });
    expect(body.modules).toHaveLength(MODULE_CODES.length);
    const m01 = modulePackageSchema.parse(await (await app.request('/api/content/M01')).json());
    expect(m01.text.vi.title).toBe('Bản mới');
    const m04 = modulePackageSchema.parse(await (await app.request('/api/content/M04')).json());
    expect(Object.values(m04.images).join('')).not.toContain('<script');
  });
});

describe('the content catalog', () => {
  it('leaves out a module that fails its checks everywhere', async () => {
    const only = contentDir({
      M01: (_f, text) => text,
      M02: (file, text) => (file === 'meta.json' ? '{"code":"M02","version":0}' : text),
      M03: (file, text) => (file === 'meta.json' ? newerMeta(text).replace('M03', 'M04') : text),
    });
    dirs.push(only);
    rmSync(join(only, 'M01', 'cover.svg'));
    cpSync(join(BUNDLED_CONTENT_DIR, 'M06'), join(only, 'M06'), { recursive: true });
    const catalog = await loadCatalog([only]);
    // M01 lost its cover, M02 has no valid version, M03's meta names another module.
    expect([...catalog.keys()]).toEqual(['M06']);
  });

  it('reads the folders again once its cache is a minute old', async () => {
    const dir = contentDir({});
    dirs.push(dir);
    let now = 0;
    const store = contentStore(dir, { maxAgeMs: 60_000, now: () => now });
    expect((await store.catalog()).get('M07')?.version).toBe(bundledVersion('M07'));
    cpSync(join(BUNDLED_CONTENT_DIR, 'M07'), join(dir, 'M07'), { recursive: true });
    const meta = join(dir, 'M07', 'meta.json');
    writeFileSync(meta, newerMeta(readFileSync(meta, 'utf8'), 2));
    now = 59_000;
    expect((await store.catalog()).get('M07')?.version).toBe(bundledVersion('M07'));
    now = 60_000;
    expect((await store.catalog()).get('M07')?.version).toBe(bundledVersion('M07') + 2);
  });
});
