/**
 * Inflates gzip-compressed request bodies (`Content-Encoding: gzip`) before a route parses them:
 * phones compress sync pushes (src/sync/gzip.ts) to save 2G bandwidth. The body limit applies to
 * the INFLATED size: the body is inflated as a stream and dropped as soon as it passes the limit,
 * so a zip bomb (a few KB that expand to gigabytes) gets 413 and never more than the limit in
 * memory. Broken gzip gets 400 `invalid_gzip`; an encoding other than gzip gets 415.
 * Mounted for /api/sync/* after the compressed-size bodyLimit in server/app.ts.
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import { createGunzip } from 'node:zlib';
import type { Context, MiddlewareHandler } from 'hono';

const DEFAULT_MAX_BYTES = 1024 * 1024;

/** The inflated body, or why there is none. */
async function inflate(
  body: ReadableStream<Uint8Array>,
  maxBytes: number,
): Promise<Uint8Array<ArrayBuffer> | 'too_large' | 'invalid'> {
  const chunks: Buffer[] = [];
  let size = 0;
  let tooLarge = false;
  try {
    await pipeline(
      Readable.fromWeb(body as unknown as NodeReadableStream<Uint8Array>),
      createGunzip(),
      async (inflated: AsyncIterable<Buffer>) => {
        for await (const chunk of inflated) {
          size += chunk.length;
          // Throwing here makes pipeline destroy the source and the inflater at once.
          if (size > maxBytes) {
            tooLarge = true;
            throw new Error('too large');
          }
          chunks.push(chunk);
        }
      },
    );
  } catch {
    // pipeline may report its own abort rather than our error, hence the flag.
    return tooLarge ? 'too_large' : 'invalid';
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
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
    const inflated = await inflate(raw.body, maxBytes);
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
