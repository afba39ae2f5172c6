/**
 * fetch with a timeout, so a stalled 2G connection cannot hang sync, and with the response parsed by
 * a shared schema, so a broken proxy page or a half-read body is an error, never data.
 */
import type { z } from 'zod/mini';

export const REQUEST_TIMEOUT_MS = 30_000;

export class SyncHttpError extends Error {
  constructor(
    readonly kind: 'offline' | 'timeout' | 'server',
    message: string,
  ) {
    super(message);
  }
}

export async function requestJson<S extends z.ZodMiniType>(
  url: string,
  schema: S,
  init: RequestInit = {},
): Promise<z.infer<S>> {
  let res: Response;
  try {
    res = await fetch(url, { ...init, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
  } catch (err) {
    const timedOut = err instanceof DOMException && err.name === 'TimeoutError';
    throw new SyncHttpError(timedOut ? 'timeout' : 'offline', String(err));
  }
  if (!res.ok) throw new SyncHttpError('server', `HTTP ${res.status}`);
  const parsed = schema.safeParse(await res.json().catch(() => undefined));
  if (!parsed.success) throw new SyncHttpError('server', 'malformed response');
  return parsed.data;
}
