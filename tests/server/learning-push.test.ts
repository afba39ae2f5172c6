import { beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../src/core/ids';
import type { LearnerProfile } from '../../src/core/learning';
import { bearer, createStaff, signIn } from './accounts';
import { DB_KINDS } from './databases';
import {
  erased,
  isoAgo,
  jsonPost,
  push,
  putResident,
  putSession,
  resident,
  session,
} from './factories';
import { useHarness } from './harness';
import {
  addAttempt,
  addCompletion,
  attempt,
  completion,
  learnerToken,
  link,
  linkProfile,
  profile,
  putProfile,
} from './learning-factories';

describe.each(DB_KINDS)('learning mutations on %s', (kind) => {
  const h = useHarness(kind);
  let learner: string;
  let volunteer: string;
  beforeAll(async () => {
    learner = await learnerToken(h.app);
    const v = await createStaff(h.db, {
      commune: '10882',
      role: 'volunteer',
      villages: ['nhan-bau'],
    });
    volunteer = (await signIn(h.app, v.phone)).accessToken;
  });

  /** Pushes `ops` from a new device with `token` and answers each outcome. */
  const outcomesAs = async (token: string, ops: Parameters<typeof push>[0]) =>
    (await h.send(push(ops), token)).map((r) => (r.status === 'ok' ? 'ok' : r.reason));
  const storedProfile = async (id: string) =>
    (
      await h.db.query<{
        village_id: string | null;
        birth_year: number | null;
        resident_id: string | null;
        consent: unknown;
        linked: boolean;
        created: string;
      }>(
        `select village_id, birth_year, resident_id::text, consent, linked_at is not null as linked,
           to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as created
         from learner_profiles where commune_code = '10882' and id = $1`,
        [id],
      )
    )[0];
  const attempts = (profileId: string) =>
    h.db.query<{ id: string; correct: number }>(
      `select id::text, correct from learning_attempts
       where commune_code = '10882' and profile_id = $1 order by attempted_at`,
      [profileId],
    );
  const completions = (profileId: string) =>
    h.db.query<{ module_code: string; code: string; module_version: number }>(
      `select module_code, code, module_version from module_completions
       where commune_code = '10882' and profile_id = $1 order by module_code`,
      [profileId],
    );

  describe('profile.put', () => {
    it('stores a profile without a name, from a learner device', async () => {
      const p = profile({ villageId: null, birthYear: null });
      expect(await outcomesAs(learner, [putProfile(p)])).toEqual(['ok']);
      expect(await storedProfile(p.id)).toMatchObject({
        village_id: null,
        birth_year: null,
        resident_id: null,
        linked: false,
      });
    });

    it('keeps the put with the later clock, whole, and the first createdAt', async () => {
      const p = profile({ updatedAt: isoAgo(30) });
      const later = { ...p, villageId: 'tien-kieu', birthYear: null, updatedAt: isoAgo(10) };
      const older = { ...p, villageId: 'nhan-bau', birthYear: 1950, updatedAt: isoAgo(20) };
      const renewed = { ...p, createdAt: isoAgo(5), updatedAt: isoAgo(5), birthYear: 1970 };
      expect(await outcomesAs(learner, [putProfile(p), putProfile(later)])).toEqual(['ok', 'ok']);
      // An older put reaching the server late (another phone, a slow queue) changes nothing.
      expect(await outcomesAs(learner, [putProfile(older)])).toEqual(['ok']);
      expect(await storedProfile(p.id)).toMatchObject({
        village_id: 'tien-kieu',
        birth_year: null,
      });
      expect(await outcomesAs(learner, [putProfile(renewed)])).toEqual(['ok']);
      expect(await storedProfile(p.id)).toMatchObject({
        village_id: 'nhan-bau',
        birth_year: 1970,
        created: p.createdAt,
      });
    });

    it('rejects a village the commune does not have, or another commune', async () => {
      const outcomes = await outcomesAs(learner, [
        putProfile(profile({ villageId: 'khong-co' })),
        putProfile(profile({ communeCode: '10883' })),
      ]);
      expect(outcomes).toEqual(['unknown_village', 'wrong_commune']);
    });
  });

  describe('attempt.add and completion.add', () => {
    it('apply a replayed push once', async () => {
      const p = profile();
      const req = push([putProfile(p), addAttempt(attempt(p)), addCompletion(completion(p))]);
      for (let i = 0; i < 3; i++)
        expect((await h.send(req, learner)).every((r) => r.status === 'ok')).toBe(true);
      expect(await attempts(p.id)).toHaveLength(1);
      expect(await completions(p.id)).toHaveLength(1);
    });

    it('keep attempts append-only: every attempt stays, a repeated id changes nothing', async () => {
      const p = profile();
      const first = attempt(p, { correct: 1, passed: false, at: isoAgo(10) });
      const retry = attempt(p, { correct: 3, passed: true, at: isoAgo(5) });
      const ops = [putProfile(p), addAttempt(first), addAttempt(retry)];
      expect(await outcomesAs(learner, ops)).toEqual(['ok', 'ok', 'ok']);
      expect(await outcomesAs(learner, [addAttempt({ ...first, correct: 3 })])).toEqual(['ok']);
      expect(await attempts(p.id)).toEqual([
        { id: first.id, correct: 1 },
        { id: retry.id, correct: 3 },
      ]);
    });

    it('keep the first completion of a module forever', async () => {
      const p = profile();
      const first = completion(p, { completedAt: isoAgo(60) });
      const again = completion(p, { completedAt: isoAgo(1), moduleVersion: 2 });
      const other = completion(p, { moduleCode: 'M02' });
      const ops = [putProfile(p), addCompletion(first), addCompletion(again)];
      expect(await outcomesAs(learner, ops)).toEqual(['ok', 'ok', 'ok']);
      expect(await outcomesAs(learner, [addCompletion(again), addCompletion(other)])).toEqual([
        'ok',
        'ok',
      ]);
      expect(await completions(p.id)).toEqual([
        { module_code: 'M01', code: first.code, module_version: 1 },
        { module_code: 'M02', code: other.code, module_version: 1 },
      ]);
    });

    it('reject a certificate code another completion has', async () => {
      const a = profile();
      const b = profile();
      const taken = completion(a);
      const ops = [putProfile(a), putProfile(b), addCompletion(taken)];
      expect(await outcomesAs(learner, ops)).toEqual(['ok', 'ok', 'ok']);
      const clash = completion(b, { code: taken.code });
      expect(await outcomesAs(learner, [addCompletion(clash)])).toEqual(['duplicate_code']);
      expect(await completions(b.id)).toEqual([]);
    });

    it('need the profile on the server or earlier in the batch', async () => {
      const p = profile();
      const ops = [addAttempt(attempt(p)), addCompletion(completion(p)), putProfile(p)];
      expect(await outcomesAs(learner, ops)).toEqual(['unknown_profile', 'unknown_profile', 'ok']);
      const other = profile({ communeCode: '10883' });
      expect(await outcomesAs(learner, [addAttempt(attempt(other))])).toEqual(['wrong_commune']);
    });
  });

  describe('a learner device', () => {
    it('may push only its learners’ progress: anything else is forbidden, the rest applies', async () => {
      const p = profile();
      const s = session();
      const r = resident();
      const ops = [
        putProfile(p),
        putSession(s),
        putResident(r),
        linkProfile(link(p, r.id)),
        addAttempt(attempt(p)),
      ];
      expect(await outcomesAs(learner, ops)).toEqual([
        'ok',
        'forbidden',
        'forbidden',
        'forbidden',
        'ok',
      ]);
      expect(await h.db.query('select 1 from sessions where id = $1', [s.id])).toEqual([]);
      expect(await h.db.query('select 1 from residents where id = $1', [r.id])).toEqual([]);
      expect(await attempts(p.id)).toHaveLength(1);
    });

    it('pulls nothing', async () => {
      const res = await h.app.request('/api/sync/pull', bearer(learner));
      expect(res.status).toBe(403);
    });
  });

  describe('profile.link', () => {
    const r = resident({ villageId: 'nhan-bau' });
    const elsewhere = resident({ villageId: 'tien-kieu' });
    beforeAll(async () => {
      expect(await h.outcomes([putResident(r), putResident(elsewhere)])).toEqual(['ok', 'ok']);
    });
    const linkOutcome = async (token: string, p: LearnerProfile, residentId: string) =>
      (await outcomesAs(token, [linkProfile(link(p, residentId))]))[0];

    it('links a profile named by its code to a resident, with consent', async () => {
      const p = profile();
      expect(await outcomesAs(learner, [putProfile(p)])).toEqual(['ok']);
      expect(await linkOutcome(volunteer, p, r.id)).toBe('ok');
      const stored = await storedProfile(p.id);
      expect(stored).toMatchObject({ resident_id: r.id, linked: true });
      expect(stored?.consent).toMatchObject({ version: 'v1', givenBy: 'self' });
      // The learner's own later edit never touches the link.
      const edited = { ...p, birthYear: 1961, updatedAt: isoAgo() };
      expect(await outcomesAs(learner, [putProfile(edited)])).toEqual(['ok']);
      expect(await storedProfile(p.id)).toMatchObject({ birth_year: 1961, resident_id: r.id });
    });

    it('lets a volunteer link only residents of their villages; an admin any', async () => {
      const p = profile();
      expect(await outcomesAs(learner, [putProfile(p)])).toEqual(['ok']);
      expect(await linkOutcome(volunteer, p, elsewhere.id)).toBe('forbidden_village');
      expect((await storedProfile(p.id))?.resident_id).toBeNull();
      expect(await linkOutcome(h.adminToken, p, elsewhere.id)).toBe('ok');
      expect((await storedProfile(p.id))?.resident_id).toBe(elsewhere.id);
    });

    it('links a profile put earlier in the same batch', async () => {
      const p = profile();
      expect(await h.outcomes([putProfile(p), linkProfile(link(p, r.id))])).toEqual(['ok', 'ok']);
      expect((await storedProfile(p.id))?.resident_id).toBe(r.id);
    });

    it('rejects an unknown code, a code two profiles share, an unknown or erased resident', async () => {
      const p = profile();
      const twin = profile({ id: `${newId().slice(0, -8)}${p.id.slice(-8)}` });
      const alone = profile();
      const gone = resident();
      const ops = [putProfile(p), putProfile(twin), putProfile(alone), putResident(gone)];
      expect(await h.outcomes(ops)).toEqual(['ok', 'ok', 'ok', 'ok']);
      expect(await h.outcomes([putResident(erased(gone))])).toEqual(['ok']);
      expect(await linkOutcome(h.adminToken, profile(), r.id)).toBe('unknown_profile');
      expect(await linkOutcome(h.adminToken, p, r.id)).toBe('ambiguous_profile');
      expect(await linkOutcome(h.adminToken, alone, resident().id)).toBe('unknown_resident');
      expect(await linkOutcome(h.adminToken, alone, gone.id)).toBe('unknown_resident');
      for (const x of [p, twin, alone]) expect((await storedProfile(x.id))?.resident_id).toBeNull();
    });
  });

  describe('an erasure', () => {
    const linkedTo = async (person: ReturnType<typeof resident>) => {
      const p = profile();
      const ops = [putProfile(p), addCompletion(completion(p)), linkProfile(link(p, person.id))];
      expect(await h.outcomes(ops)).toEqual(['ok', 'ok', 'ok']);
      return p;
    };

    it('pushed by a device unlinks the person’s profiles; their completions stay', async () => {
      const person = resident();
      expect(await h.outcomes([putResident(person)])).toEqual(['ok']);
      const p = await linkedTo(person);
      expect(await h.outcomes([putResident(erased(person))])).toEqual(['ok']);
      expect(await storedProfile(p.id)).toMatchObject({
        resident_id: null,
        consent: null,
        linked: false,
      });
      expect(await completions(p.id)).toHaveLength(1);
    });

    it('in the same batch as the link unlinks it too', async () => {
      const person = resident();
      const p = profile();
      const ops = [
        putResident(person),
        putProfile(p),
        linkProfile(link(p, person.id)),
        putResident(erased(person)),
        linkProfile(link(p, person.id)),
      ];
      expect(await h.outcomes(ops)).toEqual(['ok', 'ok', 'ok', 'ok', 'unknown_resident']);
      expect(await storedProfile(p.id)).toMatchObject({ resident_id: null, linked: false });
    });

    it('by the administrator unlinks the person’s profiles', async () => {
      const person = resident();
      expect(await h.outcomes([putResident(person)])).toEqual(['ok']);
      const p = await linkedTo(person);
      const res = await h.app.request(
        `/api/admin/residents/${person.id}/erase`,
        bearer(h.adminToken, jsonPost({})),
      );
      expect(res.status).toBe(200);
      expect(await storedProfile(p.id)).toMatchObject({ resident_id: null, consent: null });
      expect(await completions(p.id)).toHaveLength(1);
    });
  });
});
