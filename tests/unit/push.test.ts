import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { PushRequest } from '../../src/core/wire';
import { db } from '../../src/db/db';
import { pendingCount } from '../../src/db/outbox';
import { createSession } from '../../src/db/sessions';
import { SyncHttpError } from '../../src/sync/http';
import { PUSH_MAX_BYTES, pushOutbox } from '../../src/sync/push';
import { signedIn } from './account-fixtures';
import { sessionInput } from './factories';
import { resetDb } from './reset-db';

const input = sessionInput();
const serverTime = '2026-11-24T00:00:00.000Z';

beforeEach(async () => {
  await resetDb();
  vi.unstubAllGlobals();
  await signedIn();
});

function stubFetch(handler: (req: PushRequest) => Response | Promise<Response>) {
  const fetchMock = vi.fn(async (_url: string, init: RequestInit) => {
    // Bodies over 1 KB arrive gzip-compressed, as the server sees them.
    const gzipped = new Headers(init.headers).get('content-encoding') === 'gzip';
    const text = gzipped
      ? await new Response(
          new Response(init.body).body!.pipeThrough(new DecompressionStream('gzip')),
        ).text()
      : String(init.body);
    return handler(JSON.parse(text) as PushRequest);
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

describe('pushOutbox', () => {
  it('sends pending mutations with a stable client id and clears acknowledged ones', async () => {
    await createSession('10882', input);
    await createSession('10882', input);
    const seen: PushRequest[] = [];
    stubFetch((req) => {
      seen.push(req);
      return Response.json({
        serverTime,
        results: req.mutations.map((m) => ({ seq: m.seq, status: 'ok' })),
      });
    });
    expect(await pushOutbox()).toBe(2);
    expect(await pendingCount()).toBe(0);
    expect(seen).toHaveLength(1);
    // The commune comes from the access token, never from the body.
    expect(seen[0]).not.toHaveProperty('communeCode');
    await createSession('10882', input);
    await pushOutbox();
    expect(seen[1]!.clientId).toBe(seen[0]!.clientId);
  });

  it('splits a batch that would exceed 256 KB of JSON, in seq order', async () => {
    // Notes of ~2,000 characters each: 200 sessions are ~450 KB, more than one batch may carry.
    for (let i = 0; i < 200; i += 1)
      await createSession('10882', { ...input, notes: `${i} ${'ghi chú '.repeat(240)}` });
    const seen: PushRequest[] = [];
    stubFetch((req) => {
      seen.push(req);
      return Response.json({
        serverTime,
        results: req.mutations.map((m) => ({ seq: m.seq, status: 'ok' })),
      });
    });
    expect(await pushOutbox()).toBe(200);
    expect(seen.length).toBeGreaterThan(1);
    for (const req of seen)
      expect(new TextEncoder().encode(JSON.stringify(req.mutations)).length).toBeLessThanOrEqual(
        PUSH_MAX_BYTES + 2,
      );
    const seqs = seen.flatMap((r) => r.mutations.map((m) => m.seq));
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(new Set(seqs).size).toBe(200);
  });

  it('has one batch on the wire at a time; a failed batch stops the rest, which stay as they were', async () => {
    // ~2,250 B each: three batches of at most 256 KB.
    for (let i = 0; i < 240; i += 1)
      await createSession('10882', { ...input, notes: `${i} ${'ghi chú '.repeat(240)}` });
    const seen: PushRequest[] = [];
    let onWire = 0;
    let most = 0;
    stubFetch(async (req) => {
      seen.push(req);
      most = Math.max(most, ++onWire);
      await new Promise((r) => setTimeout(r, 20));
      onWire -= 1;
      if (seen.length === 2) return Response.json({ error: 'internal' }, { status: 500 });
      return Response.json({
        serverTime,
        results: req.mutations.map((m) => ({ seq: m.seq, status: 'ok' })),
      });
    });
    await expect(pushOutbox()).rejects.toMatchObject({ kind: 'server' });
    expect(most).toBe(1);
    expect(seen).toHaveLength(2);
    const [first, second] = seen.map((r) => r.mutations.map((m) => m.seq));
    expect(second![0]).toBeGreaterThan(first!.at(-1)!);
    const left = await db.outbox.orderBy('seq').toArray();
    expect(left).toHaveLength(240 - first!.length);
    expect(left.every((e) => e.status === 'pending')).toBe(true);
    // Only the batch that failed counts an attempt; the one read after it was never sent.
    const sent = new Set(second);
    for (const e of left) expect(e.attempts).toBe(sent.has(e.seq!) ? 1 : 0);
    expect(left.some((e) => !sent.has(e.seq!))).toBe(true);
  });

  it('sends in the same push what is saved while a batch is out', async () => {
    await createSession('10882', input);
    const seen: PushRequest[] = [];
    stubFetch(async (req) => {
      seen.push(req);
      if (seen.length === 1) await createSession('10882', input);
      return Response.json({
        serverTime,
        results: req.mutations.map((m) => ({ seq: m.seq, status: 'ok' })),
      });
    });
    expect(await pushOutbox()).toBe(2);
    expect(seen.map((r) => r.mutations.length)).toEqual([1, 1]);
    expect(await pendingCount()).toBe(0);
  });

  it('keeps everything and counts the attempt when the network fails', async () => {
    await createSession('10882', input);
    stubFetch(() => {
      throw new TypeError('Failed to fetch');
    });
    await expect(pushOutbox()).rejects.toMatchObject({ kind: 'offline' });
    const [entry] = await db.outbox.toArray();
    expect(entry).toMatchObject({ status: 'pending', attempts: 1 });
  });

  it('treats an error page or a malformed answer as a failure, not as acknowledgement', async () => {
    await createSession('10882', input);
    stubFetch(() => new Response('<html>captive portal</html>', { status: 200 }));
    await expect(pushOutbox()).rejects.toBeInstanceOf(SyncHttpError);
    stubFetch(() => Response.json({ error: 'internal' }, { status: 500 }));
    await expect(pushOutbox()).rejects.toMatchObject({ kind: 'server' });
    expect(await pendingCount()).toBe(1);
  });
});
