/**
 * Request bodies gzip-compressed on the phone (CompressionStream), for pushes over 2G: sync JSON
 * repeats the same keys in every mutation and shrinks several times. Browsers without
 * CompressionStream, and bodies too small to gain, are sent as plain JSON; the server accepts both
 * (server/gunzip.ts). The whole body is compressed before sending — a streamed request body would
 * need HTTP/2 and `duplex: 'half'`.
 */

/** Below this, gzip's ~20-byte frame costs more than it saves. */
export const GZIP_MIN_BYTES = 1024;

export interface EncodedBody {
  body: BodyInit;
  headers: Record<string, string>;
}

async function gzipBytes(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  const stream = new Response(bytes).body!.pipeThrough(new CompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** A body written as JSON, gzip-compressed when the browser can and it is worth it. */
export async function gzipJson(json: string, minBytes = GZIP_MIN_BYTES): Promise<EncodedBody> {
  const plain: EncodedBody = { body: json, headers: { 'content-type': 'application/json' } };
  if (typeof CompressionStream === 'undefined') return plain;
  const bytes = new TextEncoder().encode(json);
  if (bytes.length < minBytes) return plain;
  try {
    return {
      body: await gzipBytes(bytes),
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
    };
  } catch {
    // A browser whose CompressionStream fails (seen on some WebViews): plain JSON still works.
    return plain;
  }
}
