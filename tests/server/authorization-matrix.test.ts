/**
 * The authorization matrix: every API route × every kind of caller × a target in the caller's own
 * village, another village of the same commune, and another commune. Each route says what
 * "granted" looks like (a 2xx, the target in a list, a pushed record applied, the change made) and
 * who should be granted; the test asserts the granted set exactly, and that a refused change left
 * the target as it was. A route added to the app without a row here fails the first test.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { recordAudit } from '../../server/services/audit';
import { newId } from '../../src/core/ids';
import { bearer, createStaff, signIn } from './accounts';
import { DB_KINDS } from './databases';
import {
  addFeedback,
  attendance,
  feedback,
  jsonPost,
  push,
  putResident,
  putSession,
  resident,
  session,
  setAttendance,
} from './factories';
import { addCommune, useHarness } from './harness';
import { addCompletion, completion, profile, putProfile } from './learning-factories';

type Place = { commune: string; village: string };
const PLACES = {
  own: { commune: '10882', village: 'nhan-bau' },
  otherVillage: { commune: '10882', village: 'tien-kieu' },
  otherCommune: { commune: '10883', village: 'thon-thu' },
} satisfies Record<string, Place>;
type Target = keyof typeof PLACES;

type CallerName = 'anonymous' | 'learner' | 'volunteerA' | 'volunteerB' | 'adminX' | 'adminY';
const CALLERS: CallerName[] = [
  'anonymous',
  'learner',
  'volunteerA',
  'volunteerB',
  'adminX',
  'adminY',
];
/** Where each caller belongs: volunteer A serves Nhan Bầu, B Tiên Kiều, both in commune X. */
const HOME: Record<CallerName, Place | null> = {
  anonymous: null,
  learner: { commune: '10882', village: '' },
  volunteerA: PLACES.own,
  volunteerB: PLACES.otherVillage,
  adminX: { commune: '10882', village: '*' },
  adminY: { commune: '10883', village: '*' },
};

const isAdmin = (c: CallerName) => c === 'adminX' || c === 'adminY';
const isStaff = (c: CallerName) => isAdmin(c) || c.startsWith('volunteer');
const sameCommune = (c: CallerName, p: Place) => HOME[c]?.commune === p.commune;
/** Staff reaching records of a place: an admin the whole commune, a volunteer their village. */
const reaches = (c: CallerName, p: Place) =>
  isStaff(c) && sameCommune(c, p) && (isAdmin(c) || HOME[c]?.village === p.village);
const adminOf = (c: CallerName, p: Place) => isAdmin(c) && sameCommune(c, p);

interface Ctx {
  request(c: CallerName, path: string, init?: RequestInit): Promise<Response>;
  /** The administrator token of a place's commune, for making fixtures. */
  adminFor(p: Place): string;
}

interface Row {
  /** `${method} ${path}` exactly as the app registers it. */
  route: string;
  expected(c: CallerName, p: Place): boolean;
  /** Calls the route for a fresh target at `p`; answers whether the call was granted. */
  granted(ctx: Ctx, c: CallerName, p: Place): Promise<boolean>;
}

const ok = (res: Response) => res.status >= 200 && res.status < 300;
const json = async <T>(res: Response): Promise<T | undefined> =>
  ok(res) ? ((await res.json()) as T) : undefined;

function matrixRows(h: ReturnType<typeof useHarness>): Row[] {
  async function pushAs(token: string, ops: Parameters<typeof push>[0]) {
    const results = await h.send(push(ops), token);
    expect(results.every((r) => r.status === 'ok')).toBe(true);
  }
  const sessionAt = async (ctx: Ctx, p: Place) => {
    const s = session({ communeCode: p.commune, villageId: p.village });
    await pushAs(ctx.adminFor(p), [putSession(s)]);
    return s;
  };
  const residentAt = async (ctx: Ctx, p: Place) => {
    const r = resident({ communeCode: p.commune, villageId: p.village });
    await pushAs(ctx.adminFor(p), [putResident(r)]);
    return r;
  };
  const volunteerAt = (p: Place) =>
    createStaff(h.db, { commune: p.commune, role: 'volunteer', villages: [p.village] });
  const userStatus = async (p: Place, id: string) =>
    (
      await h.db.query<{ status: string }>(
        'select status from users where commune_code = $1 and id = $2',
        [p.commune, id],
      )
    )[0]?.status;
  const publicRow = (route: string, path: string, body: unknown): Row => ({
    route,
    expected: () => true,
    // A public route answers the same whoever calls: the caller's token changes nothing.
    granted: async (ctx, c) => {
      const mine = await ctx.request(c, path, jsonPost(body));
      const anon = await ctx.request('anonymous', path, jsonPost(body));
      return mine.status === anon.status && mine.status !== 403;
    },
  });

  return [
    {
      route: 'GET /api/health',
      expected: () => true,
      granted: async (ctx, c) => ok(await ctx.request(c, '/api/health')),
    },
    publicRow('POST /api/auth/sign-in', '/api/auth/sign-in', {
      phone: '0911111111',
      password: 'x',
    }),
    publicRow('POST /api/auth/redeem', '/api/auth/redeem', {
      phone: '0911111111',
      code: '12345678',
      password: 'mat-khau-123',
    }),
    publicRow('POST /api/auth/refresh', '/api/auth/refresh', { refreshToken: 'x'.repeat(43) }),
    publicRow('POST /api/auth/sign-out', '/api/auth/sign-out', { refreshToken: 'x'.repeat(43) }),
    publicRow('POST /api/auth/learner', '/api/auth/learner', { communeCode: '10882' }),
    {
      route: 'GET /api/me',
      expected: (c) => isStaff(c),
      granted: async (ctx, c) => ok(await ctx.request(c, '/api/me')),
    },
    {
      route: 'GET /api/reference',
      // Staff see the villages they work in; a learner every village name of its own commune.
      expected: (c, p) => reaches(c, p) || (c === 'learner' && sameCommune(c, p)),
      granted: async (ctx, c, p) => {
        const body = await json<{ villages: { id: string; communeCode: string }[] }>(
          await ctx.request(c, '/api/reference'),
        );
        return !!body?.villages.some((v) => v.id === p.village && v.communeCode === p.commune);
      },
    },
    {
      route: 'GET /api/sessions',
      expected: reaches,
      granted: async (ctx, c, p) => {
        const s = await sessionAt(ctx, p);
        const body = await json<{ sessions: { id: string }[] }>(
          await ctx.request(c, '/api/sessions'),
        );
        return !!body?.sessions.some((x) => x.id === s.id);
      },
    },
    {
      route: 'GET /api/attendance',
      expected: reaches,
      granted: async (ctx, c, p) => {
        const s = session({ communeCode: p.commune, villageId: p.village });
        const r = resident({ communeCode: p.commune, villageId: p.village });
        await pushAs(ctx.adminFor(p), [
          putSession(s),
          putResident(r),
          setAttendance(attendance(s, r)),
        ]);
        const body = await json<{ attendance: unknown[] }>(
          await ctx.request(c, `/api/attendance?session=${s.id}`),
        );
        return (body?.attendance.length ?? 0) > 0;
      },
    },
    {
      route: 'GET /api/feedback',
      expected: reaches,
      granted: async (ctx, c, p) => {
        const f = feedback({ communeCode: p.commune, villageId: p.village });
        await pushAs(ctx.adminFor(p), [addFeedback(f)]);
        const body = await json<{ feedback: { id: string }[] }>(
          await ctx.request(c, '/api/feedback'),
        );
        return !!body?.feedback.some((x) => x.id === f.id);
      },
    },
    {
      route: 'POST /api/sync/push',
      // Staff push field records where they work; a learner's phone its learners' progress in
      // any village of its commune (and nothing else: see learning-push.test.ts).
      expected: (c, p) => reaches(c, p) || (c === 'learner' && sameCommune(c, p)),
      granted: async (ctx, c, p) => {
        const place = { communeCode: p.commune, villageId: p.village };
        const s = session(place);
        const learner = profile(place);
        const op = c === 'learner' ? putProfile(learner) : putSession(s);
        const res = await ctx.request(c, '/api/sync/push', jsonPost(push([op])));
        const body = await json<{ results: { status: string }[] }>(res);
        const stored = await h.db.query(
          'select 1 from sessions where id = $1 union all select 1 from learner_profiles where id = $2',
          [s.id, learner.id],
        );
        expect(stored.length > 0).toBe(body?.results[0]?.status === 'ok');
        return body?.results[0]?.status === 'ok';
      },
    },
    {
      route: 'GET /api/content',
      expected: () => true,
      granted: async (ctx, c) => ok(await ctx.request(c, '/api/content')),
    },
    {
      route: 'GET /api/content/:code',
      expected: () => true,
      granted: async (ctx, c) => ok(await ctx.request(c, '/api/content/M01')),
    },
    {
      route: 'GET /api/certificates/:code',
      // Any staff member of the commune checks a certificate, whatever the learner's village.
      expected: (c, p) => isStaff(c) && sameCommune(c, p),
      granted: async (ctx, c, p) => {
        const learner = profile({ communeCode: p.commune, villageId: p.village });
        const done = completion(learner);
        await pushAs(ctx.adminFor(p), [putProfile(learner), addCompletion(done)]);
        return ok(await ctx.request(c, `/api/certificates/${done.code}`));
      },
    },
    {
      route: 'GET /api/sync/pull',
      expected: reaches,
      granted: async (ctx, c, p) => {
        const s = await sessionAt(ctx, p);
        let cursor = '';
        for (;;) {
          const body = await json<{
            cursor: string;
            more: boolean;
            sessions: { record: { id: string } }[];
          }>(await ctx.request(c, `/api/sync/pull?cursor=${encodeURIComponent(cursor)}`));
          if (!body) return false;
          if (body.sessions.some((x) => x.record.id === s.id)) return true;
          if (!body.more) return false;
          cursor = body.cursor;
        }
      },
    },
    {
      route: 'GET /api/reports/indicators',
      expected: reaches,
      granted: async (ctx, c, p) => {
        const s = await sessionAt(ctx, p);
        const body = await json<{
          indicators: { byVillage: { villageId: string; sessions: number }[] };
        }>(await ctx.request(c, `/api/reports/indicators?from=${s.date}&to=${s.date}`));
        return !!body?.indicators.byVillage.some(
          (v) => v.villageId === p.village && v.sessions > 0,
        );
      },
    },
    {
      route: 'GET /api/admin/staff',
      expected: adminOf,
      granted: async (ctx, c, p) => {
        const v = await volunteerAt(p);
        const body = await json<{ staff: { id: string }[] }>(
          await ctx.request(c, '/api/admin/staff'),
        );
        return !!body?.staff.some((x) => x.id === v.id);
      },
    },
    {
      route: 'POST /api/admin/volunteers',
      expected: adminOf,
      granted: async (ctx, c, p) => {
        const phone = `08${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
        const body = { phone, displayName: 'Lê Thị Mới', villages: [p.village] };
        const res = await ctx.request(c, '/api/admin/volunteers', jsonPost(body));
        const stored = await h.db.query('select 1 from users where phone = $1', [phone]);
        expect(stored.length > 0).toBe(ok(res));
        return res.status === 201;
      },
    },
    {
      route: 'POST /api/admin/volunteers/:id/invite',
      expected: adminOf,
      granted: async (ctx, c, p) => {
        const v = await volunteerAt(p);
        const res = await ctx.request(c, `/api/admin/volunteers/${v.id}/invite`, jsonPost({}));
        const invites = await h.db.query('select 1 from invites where user_id = $1', [v.id]);
        expect(invites.length > 0).toBe(ok(res));
        return ok(res);
      },
    },
    {
      route: 'PUT /api/admin/volunteers/:id/villages',
      expected: adminOf,
      granted: async (ctx, c, p) => {
        const v = await volunteerAt(p);
        const res = await ctx.request(c, `/api/admin/volunteers/${v.id}/villages`, {
          ...jsonPost({ villages: [p.village] }),
          method: 'PUT',
        });
        return ok(res);
      },
    },
    {
      route: 'POST /api/admin/volunteers/:id/revoke',
      expected: adminOf,
      granted: async (ctx, c, p) => {
        const v = await volunteerAt(p);
        const res = await ctx.request(c, `/api/admin/volunteers/${v.id}/revoke`, jsonPost({}));
        expect((await userStatus(p, v.id)) === 'revoked').toBe(ok(res));
        return ok(res);
      },
    },
    {
      route: 'GET /api/admin/audit',
      expected: adminOf,
      granted: async (ctx, c, p) => {
        const targetId = newId();
        await recordAudit(h.db, {
          commune: p.commune,
          actorId: null,
          action: 'test.mark',
          targetType: 'test',
          targetId,
        });
        const body = await json<{ entries: { targetId: string }[] }>(
          await ctx.request(c, '/api/admin/audit'),
        );
        return !!body?.entries.some((e) => e.targetId === targetId);
      },
    },
    {
      route: 'PUT /api/admin/villages/:id/adults',
      expected: adminOf,
      granted: async (ctx, c, p) => {
        const adults = Math.floor(Math.random() * 100_000);
        const res = await ctx.request(c, `/api/admin/villages/${p.village}/adults`, {
          ...jsonPost({ adults }),
          method: 'PUT',
        });
        const [row] = await h.db.query<{ adults: number | null }>(
          'select adults from villages where commune_code = $1 and id = $2',
          [p.commune, p.village],
        );
        expect(row?.adults === adults).toBe(ok(res));
        return ok(res);
      },
    },
    {
      route: 'GET /api/admin/residents',
      expected: adminOf,
      granted: async (ctx, c, p) => {
        const r = await residentAt(ctx, p);
        const q = encodeURIComponent(r.erased ? '' : r.fullName);
        const body = await json<{ residents: { id: string }[] }>(
          await ctx.request(c, `/api/admin/residents?q=${q}`),
        );
        return !!body?.residents.some((x) => x.id === r.id);
      },
    },
    {
      route: 'GET /api/admin/residents/:id/export',
      expected: adminOf,
      granted: async (ctx, c, p) => {
        const r = await residentAt(ctx, p);
        return ok(await ctx.request(c, `/api/admin/residents/${r.id}/export`));
      },
    },
    {
      route: 'POST /api/admin/residents/:id/erase',
      expected: adminOf,
      granted: async (ctx, c, p) => {
        const r = await residentAt(ctx, p);
        const res = await ctx.request(c, `/api/admin/residents/${r.id}/erase`, jsonPost({}));
        const [row] = await h.db.query<{ erased: boolean }>(
          'select erased from residents where id = $1',
          [r.id],
        );
        expect(row?.erased).toBe(ok(res));
        return ok(res);
      },
    },
  ];
}

describe.each(DB_KINDS)('authorization matrix on %s', (kind) => {
  const h = useHarness(kind);
  const tokens = new Map<CallerName, string>();
  const ctx: Ctx = {
    async request(c, path, init = {}) {
      const token = tokens.get(c);
      return h.app.request(path, token ? bearer(token, init) : init);
    },
    adminFor: (p) => tokens.get(p.commune === '10882' ? 'adminX' : 'adminY')!,
  };
  const rows = matrixRows(h);

  beforeAll(async () => {
    await addCommune(h.db, '10883', 'thon-thu');
    tokens.set('adminX', h.adminToken);
    const staff: [CallerName, Place, 'admin' | 'volunteer'][] = [
      ['volunteerA', PLACES.own, 'volunteer'],
      ['volunteerB', PLACES.otherVillage, 'volunteer'],
      ['adminY', PLACES.otherCommune, 'admin'],
    ];
    for (const [name, p, role] of staff) {
      const s = await createStaff(h.db, { commune: p.commune, role, villages: [p.village] });
      tokens.set(name, (await signIn(h.app, s.phone)).accessToken);
    }
    const learner = await h.app.request('/api/auth/learner', jsonPost({ communeCode: '10882' }));
    tokens.set('learner', ((await learner.json()) as { accessToken: string }).accessToken);
  });

  it('has a row for every route the app serves, and no row for a route it does not', () => {
    const served = h.app.routes
      .filter((r) => r.method !== 'ALL' && r.path.startsWith('/api/'))
      .map((r) => `${r.method} ${r.path}`);
    expect(rows.map((r) => r.route).sort()).toEqual([...new Set(served)].sort());
  });

  it.each(rows.map((r) => [r.route, r] as const))(
    '%s grants exactly the allowed set',
    async (_, row) => {
      const actual: string[] = [];
      const expected: string[] = [];
      for (const c of CALLERS) {
        for (const [target, p] of Object.entries(PLACES) as [Target, Place][]) {
          if (row.expected(c, p)) expected.push(`${c}→${target}`);
          if (await row.granted(ctx, c, p)) actual.push(`${c}→${target}`);
        }
      }
      expect(actual).toEqual(expected);
    },
  );
});
