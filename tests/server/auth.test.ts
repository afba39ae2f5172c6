import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { secretHash, signAccessToken } from '../../server/auth/tokens';
import { DEMO_ADMIN } from '../../server/db/seed';
import { tokensResponseSchema } from '../../src/core/auth';
import { bearer, createStaff, freshPhone, signIn, TEST_PASSWORD } from './accounts';
import { DB_KINDS } from './databases';
import { jsonPost } from './factories';
import { TEST_SECRET, useHarness } from './harness';

describe.each(DB_KINDS)('sign-in and tokens on %s', (kind) => {
  const h = useHarness(kind);
  const post = (path: string, body: unknown, init: RequestInit = {}) =>
    h.app.request(path, {
      ...jsonPost(body),
      ...init,
      headers: { ...jsonPost(body).headers, ...(init.headers as Record<string, string>) },
    });
  const me = (token: string) => h.app.request('/api/me', bearer(token));

  /** An invited volunteer of Nhan Bầu with a code valid for `days`. */
  async function invited(code: string, days = 7) {
    const { id, phone } = await createStaff(h.db, {
      commune: '10882',
      role: 'volunteer',
      villages: ['nhan-bau'],
    });
    await h.db.query("update users set status = 'invited', password_hash = '!' where id = $1", [
      id,
    ]);
    await h.db.query(
      `insert into invites (commune_code, code_hash, user_id, expires_at)
       values ('10882', $1, $2, now() + make_interval(days => $3::int))`,
      [secretHash(code), id, days],
    );
    return { id, phone };
  }

  it('signs the demo administrator in and answers who they are', async () => {
    const res = await post('/api/auth/sign-in', {
      phone: '0900 000 001',
      password: DEMO_ADMIN.password,
    });
    expect(res.status).toBe(200);
    const tokens = tokensResponseSchema.parse(await res.json());
    expect(tokens.user).toMatchObject({ role: 'admin', communeCode: '10882', phone: '0900000001' });
    expect(tokens.user.villages).toHaveLength(9);
    const who = await me(tokens.accessToken);
    expect(who.status).toBe(200);
    expect(((await who.json()) as { user: { id: string } }).user.id).toBe(tokens.user.id);
  });

  it('refuses a wrong password or unknown phone with the same answer', async () => {
    for (const body of [
      { phone: DEMO_ADMIN.phone, password: 'sai-mat-khau' },
      { phone: freshPhone(), password: DEMO_ADMIN.password },
      { phone: '0900000011', password: '!' },
    ]) {
      const res = await post('/api/auth/sign-in', body);
      expect(res.status).toBe(401);
      expect(await res.json()).toEqual({ error: 'invalid_credentials' });
    }
  });

  it('redeems an invite once: sets the password, and the code never works again', async () => {
    const v = await invited('48210937');
    const res = await post('/api/auth/redeem', {
      phone: v.phone,
      code: '4821 0937',
      password: 'mat-khau-moi-123',
    });
    expect(res.status).toBe(200);
    const tokens = tokensResponseSchema.parse(await res.json());
    expect(tokens.user).toMatchObject({ role: 'volunteer', villages: ['nhan-bau'] });
    const again = await post('/api/auth/redeem', {
      phone: v.phone,
      code: '48210937',
      password: 'mat-khau-khac-456',
    });
    expect(again.status).toBe(401);
    expect(await again.json()).toEqual({ error: 'invalid_invite' });
    await signIn(h.app, v.phone, 'mat-khau-moi-123');
    const [audit] = await h.db.query<{ action: string }>(
      "select action from audit_log where target_id = $1 and action = 'auth.redeem'",
      [v.id],
    );
    expect(audit).toBeDefined();
  });

  it('signs the old phones out when an active volunteer redeems a new code', async () => {
    const v = await invited('55556666');
    const lost = await post('/api/auth/redeem', {
      phone: v.phone,
      code: '55556666',
      password: 'mat-khau-cu-123',
    });
    const old = tokensResponseSchema.parse(await lost.json());
    await h.db.query(
      `insert into invites (commune_code, code_hash, user_id, expires_at)
       values ('10882', $1, $2, now() + interval '7 days')`,
      [secretHash('77778888'), v.id],
    );
    const fresh = await post('/api/auth/redeem', {
      phone: v.phone,
      code: '77778888',
      password: 'mat-khau-moi-456',
    });
    expect(fresh.status).toBe(200);
    expect((await me(old.accessToken)).status).toBe(403);
    expect((await post('/api/auth/refresh', { refreshToken: old.refreshToken })).status).toBe(403);
  });

  it('refuses an expired invite, another phone, and a wrong code', async () => {
    const old = await invited('11112222', -1);
    const other = await invited('33334444');
    for (const [phone, code] of [
      [old.phone, '11112222'],
      [other.phone, '11112222'],
      [other.phone, '33334445'],
    ]) {
      const res = await post('/api/auth/redeem', { phone, code, password: 'mat-khau-moi-123' });
      expect(res.status).toBe(401);
    }
  });

  it('rotates the refresh token: the new one works, the old one only for a retry', async () => {
    const { phone } = await createStaff(h.db, { commune: '10882', role: 'volunteer' });
    const first = await signIn(h.app, phone);
    const res = await post('/api/auth/refresh', { refreshToken: first.refreshToken });
    expect(res.status).toBe(200);
    const second = tokensResponseSchema.parse(await res.json());
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect((await me(second.accessToken)).status).toBe(200);
    // The answer may have been lost on 2G: a retry with the spent token works for two minutes…
    const retry = await post('/api/auth/refresh', { refreshToken: first.refreshToken });
    expect(retry.status).toBe(200);
    const third = tokensResponseSchema.parse(await retry.json());
    // …and never again after that.
    await h.db.query("update devices set rotated_at = now() - interval '3 minutes'");
    for (const spent of [first.refreshToken, second.refreshToken]) {
      expect((await post('/api/auth/refresh', { refreshToken: spent })).status).toBe(401);
    }
    expect((await post('/api/auth/refresh', { refreshToken: third.refreshToken })).status).toBe(
      200,
    );
  });

  it('refuses a revoked volunteer at once, with a clear code, on every route', async () => {
    const { id, phone } = await createStaff(h.db, { commune: '10882', role: 'volunteer' });
    const tokens = await signIn(h.app, phone);
    await h.db.query("update users set status = 'revoked' where id = $1", [id]);
    for (const res of [
      await me(tokens.accessToken),
      await h.app.request('/api/sessions', bearer(tokens.accessToken)),
      await post('/api/auth/refresh', { refreshToken: tokens.refreshToken }),
      await post('/api/auth/sign-in', { phone, password: TEST_PASSWORD }),
    ]) {
      expect(res.status).toBe(403);
      expect(await res.json()).toEqual({ error: 'revoked' });
    }
  });

  it('signs a device out: its refresh token stops working', async () => {
    const { phone } = await createStaff(h.db, { commune: '10882', role: 'volunteer' });
    const tokens = await signIn(h.app, phone);
    expect((await post('/api/auth/sign-out', { refreshToken: tokens.refreshToken })).status).toBe(
      204,
    );
    expect((await post('/api/auth/refresh', { refreshToken: tokens.refreshToken })).status).toBe(
      403,
    );
  });

  it('tells an expired access token apart, and refuses forged ones', async () => {
    const { phone } = await createStaff(h.db, { commune: '10882', role: 'volunteer' });
    const tokens = await signIn(h.app, phone);
    const [, payload] = tokens.accessToken.split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString());
    const stale = await signAccessToken(
      { kind: 'staff', commune: '10882', userId: claims.sub, deviceId: claims.dv },
      TEST_SECRET,
      new Date(Date.now() - 3600_000),
    );
    const expired = await me(stale.token);
    expect(expired.status).toBe(401);
    expect(await expired.json()).toEqual({ error: 'token_expired' });

    const otherKey = new TextEncoder().encode('another-secret-another-secret-another-secret');
    const forged = [
      await new SignJWT({ ...claims, role: 'admin' })
        .setProtectedHeader({ alg: 'HS256' })
        .sign(otherKey),
      `${Buffer.from('{"alg":"none"}').toString('base64url')}.${payload}.`,
      `${tokens.accessToken.slice(0, -2)}xx`,
      'not-a-token',
    ];
    for (const token of forged) {
      const res = await me(token);
      expect(res.status).toBe(401);
      expect(await res.json()).toEqual({ error: 'unauthenticated' });
    }
  });

  it('slows password guessing per phone with a 429 and a wait', async () => {
    const { phone } = await createStaff(h.db, { commune: '10882', role: 'volunteer' });
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      statuses.push((await post('/api/auth/sign-in', { phone, password: `doan-${i}` })).status);
    }
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.at(-1)).toBe(429);
    const locked = await post('/api/auth/sign-in', { phone, password: TEST_PASSWORD });
    expect(locked.status).toBe(429);
    expect(((await locked.json()) as { retryAfter: number }).retryAfter).toBeGreaterThan(0);
  });

  it('gives a learner device a token that reads village names only', async () => {
    const res = await post('/api/auth/learner', { communeCode: '10882' });
    expect(res.status).toBe(200);
    const { accessToken } = (await res.json()) as { accessToken: string };
    const ref = await h.app.request('/api/reference', bearer(accessToken));
    expect(ref.status).toBe(200);
    const body = (await ref.json()) as { villages: unknown[]; volunteers: unknown[] };
    expect(body.villages).toHaveLength(9);
    expect(body.volunteers).toEqual([]);
    expect((await h.app.request('/api/sessions', bearer(accessToken))).status).toBe(403);
    expect((await post('/api/auth/learner', { communeCode: '99999' })).status).toBe(404);
  });
});
