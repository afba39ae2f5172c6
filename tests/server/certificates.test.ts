import { beforeAll, describe, expect, it } from 'vitest';
import { certificateResponseSchema } from '../../src/core/wire';
import { bearer, createStaff, signIn } from './accounts';
import { DB_KINDS } from './databases';
import { isoAgo, push } from './factories';
import { addCommune, useHarness } from './harness';
import {
  addCompletion,
  certificateCode,
  completion,
  learnerToken,
  profile,
  putProfile,
} from './learning-factories';

describe.each(DB_KINDS)('certificate check on %s', (kind) => {
  const h = useHarness(kind);
  const p = profile({ villageId: 'tien-kieu' });
  const c = completion(p, { moduleCode: 'M04', completedAt: isoAgo(90) });
  const tokens: Record<'learner' | 'volunteer' | 'otherAdmin', string> = {
    learner: '',
    volunteer: '',
    otherAdmin: '',
  };
  beforeAll(async () => {
    tokens.learner = await learnerToken(h.app);
    const results = await h.send(push([putProfile(p), addCompletion(c)]), tokens.learner);
    expect(results.map((r) => r.status)).toEqual(['ok', 'ok']);
    // A volunteer of another village than the learner's: a learner may show it to anyone.
    const v = await createStaff(h.db, {
      commune: '10882',
      role: 'volunteer',
      villages: ['nhan-bau'],
    });
    tokens.volunteer = (await signIn(h.app, v.phone)).accessToken;
    await addCommune(h.db, '10883', 'thon-thu');
    const other = await createStaff(h.db, { commune: '10883', role: 'admin' });
    tokens.otherAdmin = (await signIn(h.app, other.phone)).accessToken;
  });
  const check = (code: string, token = h.adminToken) =>
    h.app.request(`/api/certificates/${code}`, bearer(token));

  it('says what a valid code certifies, and nothing about who holds it', async () => {
    for (const token of [h.adminToken, tokens.volunteer]) {
      const res = await check(c.code, token);
      expect(res.status).toBe(200);
      const body = certificateResponseSchema.parse(await res.json());
      const { serverTime: _, ...rest } = body;
      expect(rest).toEqual({
        valid: true,
        moduleCode: 'M04',
        completedAt: c.completedAt,
        villageId: 'tien-kieu',
      });
    }
  });

  it('accepts the code typed in lower case', async () => {
    expect((await check(c.code.toLowerCase())).status).toBe(200);
  });

  it('answers 404 for a code no completion of the commune has', async () => {
    const res = await check(certificateCode());
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: 'unknown_certificate' });
    expect((await check(c.code, tokens.otherAdmin)).status).toBe(404);
  });

  it('answers 400 for a malformed code', async () => {
    for (const code of ['ABC', `${c.code}2`, 'O0I1L0O1', '%20'])
      expect((await check(code)).status, code).toBe(400);
  });

  it('is for staff only', async () => {
    expect((await check(c.code, tokens.learner)).status).toBe(403);
    expect((await h.app.request(`/api/certificates/${c.code}`)).status).toBe(401);
  });
});
