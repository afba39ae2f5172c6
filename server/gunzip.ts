/**
 * Inflates gzip-compressed request bodies (`Content-Encoding: gzip`) before a route parses them:
 * phones compress sync pushes (src/sync/gzip.ts) to save 2G bandwidth. The body limit applies to
 * the INFLATED size: inflating stops as soon as the output passes the limit, so a zip bomb (a few
 * KB that expand to gigabytes) gets 413 and never more than the limit in memory. Broken gzip gets
 * 400 `invalid_gzip`; an encoding other than gzip gets 415.
 * Mounted for /api/sync/* after the compressed-size bodyLimit in server/app.ts.
 */
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import type { Context, MiddlewareHandler } from 'hono';

const DEFAULT_MAX_BYTES = 1024 * 1024;
const gunzipAsync = promisify(gunzip);

/** The inflated body, or why there is none (inflated off the main thread, in libuv's pool). */
async function inflate(
  body: ArrayBuffer,
  maxBytes: number,
): Promise<Uint8Array<ArrayBuffer> | 'too_large' | 'invalid'> {
  try {
    // maxOutputLength stops the inflater as soon as its output passes the limit.
    const out = await gunzipAsync(body, { maxOutputLength: maxBytes });
    return new Uint8Array(out.buffer as ArrayBuffer, out.byteOffset, out.length);
  } catch (err) {
    return (err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' ? 'too_large' : 'invalid';
  }
}

const refuse = (c: Context, status: 400 | 413 | 415, error: string) =>
  c.json({ error, field: '' }, status);

export function gunzipRequests(maxBytes = DEFAULT_MAX_BYTES): MiddlewareHandler {
  return async (c, next) => {
    const encoding = c.req.header('content-encoding')?.trim().toLowerCase();
    if (!encoding || encoding === 'identity') return next();
    if (encoding !== 'gzip' && encoding !== 'x-gzip') {
      return refuse(c, 415, 'unsupported_encoding');
    }
    const raw = c.req.raw;
    if (!raw.body) return refuse(c, 400, 'invalid_gzip');
    const inflated = await inflate(await raw.arrayBuffer(), maxBytes);
    if (inflated === 'too_large') return refuse(c, 413, 'too_large');
    if (inflated === 'invalid') return refuse(c, 400, 'invalid_gzip');
    const headers = new Headers(raw.headers);
    headers.delete('content-encoding');
    headers.set('content-length', String(inflated.length));
    c.req.raw = new Request(raw.url, {
      method: raw.method,
      headers,
      body: inflated,
      signal: raw.signal,
    });
    await next();
  };
}
