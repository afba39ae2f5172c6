import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { loadModule, moduleMetas } from '../../src/content/load';
import type { ModulePackage } from '../../src/core/content';
import { CONTENT_CHECK_EVERY_MS, takeContentCheck } from '../../src/db/content-packages';
import { updateContent } from '../../src/sync/content-updates';
import { resetDb } from './reset-db';

const dir = join(__dirname, '../../src/content/modules/M02');
const json = (f: string) => JSON.parse(readFileSync(join(dir, f), 'utf8'));

/** M02 as the server would publish it, one version up and with a new title. */
function publishedM02(): ModulePackage {
  const vi = json('vi.json');
  const images = Object.fromEntries(
    readdirSync(dir)
      .filter((f) => f.endsWith('.svg'))
      .map((f) => [f, readFileSync(join(dir, f), 'utf8')]),
  );
  return {
    meta: { ...json('meta.json'), version: 2 },
    text: { vi: { ...vi, title: 'Tìm và kiểm chứng thông tin (bản mới)' }, en: json('en.json') },
    images,
  };
}

function serve(pkg: unknown) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) =>
      url === '/api/content'
        ? Response.json({
            serverTime: new Date().toISOString(),
            modules: [{ code: 'M02', version: 2 }],
          })
        : Response.json(pkg),
    ),
  );
}

beforeEach(async () => {
  await resetDb();
  vi.unstubAllGlobals();
});

describe('content published after the app was built', () => {
  it('uses a newer, complete module without an app update', async () => {
    serve(publishedM02());
    expect(await updateContent()).toEqual(['M02']);
    const m = await loadModule('M02', 'vi');
    expect(m.meta.version).toBe(2);
    expect(m.text.title).toBe('Tìm và kiểm chứng thông tin (bản mới)');
    expect(m.imageUrl(m.meta.cover)).toMatch(/^data:image\/svg\+xml/);
    expect((await moduleMetas()).find((x) => x.code === 'M02')?.version).toBe(2);
    // Nothing newer on the server: nothing downloaded again.
    expect(await updateContent()).toEqual([]);
  });

  it('ignores a broken or cut-off update and keeps the module it has', async () => {
    const broken = publishedM02();
    broken.text.en.lessons.pop(); // English no longer mirrors Vietnamese
    serve(broken);
    expect(await updateContent()).toEqual([]);
    const cut = publishedM02();
    delete cut.images[cut.meta.cover]; // a picture never arrived
    serve(cut);
    expect(await updateContent()).toEqual([]);
    serve('{"meta": {"code": "M02"');
    expect(await updateContent()).toEqual([]);
    const m = await loadModule('M02', 'vi');
    expect(m.meta.version).toBe(1);
    expect(m.text.title).toBe('Tìm và kiểm chứng thông tin');
  });
});

describe('how often a phone asks for new lessons', () => {
  it('at most twice a day, whatever its clock did', async () => {
    const t0 = Date.parse('2026-11-24T00:00:00.000Z');
    expect(await takeContentCheck(t0)).toBe(true);
    expect(await takeContentCheck(t0 + 3600_000)).toBe(false);
    expect(await takeContentCheck(t0 + CONTENT_CHECK_EVERY_MS)).toBe(true);
    // A clock set back (before the last check) asks again rather than waiting for ever.
    expect(await takeContentCheck(t0)).toBe(true);
  });
});
