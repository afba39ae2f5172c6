import { gzipSync } from 'node:zlib';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { describe, expect, it } from 'vitest';
import { gunzipRequests } from '../../server/gunzip';

const MB = 1024 * 1024;

/** The wiring server/app.ts uses: compressed size capped first, then inflated for /sync/*. */
function app() {
  const api = new Hono()
    .use(bodyLimit({ maxSize: MB, onError: (c) => c.json({ error: 'too_large' }, 413) }))
    .use('/sync/*', gunzipRequests())
    .post('/sync/push', async (c) =>
      c.json({ got: await c.req.json(), encoding: c.req.header('content-encoding') ?? null }),
    );
  return new Hono().route('/api', api);
}

const post = (body: Uint8Array | string, headers: Record<string, string> = {}) =>
  app().request('/api/sync/push', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : new Uint8Array(body),
  });

const batch = {
  clientId: '0190a0c4-0000-7000-8000-000000000001',
  mutations: Array.from({ length: 500 }, (_, i) => ({
    seq: i + 1,
    name: 'attendance.set',
    args: { sessionId: 's-1', residentId: `r-${i}`, present: true, note: 'Tiên Kiều' },
  })),
};

describe('gunzip middleware', () => {
  it('inflates a gzip body before the route parses it', async () => {
    const res = await post(gzipSync(JSON.stringify(batch)), { 'content-encoding': 'gzip' });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ got: batch, encoding: null });
  });

  it('accepts the encoding in any case, and x-gzip', async () => {
    for (const enc of ['GZIP', 'x-gzip', ' gzip ']) {
      const res = await post(gzipSync('{"a":1}'), { 'content-encoding': enc });
      expect(res.status, enc).toBe(200);
    }
  });

  it('leaves plain JSON alone', async () => {
    const res = await post(JSON.stringify(batch));
    expect(res.status).toBe(200);
    expect((await res.json()).got).toEqual(batch);
  });

  it('accepts exactly the limit once inflated, and refuses one byte more with 413', async () => {
    const json = (n: number) => `"${'x'.repeat(n - 2)}"`;
    const ok = await post(gzipSync(json(MB)), { 'content-encoding': 'gzip' });
    expect(ok.status).toBe(200);
    const over = await post(gzipSync(json(MB + 1)), { 'content-encoding': 'gzip' });
    expect(over.status).toBe(413);
    expect(await over.json()).toEqual({ error: 'too_large', field: '' });
  });

  it('refuses a zip bomb with 413 without inflating it', async () => {
    // 1 GB of zeros in about 1 MB: 64 gzip members of 16 MB each (a valid gzip stream).
    const member = gzipSync(Buffer.alloc(16 * MB), { level: 9 });
    const bomb = Buffer.concat(Array.from({ length: 64 }, () => member));
    expect(bomb.length).toBeLessThan(MB);
    const heapBefore = process.memoryUsage().arrayBuffers;
    const res = await post(bomb, { 'content-encoding': 'gzip' });
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({ error: 'too_large', field: '' });
    // Stopped near the limit: nowhere near a gigabyte of buffers.
    expect(process.memoryUsage().arrayBuffers - heapBefore).toBeLessThan(64 * MB);
  });

  it('refuses garbage, truncated gzip and an empty body with 400 invalid_gzip', async () => {
    const whole = gzipSync(JSON.stringify(batch));
    for (const body of [
      new TextEncoder().encode('{"not":"gzip"}'),
      whole.subarray(0, whole.length / 2),
      new Uint8Array(0),
    ]) {
      const res = await post(body, { 'content-encoding': 'gzip' });
      expect(res.status).toBe(400);
      expect(await res.json()).toEqual({ error: 'invalid_gzip', field: '' });
    }
  });

  it('refuses other encodings with 415', async () => {
    const res = await post('{}', { 'content-encoding': 'br' });
    expect(res.status).toBe(415);
    expect(await res.json()).toEqual({ error: 'unsupported_encoding', field: '' });
  });

  it('does not touch routes outside /sync', async () => {
    const api = new Hono()
      .use('/sync/*', gunzipRequests())
      .post('/auth/sign-in', async (c) => c.json({ len: (await c.req.arrayBuffer()).byteLength }));
    const body = new Uint8Array(gzipSync('{}'));
    const res = await new Hono().route('/api', api).request('/api/auth/sign-in', {
      method: 'POST',
      headers: { 'content-encoding': 'gzip' },
      body,
    });
    expect(await res.json()).toEqual({ len: body.length });
  });
});
