import { describe, expect, it } from 'vitest';
import {
  INVITE_DAYS,
  inviteSchema,
  staffMemberSchema,
  tokensResponseSchema,
} from '../../src/core/auth';
import { bearer, createStaff, freshPhone, signIn } from './accounts';
import { DB_KINDS } from './databases';
import { jsonPost } from './factories';
import { addCommune, useHarness } from './harness';

describe.each(DB_KINDS)('admin: volunteers on %s', (kind) => {
  const h = useHarness(kind);

  /** A request to /api/admin as the demo administrator (or `token`). */
  const admin = (method: string, path: string, body?: unknown, token = h.adminToken) =>
    h.app.request(
      `/api/admin${path}`,
      bearer(token, body === undefined ? { method } : { ...jsonPost(body), method }),
    );

  const create = (over: Record<string, unknown> = {}) =>
    admin('POST', '/volunteers', {
      phone: freshPhone(),
      displayName: 'Lê Thị Mai',
      villages: ['nhan-bau', 'tien-kieu'],
      ...over,
    });

  async function created(over: Record<string, unknown> = {}) {
    const res = await create(over);
    expect(res.status).toBe(201);
    const body = (await res.json()) as {
      volunteer: ReturnType<typeof staffMemberSchema.parse>;
      invite: { code: string; expiresAt: string };
    };
    staffMemberSchema.parse(body.volunteer);
    inviteSchema.parse(body.invite);
    return body;
  }

  const redeem = (phone: string, code: string, password = 'mat-khau-moi-123') =>
    h.app.request('/api/auth/redeem', jsonPost({ phone, code, password }));

  const auditOf = (targetId: string) =>
    h.db.query<{ action: string; actor_id: string | null; detail: Record<string, unknown> }>(
      'select action, actor_id::text, detail from audit_log where target_id = $1 order by at, id',
      [targetId],
    );

  it('lists the staff: the administrator first, with every village, then the volunteers', async () => {
    const res = await admin('GET', '/staff');
    expect(res.status).toBe(200);
    const { staff } = (await res.json()) as { staff: unknown[] };
    const members = staff.map((m) => staffMemberSchema.parse(m));
    expect(members[0]).toMatchObject({ role: 'admin', phone: '0900000001', status: 'active' });
    expect(members[0]?.villages).toHaveLength(9);
    const hoa = members.find((m) => m.phone === '0900000011');
    expect(hoa).toMatchObject({
      role: 'volunteer',
      status: 'invited',
      displayName: 'Nguyễn Thị Hoa',
    });
  });

  it('creates a volunteer with an invite code that signs them in once', async () => {
    const phone = freshPhone();
    const { volunteer, invite } = await created({
      phone: `${phone.slice(0, 4)} ${phone.slice(4)}`,
    });
    expect(volunteer).toMatchObject({
      phone,
      role: 'volunteer',
      status: 'invited',
      villages: ['nhan-bau', 'tien-kieu'],
    });
    const days = (Date.parse(invite.expiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(INVITE_DAYS - 0.01);
    expect(days).toBeLessThanOrEqual(INVITE_DAYS);
    const [row] = await h.db.query<{ code_hash: string }>(
      'select code_hash from invites where user_id = $1',
      [volunteer.id],
    );
    expect(row?.code_hash).not.toContain(invite.code);
    const res = await redeem(phone, invite.code);
    expect(res.status).toBe(200);
    expect(tokensResponseSchema.parse(await res.json()).user.villages).toEqual([
      'nhan-bau',
      'tien-kieu',
    ]);
    const audit = await auditOf(volunteer.id);
    expect(audit[0]).toMatchObject({ action: 'volunteer.create' });
    expect(JSON.stringify(audit)).not.toContain(invite.code);
  });

  it('refuses a phone already used, villages outside the commune, and bad input', async () => {
    const taken = await create({ phone: '0900000011' });
    expect(taken.status).toBe(409);
    expect(await taken.json()).toEqual({ error: 'phone_taken' });
    await addCommune(h.db, '10883', 'thon-khac');
    for (const villages of [['thon-khac'], ['nhan-bau', 'khong-co']]) {
      const res = await create({ villages });
      expect(res.status).toBe(400);
      expect(await res.json()).toEqual({ error: 'invalid', field: 'villages' });
    }
    for (const body of [{ phone: '12345' }, { displayName: '  ' }, { villages: [] }]) {
      const res = await create(body);
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ error: 'invalid' });
    }
  });

  it('issues a new code: the earlier one stops working; an active volunteer resets their password', async () => {
    const { volunteer, invite: first } = await created();
    const res = await admin('POST', `/volunteers/${volunteer.id}/invite`);
    expect(res.status).toBe(200);
    const { invite: second } = (await res.json()) as { invite: { code: string } };
    expect((await redeem(volunteer.phone, first.code)).status).toBe(401);
    expect((await redeem(volunteer.phone, second.code)).status).toBe(200);
    // Now active, the volunteer forgets the password: a third code sets a new one.
    const again = await admin('POST', `/volunteers/${volunteer.id}/invite`);
    const { invite: third } = (await again.json()) as { invite: { code: string } };
    expect((await redeem(volunteer.phone, third.code, 'mat-khau-thu-ba')).status).toBe(200);
    await signIn(h.app, volunteer.phone, 'mat-khau-thu-ba');
    const actions = (await auditOf(volunteer.id)).map((a) => a.action);
    expect(actions.filter((a) => a === 'volunteer.invite')).toHaveLength(2);
  });

  it('changes a volunteer’s villages, which their next request sees', async () => {
    const { volunteer, invite } = await created();
    const tokens = tokensResponseSchema.parse(
      await (await redeem(volunteer.phone, invite.code)).json(),
    );
    const res = await admin('PUT', `/volunteers/${volunteer.id}/villages`, {
      villages: ['vinh-binh', 'vinh-binh'],
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { volunteer: { villages: string[] } };
    expect(body.volunteer.villages).toEqual(['vinh-binh']);
    const me = await h.app.request('/api/me', bearer(tokens.accessToken));
    expect(((await me.json()) as { user: { villages: string[] } }).user.villages).toEqual([
      'vinh-binh',
    ]);
    const bad = await admin('PUT', `/volunteers/${volunteer.id}/villages`, { villages: ['x'] });
    expect(bad.status).toBe(400);
    const audit = await auditOf(volunteer.id);
    expect(audit.at(-1)).toMatchObject({
      action: 'volunteer.villages',
      detail: { from: ['nhan-bau', 'tien-kieu'], to: ['vinh-binh'] },
    });
  });

  it('revokes a volunteer: every device is refused at once, and no new code is issued', async () => {
    const { volunteer, invite } = await created();
    const tokens = tokensResponseSchema.parse(
      await (await redeem(volunteer.phone, invite.code)).json(),
    );
    const res = await admin('POST', `/volunteers/${volunteer.id}/revoke`);
    expect(res.status).toBe(200);
    expect(((await res.json()) as { volunteer: { status: string } }).volunteer.status).toBe(
      'revoked',
    );
    const refused = await h.app.request('/api/me', bearer(tokens.accessToken));
    expect(refused.status).toBe(403);
    expect(await refused.json()).toEqual({ error: 'revoked' });
    const [device] = await h.db.query<{ revoked: boolean }>(
      'select revoked_at is not null as revoked from devices where user_id = $1',
      [volunteer.id],
    );
    expect(device?.revoked).toBe(true);
    const reinvite = await admin('POST', `/volunteers/${volunteer.id}/invite`);
    expect(reinvite.status).toBe(409);
    expect(await reinvite.json()).toEqual({ error: 'volunteer_revoked' });
    const villages = await admin('PUT', `/volunteers/${volunteer.id}/villages`, {
      villages: ['nhan-bau'],
    });
    expect(villages.status).toBe(409);
    expect((await admin('POST', `/volunteers/${volunteer.id}/revoke`)).status).toBe(200);
    const revokes = (await auditOf(volunteer.id)).filter((a) => a.action === 'volunteer.revoke');
    expect(revokes).toHaveLength(1);
  });

  it('revokes a pending invite with the account', async () => {
    const { volunteer, invite } = await created();
    expect((await admin('POST', `/volunteers/${volunteer.id}/revoke`)).status).toBe(200);
    expect((await redeem(volunteer.phone, invite.code)).status).not.toBe(200);
  });

  it('never manages an administrator, oneself included', async () => {
    const other = await createStaff(h.db, { commune: '10882', role: 'admin' });
    const [me] = await h.db.query<{ id: string }>(
      "select id::text from users where phone = '0900000001'",
    );
    for (const id of [other.id, me?.id]) {
      for (const [method, path, body] of [
        ['POST', `/volunteers/${id}/revoke`],
        ['POST', `/volunteers/${id}/invite`],
        ['PUT', `/volunteers/${id}/villages`, { villages: ['nhan-bau'] }],
      ] as const) {
        const res = await admin(method, path, body);
        expect(res.status).toBe(403);
      }
    }
    const [row] = await h.db.query<{ status: string }>('select status from users where id = $1', [
      other.id,
    ]);
    expect(row?.status).toBe('active');
  });

  it('answers 400 for a malformed id and 404 for an unknown one or another commune’s', async () => {
    await addCommune(h.db, '10883', 'thon-khac');
    const stranger = await createStaff(h.db, {
      commune: '10883',
      role: 'volunteer',
      villages: ['thon-khac'],
    });
    for (const [method, suffix, body] of [
      ['POST', 'revoke'],
      ['POST', 'invite'],
      ['PUT', 'villages', { villages: ['nhan-bau'] }],
    ] as const) {
      const bad = await admin(method, `/volunteers/42/${suffix}`, body);
      expect(bad.status).toBe(400);
      expect(await bad.json()).toEqual({ error: 'invalid', field: 'id' });
      for (const id of ['0198a3c0-0000-7000-8000-000000000000', stranger.id]) {
        const res = await admin(method, `/volunteers/${id}/${suffix}`, body);
        expect(res.status).toBe(404);
        expect(await res.json()).toEqual({ error: 'not_found' });
      }
    }
    const rows = await h.db.query(
      `select 1 from users where id = $1 and status = 'active'
       and not exists (select 1 from invites where user_id = $1)`,
      [stranger.id],
    );
    expect(rows).toHaveLength(1);
  });

  it('lets only administrators in: anonymous 401, a volunteer 403', async () => {
    const v = await createStaff(h.db, {
      commune: '10882',
      role: 'volunteer',
      villages: ['lap-le'],
    });
    const volunteer = (await signIn(h.app, v.phone)).accessToken;
    for (const [method, path] of [
      ['GET', '/staff'],
      ['POST', '/volunteers'],
      ['GET', '/audit'],
      ['GET', '/residents'],
    ] as const) {
      expect((await h.app.request(`/api/admin${path}`, { method })).status).toBe(401);
      expect(
        (await admin(method, path, method === 'POST' ? {} : undefined, volunteer)).status,
      ).toBe(403);
    }
  });
});
