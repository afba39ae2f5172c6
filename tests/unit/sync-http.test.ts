import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod/mini';
import { REQUEST_TIMEOUT_MS, requestJson } from '../../src/sync/http';

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('requestJson', () => {
  it('gives up on a stalled connection after the request timeout, as "timeout"', async () => {
    const realTimeout = AbortSignal.timeout.bind(AbortSignal);
    // The same signal, over in 20 ms instead of 30 s.
    const timeout = vi.spyOn(AbortSignal, 'timeout').mockImplementation(() => realTimeout(20));
    // A connection that never answers: only the signal ends it, as in a browser.
    vi.stubGlobal(
      'fetch',
      (_url: string, init: RequestInit) =>
        new Promise((_resolve, reject) =>
          init.signal?.addEventListener('abort', () => reject(init.signal?.reason)),
        ),
    );
    await expect(requestJson('/api/sync/pull', z.object({}))).rejects.toMatchObject({
      kind: 'timeout',
    });
    expect(timeout).toHaveBeenCalledWith(REQUEST_TIMEOUT_MS);
  });
});
