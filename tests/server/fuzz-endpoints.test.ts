/**
 * Fuzzing the endpoints an attacker on the internet reaches first: sign-in, invite redemption,
 * refresh, learner tokens and sync push. Thousands of generated bodies (malformed JSON, wrong
 * shapes, near-valid records with hostile values), headers and tokens (none, garbage, forged,
 * expired, another commune's): never a 5xx, never an unhandled rejection, and a refused request
 * leaves every table exactly as it was.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signAccessToken } from '../../server/auth/tokens';
import { encodeHlc } from '../../src/core/hlc';
import { bearer, createStaff, signIn } from './accounts';
import { DB_KINDS } from './databases';
import { putSession, resident, session } from './factories';
import { addCommune, TEST_SECRET, useHarness } from './harness';
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

const TABLES = [
  'users',
  'user_villages',
  'invites',
  'devices',
  'audit_log',
  'sync_clients',
  'sessions',
  'residents',
  'attendance',
  'feedback',
  'learner_profiles',
  'learning_attempts',
  'module_completions',
];
const RUNS_PER_ENDPOINT = 1000;
const ENDPOINTS = [
  '/api/sync/push',
  '/api/auth/sign-in',
  '/api/auth/redeem',
  '/api/auth/refresh',
  '/api/auth/learner',
];

/** Strings an attacker tries in every text field. */
const hostile = fc.constantFrom(
  "' or 1=1 --",
  "'); drop table users; --",
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '../../etc/passwd',
  '\u0000',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 ☃ 🙂',
  'a'.repeat(5000),
  '{{constructor.constructor("return process")()}}',
  '__proto__',
);
const anyText = fc.oneof(hostile, fc.string(), fc.string({ unit: 'binary' }));
const anyValue = fc.oneof(anyText, fc.integer(), fc.double(), fc.boolean(), fc.constant(null));

/** A push that is almost right: one field of a valid session replaced by something hostile. */
const nearValidPush = fc
  .record({
    field: fc.constantFrom(
      'id',
      'communeCode',
      'villageId',
      'date',
      'startTime',
      'topics',
      'notes',
      'venue',
      'kind',
      'facilitators',
      'updatedAt',
    ),
    value: fc.oneof(anyValue, fc.array(anyValue, { maxLength: 3 })),
    seq: fc.oneof(fc.integer(), fc.constant(1), anyValue),
    clientId: fc.oneof(fc.uuid(), anyText),
  })
  .map(({ field, value, seq, clientId }) => ({
    clientId,
    mutations: [{ ...putSession({ ...session(), [field]: value }), seq }],
  }));

/** A learning mutation with one field replaced by something hostile. */
const nearValidLearningPush = fc
  .record({
    op: fc.constantFrom(0, 1, 2, 3),
    field: fc.constantFrom(
      'id',
      'communeCode',
      'villageId',
      'birthYear',
      'profileId',
      'moduleCode',
      'answers',
      'correct',
      'code',
      'profileCode',
      'residentId',
      'consent',
    ),
    value: fc.oneof(
      anyValue,
      fc.array(anyValue, { maxLength: 3 }),
      fc.dictionary(anyText, anyValue),
    ),
    clientId: fc.oneof(fc.uuid(), anyText),
  })
  .map(({ op, field, value, clientId }) => {
    const p = profile();
    const hlc = encodeHlc({ wall: Date.now(), counter: 0, node: 'fuzz00000000' });
    const valid = [
      putProfile(p),
      addAttempt(attempt(p)),
      addCompletion(completion(p)),
      linkProfile(link(p, resident().id)),
    ][op]!;
    return {
      clientId,
      mutations: [
        { ...putProfile(p), seq: 1, hlc },
        { ...valid, args: { ...valid.args, [field]: value }, seq: 2, hlc },
      ],
    };
  });

const bodies = fc.oneof(
  fc.json(),
  nearValidLearningPush.map((b) => JSON.stringify(b)),
  anyText,
  fc.jsonValue().map((v) => JSON.stringify(v)),
  nearValidPush.map((b) => JSON.stringify(b)),
  fc
    .record({ phone: anyValue, password: anyValue, code: anyValue, refreshToken: anyValue })
    .map((b) => JSON.stringify(b)),
  fc.record({ communeCode: anyValue }).map((b) => JSON.stringify(b)),
  fc.constant('{"__proto__": {"admin": true}}'),
);

describe.each(DB_KINDS)('fuzzing sign-in and sync on %s', (kind) => {
  const h = useHarness(kind);
  const tokens: string[] = [];
  const unhandled: unknown[] = [];
  const onUnhandled = (err: unknown) => unhandled.push(err);

  beforeAll(async () => {
    process.on('unhandledRejection', onUnhandled);
    await addCommune(h.db, '10883', 'thon-thu');
    const volunteer = await createStaff(h.db, {
      commune: '10882',
      role: 'volunteer',
      villages: ['nhan-bau'],
    });
    const other = await createStaff(h.db, { commune: '10883', role: 'admin' });
    const valid = (await signIn(h.app, volunteer.phone)).accessToken;
    const [, payload] = valid.split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString());
    const expired = await signAccessToken(
      { kind: 'staff', commune: '10882', userId: claims.sub, deviceId: claims.dv },
      TEST_SECRET,
      new Date(Date.now() - 86_400_000),
    );
    const forgedClaims = Buffer.from(JSON.stringify({ ...claims, cm: '10883' })).toString(
      'base64url',
    );
    tokens.push(
      await learnerToken(h.app),
      valid,
      (await signIn(h.app, other.phone)).accessToken,
      expired.token,
      valid.replace(payload!, forgedClaims),
      `${valid.split('.').slice(0, 2).join('.')}.`,
    );
  });
  afterAll(() => {
    process.off('unhandledRejection', onUnhandled);
  });

  const headers = fc.record({
    authorization: fc.option(
      fc.oneof(
        fc
          .constantFrom(...[0, 1, 2, 3, 4, 5].map((i) => () => `Bearer ${tokens[i]}`))
          .map((f) => f()),
        anyText.map((t) => `Bearer ${t}`),
        anyText,
        fc.constant('Basic YWRtaW46YWRtaW4='),
      ),
      { nil: undefined },
    ),
    contentType: fc.constantFrom(
      'application/json',
      'text/plain',
      '',
      'application/json; charset=latin1',
    ),
    forwardedFor: fc.option(anyText, { nil: undefined }),
  });

  async function snapshot(): Promise<string> {
    const parts: string[] = [];
    for (const table of TABLES) {
      const [row] = await h.db.query<{ n: number; digest: string | null }>(
        `select count(*)::int as n, md5(string_agg(t::text, '|' order by t::text)) as digest
         from ${table} t`,
      );
      parts.push(`${table}:${row?.n}:${row?.digest}`);
    }
    return parts.join(' ');
  }

  it.each(ENDPOINTS)(
    `answers ${RUNS_PER_ENDPOINT} generated requests to %s without a 5xx`,
    async (path) => {
      const statuses = new Map<number, number>();
      await fc.assert(
        fc.asyncProperty(bodies, headers, async (body, hd) => {
          const before = await snapshot();
          const init: Record<string, string> = {};
          if (hd.authorization !== undefined) init.authorization = hd.authorization;
          if (hd.contentType) init['content-type'] = hd.contentType;
          if (hd.forwardedFor !== undefined) init['x-forwarded-for'] = hd.forwardedFor;
          let res: Response;
          try {
            res = await h.app.request(path, { method: 'POST', headers: init, body });
          } catch {
            // A header value the Fetch API itself refuses never reaches a server.
            return true;
          }
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
          expect(res.status).toBeLessThan(500);
          const text = await res.text();
          expect(() => JSON.parse(text || '{}')).not.toThrow();
          if (res.status >= 400) expect(await snapshot()).toBe(before);
          return true;
        }),
        { numRuns: RUNS_PER_ENDPOINT },
      );
      expect(unhandled).toEqual([]);
      // The generators reach the handlers, not only the front door.
      expect([...statuses.keys()].some((s) => s === 400)).toBe(true);
    },
  );

  it('still serves a valid request after the fuzzing', async () => {
    const res = await h.app.request('/api/me', bearer(tokens[1]!));
    expect(res.status).toBe(200);
  });
});
