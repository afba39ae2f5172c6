import { beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod/mini';
import { getAccount } from '../../src/db/account';
import { pendingCount } from '../../src/db/outbox';
import { createSession } from '../../src/db/sessions';
import { authorizedJson } from '../../src/sync/auth-fetch';
import { syncNow } from '../../src/sync/sync-now';
import { signedIn, tokens } from './account-fixtures';
import { sessionInput } from './factories';
import { resetDb } from './reset-db';

const okSchema = z.object({ ok: z.boolean() });

interface Call {
  url: string;
  auth: string | null;
  body: unknown;
}

/** A fake server: `refresh` answers POST /api/auth/refresh, `api` everything else. */
function stubServer(handlers: {
  refresh?: (body: { refreshToken: string }) => Response | Promise<Response>;
  api: (call: Call) => Response | Promise<Response>;
}) {
  const calls: Call[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit = {}) => {
      const call: Call = {
        url,
        auth: new Headers(init.headers).get('authorization'),
        body: init.body ? JSON.parse(String(init.body)) : undefined,
      };
      calls.push(call);
      if (url === '/api/auth/refresh') {
        if (!handlers.refresh) throw new Error('unexpected refresh');
        return handlers.refresh(call.body as { refreshToken: string });
      }
      return handlers.api(call);
    }),
  );
  return {
    calls,
    refreshes: () => calls.filter((c) => c.url === '/api/auth/refresh'),
    apiCalls: () => calls.filter((c) => c.url !== '/api/auth/refresh'),
  };
}

const expired = () => Response.json({ error: 'token_expired' }, { status: 401 });

beforeEach(async () => {
  await resetDb();
  vi.unstubAllGlobals();
});

describe('authorizedJson', () => {
  it('sends the access token and parses the answer', async () => {
    const t = await signedIn();
    const server = stubServer({ api: () => Response.json({ ok: true }) });
    expect(await authorizedJson('/api/me', okSchema)).toEqual({ ok: true });
    expect(server.calls).toEqual([
      { url: '/api/me', auth: `Bearer ${t.accessToken}`, body: undefined },
    ]);
  });

  it('refreshes a stale token first, storing the rotated refresh token before using it', async () => {
    const old = await signedIn(0.4); // expires in 24 s: inside the 30 s margin
    const next = tokens();
    const server = stubServer({
      refresh: (body) => {
        expect(body.refreshToken).toBe(old.refreshToken);
        return Response.json(next);
      },
      api: async () => {
        // By the time the new access token is used, the new refresh token is on the device.
        expect((await getAccount())?.refreshToken).toBe(next.refreshToken);
        return Response.json({ ok: true });
      },
    });
    await authorizedJson('/api/me', okSchema);
    expect(server.refreshes()).toHaveLength(1);
    expect(server.apiCalls()[0]!.auth).toBe(`Bearer ${next.accessToken}`);
  });

  it('on 401 token_expired refreshes once and retries once', async () => {
    await signedIn();
    const next = tokens();
    const server = stubServer({
      refresh: () => Response.json(next),
      api: (call) =>
        call.auth === `Bearer ${next.accessToken}` ? Response.json({ ok: true }) : expired(),
    });
    expect(await authorizedJson('/api/me', okSchema)).toEqual({ ok: true });
    expect(server.refreshes()).toHaveLength(1);
    expect(server.apiCalls()).toHaveLength(2);
  });

  it('does not loop when the server keeps refusing the fresh token', async () => {
    await signedIn();
    const server = stubServer({ refresh: () => Response.json(tokens()), api: expired });
    await expect(authorizedJson('/api/me', okSchema)).rejects.toMatchObject({
      kind: 'unauthenticated',
      status: 401,
      code: 'token_expired',
    });
    expect(server.refreshes()).toHaveLength(1);
    expect(server.apiCalls()).toHaveLength(2);
  });

  it('runs one refresh for many concurrent callers', async () => {
    await signedIn(0);
    let release!: () => void;
    const gate = new Promise<void>((r) => {
      release = r;
    });
    const next = tokens();
    const server = stubServer({
      refresh: async () => {
        await gate;
        return Response.json(next);
      },
      api: () => Response.json({ ok: true }),
    });
    const all = Promise.all([1, 2, 3].map(() => authorizedJson('/api/me', okSchema)));
    await new Promise((r) => setTimeout(r, 20));
    release();
    await all;
    expect(server.refreshes()).toHaveLength(1);
    expect(server.apiCalls().map((c) => c.auth)).toEqual(
      Array(3).fill(`Bearer ${next.accessToken}`),
    );
  });

  it('uses a token another tab already refreshed instead of spending the new one', async () => {
    await signedIn();
    const byOtherTab = tokens();
    const server = stubServer({
      api: async (call) => {
        if (call.auth === `Bearer ${byOtherTab.accessToken}`) return Response.json({ ok: true });
        // Meanwhile another tab refreshed and stored its tokens.
        const { storeSignIn } = await import('../../src/db/account');
        await storeSignIn(byOtherTab);
        return expired();
      },
    });
    await authorizedJson('/api/me', okSchema);
    expect(server.refreshes()).toHaveLength(0);
  });

  it('a refresh answered 401 signs the phone out but keeps every record', async () => {
    await signedIn(0);
    await createSession('10882', sessionInput());
    stubServer({
      refresh: () => Response.json({ error: 'unauthenticated' }, { status: 401 }),
      api: () => Response.json({ ok: true }),
    });
    await expect(authorizedJson('/api/me', okSchema)).rejects.toMatchObject({
      kind: 'unauthenticated',
    });
    expect(await getAccount()).toBeNull();
    expect(await pendingCount()).toBe(1);
  });

  it('403 revoked marks the account revoked, keeps the outbox and stops syncing', async () => {
    await signedIn();
    await createSession('10882', sessionInput());
    const server = stubServer({
      api: () => Response.json({ error: 'revoked' }, { status: 403 }),
    });
    await expect(authorizedJson('/api/sync/push', okSchema)).rejects.toMatchObject({
      kind: 'revoked',
      status: 403,
      code: 'revoked',
    });
    expect(await getAccount()).toMatchObject({ revoked: true });
    expect(await pendingCount()).toBe(1);
    await syncNow();
    expect(server.calls).toHaveLength(1); // sync sends nothing for a revoked account
  });

  it('a refresh answered 403 revoked marks the account revoked too', async () => {
    await signedIn(0);
    stubServer({
      refresh: () => Response.json({ error: 'revoked' }, { status: 403 }),
      api: () => Response.json({ ok: true }),
    });
    await expect(authorizedJson('/api/me', okSchema)).rejects.toMatchObject({ kind: 'revoked' });
    expect(await getAccount()).toMatchObject({ revoked: true });
  });

  it('offline during a refresh keeps the sign-in', async () => {
    const t = await signedIn(0);
    stubServer({
      refresh: () => {
        throw new TypeError('Failed to fetch');
      },
      api: () => Response.json({ ok: true }),
    });
    await expect(authorizedJson('/api/me', okSchema)).rejects.toMatchObject({ kind: 'offline' });
    expect((await getAccount())?.refreshToken).toBe(t.refreshToken);
  });

  it('a 403 that is not revoked is "forbidden" and changes nothing', async () => {
    await signedIn();
    stubServer({ api: () => Response.json({ error: 'forbidden' }, { status: 403 }) });
    await expect(authorizedJson('/api/admin/staff', okSchema)).rejects.toMatchObject({
      kind: 'forbidden',
    });
    expect(await getAccount()).toMatchObject({ revoked: false });
  });

  it('refuses without a request when nobody is signed in', async () => {
    const server = stubServer({ api: () => Response.json({ ok: true }) });
    await expect(authorizedJson('/api/me', okSchema)).rejects.toMatchObject({
      kind: 'unauthenticated',
    });
    await syncNow();
    expect(server.calls).toHaveLength(0);
  });

  it('keeps expiry on the phone clock when the phone clock is wrong', async () => {
    // Server says 15 minutes from its time, which is a day behind the phone's clock.
    const dayAgo = Date.now() - 86_400_000;
    const { storeSignIn } = await import('../../src/db/account');
    await storeSignIn(
      tokens(0, {
        serverTime: new Date(dayAgo).toISOString(),
        accessExpiresAt: new Date(dayAgo + 15 * 60_000).toISOString(),
      }),
    );
    const server = stubServer({ api: () => Response.json({ ok: true }) });
    await authorizedJson('/api/me', okSchema);
    expect(server.refreshes()).toHaveLength(0);
  });
});
