import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { adminProblem } from '../../src/features/admin/admin-error';
import {
  createVolunteer,
  eraseResident,
  listAudit,
  searchResidents,
} from '../../src/sync/admin-api';
import { SyncHttpError } from '../../src/sync/http';
import { signedInAs, staff } from './admin-fixtures';

const T = '2026-11-05T01:30:00.000Z';
const fetchMock = vi.fn<typeof fetch>();
const reply = (status: number, body: unknown) =>
  fetchMock.mockResolvedValueOnce(
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }),
  );
const call = (i = 0) => {
  const [url, init] = fetchMock.mock.calls[i]!;
  return { url: String(url), init: init!, headers: new Headers(init!.headers) };
};

beforeEach(async () => {
  await signedInAs('admin');
  vi.stubGlobal('fetch', fetchMock);
});
afterEach(() => {
  fetchMock.mockReset();
  vi.unstubAllGlobals();
});

describe('admin API client', () => {
  it('creates a volunteer with the bearer token and parses the invite', async () => {
    const volunteer = staff({ status: 'invited' });
    reply(201, { serverTime: T, volunteer, invite: { code: '48210937', expiresAt: T } });
    const input = { phone: '0912345678', displayName: 'Trần Thị Mai', villages: ['nhan-bau'] };
    const out = await createVolunteer(input);
    expect(out).toEqual({ volunteer, invite: { code: '48210937', expiresAt: T } });
    const { url, init, headers } = call();
    expect(url).toBe('/api/admin/volunteers');
    expect(init.method).toBe('POST');
    expect(headers.get('authorization')).toBe('Bearer access');
    expect(headers.get('content-type')).toBe('application/json');
    expect(JSON.parse(String(init.body))).toEqual(input);
  });

  it('turns 409 phone_taken into its own problem', async () => {
    reply(409, { error: 'phone_taken' });
    const err = await createVolunteer({
      phone: '0900000011',
      displayName: 'Lê Văn Bình',
      villages: ['nhan-bau'],
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SyncHttpError);
    expect(adminProblem(err)).toBe('phoneTaken');
  });

  it('pages the audit log with ?before=&beforeId= and encodes search text', async () => {
    reply(200, { serverTime: T, entries: [] });
    const id = '0198a3c0-0000-7000-8000-000000000001';
    await listAudit({ at: T, id });
    expect(call().url).toBe(`/api/admin/audit?before=${encodeURIComponent(T)}&beforeId=${id}`);
    reply(200, { serverTime: T, residents: [] });
    await searchResidents('Nguyễn & An');
    expect(call(1).url).toBe(`/api/admin/residents?q=${encodeURIComponent('Nguyễn & An')}`);
  });

  it('refuses a malformed answer instead of showing it', async () => {
    reply(200, { serverTime: T, resident: { id: 'x' } });
    await expect(eraseResident('x')).rejects.toMatchObject({ kind: 'server' });
  });

  it('maps no network, a refusal and a revoked admin to words', () => {
    expect(adminProblem(new SyncHttpError('offline', 'x'))).toBe('offline');
    expect(adminProblem(new SyncHttpError('timeout', 'x'))).toBe('offline');
    expect(adminProblem(new SyncHttpError('forbidden', 'x', 403, 'forbidden'))).toBe('forbidden');
    expect(adminProblem(new SyncHttpError('revoked', 'x', 403, 'revoked'))).toBe('revoked');
    expect(adminProblem(new SyncHttpError('server', 'x', 404, 'not_found'))).toBe('notFound');
    expect(adminProblem(new Error('boom'))).toBe('server');
  });
});
