import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GZIP_MIN_BYTES, gzipJson } from '../../src/sync/gzip';

const batch = {
  clientId: '0190a0c4-0000-7000-8000-000000000001',
  mutations: Array.from({ length: 200 }, (_, i) => ({
    seq: i + 1,
    name: 'attendance.set',
    args: { sessionId: 's-1', residentId: `r-${i}`, present: true },
  })),
};

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('gzipJson', () => {
  it('compresses a push body with gzip and says so in the headers', async () => {
    const { body, headers } = await gzipJson(JSON.stringify(batch));
    expect(headers).toEqual({ 'content-type': 'application/json', 'content-encoding': 'gzip' });
    const bytes = Buffer.from(body as Uint8Array);
    expect(bytes.length).toBeLessThan(JSON.stringify(batch).length / 5);
    expect(JSON.parse(gunzipSync(bytes).toString('utf8'))).toEqual(batch);
  });

  it('keeps Vietnamese text intact', async () => {
    const text = { note: 'Nhà văn hoá thôn Tiên Kiều — '.repeat(100) };
    const { body } = await gzipJson(JSON.stringify(text));
    expect(JSON.parse(gunzipSync(Buffer.from(body as Uint8Array)).toString('utf8'))).toEqual(text);
  });

  it('sends small bodies as plain JSON', async () => {
    const small = { clientId: 'x', mutations: [] };
    expect(JSON.stringify(small).length).toBeLessThan(GZIP_MIN_BYTES);
    expect(await gzipJson(JSON.stringify(small))).toEqual({
      body: JSON.stringify(small),
      headers: { 'content-type': 'application/json' },
    });
  });

  it('sends plain JSON where the browser has no CompressionStream', async () => {
    vi.stubGlobal('CompressionStream', undefined);
    const { body, headers } = await gzipJson(JSON.stringify(batch));
    expect(headers).toEqual({ 'content-type': 'application/json' });
    expect(JSON.parse(body as string)).toEqual(batch);
  });

  it('falls back to plain JSON when compression fails', async () => {
    vi.stubGlobal(
      'CompressionStream',
      class {
        constructor() {
          throw new TypeError('unsupported');
        }
      },
    );
    const { headers } = await gzipJson(JSON.stringify(batch));
    expect(headers['content-encoding']).toBeUndefined();
  });
});
