/**
 * fetch with a timeout, so a stalled 2G connection cannot hang sync, and with the response parsed by
 * a shared schema, so a broken proxy page or a half-read body is an error, never data. A refusal
 * keeps the server's status and error code (`{error, retryAfter?}`), which sign-in and sync turn
 * into messages.
 */
import type { z } from 'zod/mini';
import { authErrorSchema } from '../core/auth';

export const REQUEST_TIMEOUT_MS = 30_000;

export type SyncErrorKind =
  | 'offline'
  | 'timeout'
  | 'server'
  /** 403 `revoked`: the commune withdrew this account or device; keep local data, stop syncing. */
  | 'revoked'
  /** 401: no valid sign-in (wrong password, expired session, bad invite code). */
  | 'unauthenticated'
  /** 403 other than `revoked`: signed in, but not allowed to do this. */
  | 'forbidden';

export class SyncHttpError extends Error {
  constructor(
    readonly kind: SyncErrorKind,
    message: string,
    /** The HTTP status, when the server answered at all. */
    readonly status?: number,
    /** The server's error code (`invalid_credentials`, `token_expired`, `too_many_attempts`…). */
    readonly code?: string,
    /** Seconds to wait before trying again (429 answers). */
    readonly retryAfter?: number,
  ) {
    super(message);
  }
}

function kindOf(status: number, code: string | undefined): SyncErrorKind {
  if (status === 401) return 'unauthenticated';
  if (status === 403) return code === 'revoked' ? 'revoked' : 'forbidden';
  return 'server';
}

/** The error for a refusal, with the server's code when its body says one. */
async function refusal(res: Response): Promise<SyncHttpError> {
  const body = authErrorSchema.safeParse(await res.json().catch(() => undefined));
  const code = body.success ? body.data.error : undefined;
  const retryAfter = body.success ? body.data.retryAfter : undefined;
  return new SyncHttpError(
    kindOf(res.status, code),
    `HTTP ${res.status}${code ? ` ${code}` : ''}`,
    res.status,
    code,
    retryAfter,
  );
}

/** The answer of one request, or a SyncHttpError saying why there is none. */
export async function requestJson<S extends z.ZodMiniType>(
  url: string,
  schema: S,
  init: RequestInit = {},
): Promise<z.infer<S>> {
  let res: Response;
  try {
    res = await fetch(url, { ...init, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
  } catch (err) {
    // By name: the DOMException may come from another realm (a WebView's, a test's).
    const timedOut = (err as { name?: unknown } | null)?.name === 'TimeoutError';
    throw new SyncHttpError(timedOut ? 'timeout' : 'offline', String(err));
  }
  if (!res.ok) throw await refusal(res);
  // 204 (sign-out) has no body: the schema says whether that is acceptable.
  const body = res.status === 204 ? undefined : await res.json().catch(() => undefined);
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new SyncHttpError('server', 'malformed response', res.status);
  return parsed.data;
}
