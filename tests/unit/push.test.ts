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

/** Stubs fetch; `handler` gets each push body and its number in the order the phone sent them. */
function stubFetch(handler: (req: PushRequest, n: number) => Response | Promise<Response>) {
  let calls = 0;
  const fetchMock = vi.fn(async (_url: string, init: RequestInit) => {
    const n = calls++;
    // Bodies over 1 KB arrive gzip-compressed, as the server sees them.
    const gzipped = new Headers(init.headers).get('content-encoding') === 'gzip';
    const text = gzipped
      ? await new Response(
          new Response(init.body).body!.pipeThrough(new DecompressionStream('gzip')),
        ).text()
      : String(init.body);
    return handler(JSON.parse(text) as PushRequest, n);
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

const allOk = (req: PushRequest) =>
  Response.json({ serverTime, results: req.mutations.map((m) => ({ seq: m.seq, status: 'ok' })) });

/**
 * A server as server/services/push.ts is about order: a batch naming `after` is applied only once
 * the client's last applied seq has reached it; it waits for that a while, then is refused (409
 * out_of_order).
 * `answer` may replace the answer to the nth request (then nothing of it is applied).
 */
function orderedServer(answer: (n: number) => Response | undefined = () => undefined) {
  const sent: PushRequest[] = [];
  let lastApplied = 0;
  let onWire = 0;
  const server = { sent, most: 0, applied: [] as number[] };
  stubFetch(async (req, n) => {
    sent[n] = req;
    server.most = Math.max(server.most, ++onWire);
    // The first request is slow: the second is on the wire meanwhile.
    await new Promise((r) => setTimeout(r, n === 0 ? 30 : 5));
    onWire -= 1;
    const replaced = answer(n);
    if (replaced) return replaced;
    // It waits a while for the batch it names, as the server does.
    for (let waited = 0; req.after !== undefined && lastApplied < req.after; waited += 5) {
      if (waited >= 200) return Response.json({ error: 'out_of_order' }, { status: 409 });
      await new Promise((r) => setTimeout(r, 5));
    }
    for (const m of req.mutations) if (m.seq > lastApplied) server.applied.push(m.seq);
    lastApplied = Math.max(lastApplied, ...req.mutations.map((m) => m.seq));
    return allOk(req);
  });
  return server;
}

/** 240 sessions of ~2,250 B each: three batches of at most 256 KB. */
async function threeBatches() {
  for (let i = 0; i < 240; i += 1)
    await createSession('10882', { ...input, notes: `${i} ${'ghi chú '.repeat(240)}` });
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
    stubFetch((req, n) => {
      seen[n] = req;
      return allOk(req);
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

  it('keeps two batches on the wire, the second naming the last seq of the one before', async () => {
    await threeBatches();
    const server = orderedServer();
    expect(await pushOutbox()).toBe(240);
    expect(server.most).toBe(2);
    expect(server.sent).toHaveLength(3);
    expect(server.sent[0]).not.toHaveProperty('after');
    for (let i = 1; i < server.sent.length; i += 1)
      expect(server.sent[i]!.after).toBe(server.sent[i - 1]!.mutations.at(-1)!.seq);
    expect(server.applied).toEqual([...server.applied].sort((a, b) => a - b));
    expect(server.applied).toHaveLength(240);
    expect(await pendingCount()).toBe(0);
  });

  it('stops at a failed batch; the one sent after it is refused unapplied; both stay as they were', async () => {
    await threeBatches();
    const server = orderedServer((n) =>
      n === 1 ? Response.json({ error: 'internal' }, { status: 500 }) : undefined,
    );
    await expect(pushOutbox()).rejects.toMatchObject({ kind: 'server', status: 500 });
    expect(server.sent).toHaveLength(3);
    const [first, failed, refused] = server.sent.map((r) => r.mutations.map((m) => m.seq));
    const left = await db.outbox.orderBy('seq').toArray();
    expect(left.map((e) => e.seq)).toEqual([...failed!, ...refused!]);
    expect(server.applied).toEqual(first);
    expect(left.every((e) => e.status === 'pending')).toBe(true);
    // Only the batch that failed counts an attempt: the refused one was never applied.
    for (const e of left) expect(e.attempts).toBe(failed!.includes(e.seq!) ? 1 : 0);
  });

  it('sends again, from what is pending, a batch refused for overtaking the one before', async () => {
    await threeBatches();
    const server = orderedServer((n) =>
      // As if the second had reached the server too long before the first.
      n === 1 ? Response.json({ error: 'out_of_order' }, { status: 409 }) : undefined,
    );
    expect(await pushOutbox()).toBe(240);
    expect(server.applied).toEqual([...server.applied].sort((a, b) => a - b));
    expect(new Set(server.applied).size).toBe(240);
    expect(await pendingCount()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
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
