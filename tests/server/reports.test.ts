/**
 * The server's indicators (SQL, server/services/reports.ts) against the hand-counted fixture pushed
 * through the real push path, and against computeIndicators on the same records; volunteer scope,
 * empty periods, the period's validation, and the administrator's entry of adult populations.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { auditEntrySchema } from '../../src/core/auth';
import { computeIndicators, type IndicatorInput } from '../../src/core/indicator-compute';
import type { Indicators, Period } from '../../src/core/indicators';
import { indicatorsResponseSchema } from '../../src/core/indicators-wire';
import type { Village } from '../../src/core/village';
import {
  ATTENDANCE,
  COMPLETIONS,
  ERASED_R6,
  FEEDBACK,
  fixtureInput,
  HAND,
  LINKS,
  PERIOD,
  PROFILES,
  RESIDENTS,
  SESSIONS,
} from '../unit/indicator-fixture';
import { bearer, createStaff, signIn } from './accounts';
import { DB_KINDS } from './databases';
import { addFeedback, type Op, putResident, putSession, setAttendance } from './factories';
import { useHarness } from './harness';
import { addCompletion, linkProfile, putProfile } from './learning-factories';

const query = ({ from, to }: Period) => `/api/reports/indicators?from=${from}&to=${to}`;

describe.each(DB_KINDS)('reports: indicators on %s', (kind) => {
  const h = useHarness(kind);
  /** The commune's villages as the server lists them (sort order), with adults entered. */
  let villages: { id: string; adults: number | null }[] = [];
  let volunteerToken = '';

  const putAdults = (id: string, adults: unknown, token = h.adminToken) =>
    h.app.request(
      `/api/admin/villages/${id}/adults`,
      bearer(token, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ adults }),
      }),
    );

  const indicatorsAs = async (token: string, period: Period): Promise<Indicators> => {
    const res = await h.app.request(query(period), bearer(token));
    expect(res.status).toBe(200);
    const body = indicatorsResponseSchema.safeParse(await res.json());
    expect(body.error?.issues).toBeUndefined();
    return body.data!.indicators;
  };

  /** The fixture as the server holds it, for the oracle: every village of the commune. */
  const serverInput = (): IndicatorInput => ({ ...fixtureInput(), villages });

  beforeAll(async () => {
    const ops: Op[] = [
      ...Object.values(SESSIONS).map(putSession),
      ...Object.values(RESIDENTS).map(putResident),
      ...ATTENDANCE.map(setAttendance),
      putResident(ERASED_R6),
      ...FEEDBACK.map(addFeedback),
      ...Object.values(PROFILES).map(putProfile),
      ...COMPLETIONS.map(addCompletion),
      ...LINKS.map(linkProfile),
    ];
    expect(await h.outcomes(ops)).toEqual(ops.map(() => 'ok'));
    expect((await putAdults('nhan-bau', 40)).status).toBe(200);
    expect((await putAdults('tien-kieu', 2)).status).toBe(200);
    const ref = await h.app.request('/api/reference', bearer(h.adminToken));
    villages = ((await ref.json()) as { villages: Village[] }).villages.map((v) => ({
      id: v.id,
      adults: v.adults,
    }));
    const v = await createStaff(h.db, {
      commune: '10882',
      role: 'volunteer',
      villages: ['nhan-bau'],
    });
    volunteerToken = (await signIn(h.app, v.phone)).accessToken;
  });

  it('answers the hand count for the commune, equal to computeIndicators on the same records', async () => {
    const got = await indicatorsAs(h.adminToken, PERIOD);
    expect(got).toEqual(computeIndicators(serverInput(), PERIOD));
    const { byVillage, ...rest } = got;
    const { byVillage: handVillages, ...handRest } = HAND;
    expect(rest).toEqual(handRest);
    expect(byVillage.slice(0, 3)).toEqual(handVillages);
    // The demo commune's six other villages: listed, with nothing in them.
    expect(byVillage.slice(3).map((v) => v.sessions + v.uniqueResidents + v.completions)).toEqual([
      0, 0, 0, 0, 0, 0,
    ]);
  });

  it('counts an erased resident by what the erasure kept', async () => {
    const [row] = await h.db.query<{ erased: boolean; birth_year: number | null }>(
      'select erased, birth_year from residents where id = $1',
      [ERASED_R6.id],
    );
    expect(row).toEqual({ erased: true, birth_year: null });
    const got = await indicatorsAs(h.adminToken, PERIOD);
    // r6 (male, 60+, Tiên Kiều) is among the 3 men, the 2 aged 60+ and Tiên Kiều's 3.
    expect(got.bySex.male).toBe(3);
    expect(got.byAgeGroup['60_plus']).toBe(2);
    expect(got.byVillage[1]).toMatchObject({ villageId: 'tien-kieu', uniqueResidents: 3 });
  });

  it('gives a volunteer their villages only', async () => {
    const got = await indicatorsAs(volunteerToken, PERIOD);
    const input = fixtureInput();
    const mine: IndicatorInput = {
      ...input,
      sessions: input.sessions.filter((s) => s.villageId === 'nhan-bau'),
      feedback: input.feedback.filter((f) => f.villageId === 'nhan-bau'),
      completions: input.completions.filter((c) => c.villageId === 'nhan-bau'),
      villages: [{ id: 'nhan-bau', adults: 40 }],
    };
    expect(got).toEqual(computeIndicators(mine, PERIOD));
    // By hand: s1 and s2 only; V2 facilitated s2 there.
    expect(got).toMatchObject({ sessions: 2, attendances: 7, uniqueResidents: 5 });
    expect(got.byVillage.map((v) => v.villageId)).toEqual(['nhan-bau']);
    expect(got.byVolunteer.map((v) => [v.sessions, v.attendances, v.uniqueResidents])).toEqual([
      [2, 7, 5],
      [1, 4, 4],
    ]);
    expect(got.completions.total).toBe(2);
    expect(got.feedback).toMatchObject({ count: 3, averageRating: 4 });
    expect(got.feedback.recent.map((f) => f.villageId)).toEqual(['nhan-bau', 'nhan-bau']);
  });

  it('gives a volunteer without villages nothing', async () => {
    const v = await createStaff(h.db, { commune: '10882', role: 'volunteer', villages: [] });
    const got = await indicatorsAs((await signIn(h.app, v.phone)).accessToken, PERIOD);
    expect(got).toMatchObject({ sessions: 0, uniqueResidents: 0, byVillage: [], byVolunteer: [] });
    expect(got.feedback.count + got.completions.total).toBe(0);
  });

  it('answers zeros for a period without records', async () => {
    const empty = { from: '2020-01-01', to: '2020-12-31' };
    const got = await indicatorsAs(h.adminToken, empty);
    expect(got).toEqual(computeIndicators(serverInput(), empty));
    expect(got).toMatchObject({ sessions: 0, attendances: 0, uniqueResidents: 0 });
    expect(got.byMonth).toHaveLength(12);
    expect(got.feedback).toMatchObject({ count: 0, averageRating: null, recent: [] });
  });

  it('agrees with computeIndicators over other periods too', async () => {
    for (const period of [
      { from: '2026-01-25', to: '2026-01-25' },
      { from: '2025-12-31', to: '2026-04-01' },
      { from: '2021-01-01', to: '2030-12-31' },
    ]) {
      expect(await indicatorsAs(h.adminToken, period)).toEqual(
        computeIndicators(serverInput(), period),
      );
    }
  });

  it('refuses a wrong period with 400, and callers other than staff', async () => {
    for (const q of [
      '',
      '?from=2026-01-01',
      '?from=2026-02-01&to=2026-01-31',
      '?from=2026-01-01&to=2036-01-01',
      '?from=01/01/2026&to=2026-03-31',
      '?from=2026-02-30&to=2026-03-31',
    ]) {
      const res = await h.app.request(`/api/reports/indicators${q}`, bearer(h.adminToken));
      expect(res.status, q).toBe(400);
    }
    expect((await h.app.request(query(PERIOD))).status).toBe(401);
  });

  it('lets an administrator enter, change and clear a village’s adults, audited', async () => {
    const res = await putAdults('lap-le', 120);
    expect(res.status).toBe(200);
    expect(((await res.json()) as { village: Village }).village).toMatchObject({
      id: 'lap-le',
      adults: 120,
    });
    expect((await putAdults('lap-le', null)).status).toBe(200);
    const audit = await h.app.request('/api/admin/audit', bearer(h.adminToken));
    const entries = ((await audit.json()) as { entries: unknown[] }).entries.map((e) =>
      auditEntrySchema.parse(e),
    );
    expect(
      entries
        .filter((e) => e.action === 'village.adults' && e.targetId === 'lap-le')
        .map((e) => e.detail),
    ).toEqual([
      { from: 120, to: null },
      { from: null, to: 120 },
    ]);
  });

  it('refuses bad adult figures, unknown villages and volunteers', async () => {
    for (const bad of [-1, 1.5, '40', 2_000_000]) {
      expect((await putAdults('lap-le', bad)).status, String(bad)).toBe(400);
    }
    expect((await putAdults('khong-co', 10)).status).toBe(404);
    expect((await putAdults('x'.repeat(65), 10)).status).toBe(400);
    expect((await putAdults('nhan-bau', 1, volunteerToken)).status).toBe(403);
    const [row] = await h.db.query<{ adults: number }>(
      "select adults from villages where commune_code = '10882' and id = 'nhan-bau'",
    );
    expect(row?.adults).toBe(40);
  });
});
