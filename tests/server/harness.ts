/**
 * One app on a fresh, seeded test database per describe block, with helpers to push mutations and
 * read the API, so each test says only what it checks.
 */
import { afterAll, beforeAll, expect } from 'vitest';
import type { z } from 'zod/mini';
import { createApp } from '../../server/app';
import type { Db } from '../../server/db/executor';
import {
  attendanceResponseSchema,
  feedbackResponseSchema,
  type MutationResult,
  type PushRequest,
} from '../../src/core/wire';
import { bearer, signInDemoAdmin } from './accounts';
import { type DbKind, openTestDb, type TestDb } from './databases';
import { jsonPost, type Op, push } from './factories';

export const attendanceResponse = attendanceResponseSchema;
export const feedbackResponse = feedbackResponseSchema;

export interface Harness {
  readonly db: Db;
  readonly app: ReturnType<typeof createApp>;
  /** An access token of the demo commune's administrator (the whole commune in scope). */
  readonly adminToken: string;
  /** Posts a push (as the demo admin unless a token is given), expects 200, answers its results. */
  send(req: PushRequest, token?: string): Promise<MutationResult[]>;
  /** Pushes `ops` from a new device and answers the results' statuses or rejection reasons. */
  outcomes(ops: Op[]): Promise<string[]>;
  /** GETs an API path, expects 200 and a body the schema accepts, and answers the body as sent. */
  getJson<S extends z.ZodMiniType>(path: string, schema: S): Promise<z.infer<S>>;
}

/** The token-signing key of test apps. */
export const TEST_SECRET = new TextEncoder().encode('test-secret-test-secret-test-secret-0123');

export function useHarness(kind: DbKind): Harness {
  let t: TestDb | undefined;
  let app: ReturnType<typeof createApp> | undefined;
  let adminToken: string | undefined;
  beforeAll(async () => {
    t = await openTestDb(kind);
    app = createApp({ db: t.db, version: '9.9.9', authSecret: TEST_SECRET, log: () => {} });
    adminToken = (await signInDemoAdmin(app)).accessToken;
  });
  afterAll(() => t?.drop());

  const harness: Harness = {
    get db() {
      if (!t) throw new Error('test database not open yet');
      return t.db;
    },
    get app() {
      if (!app) throw new Error('test app not created yet');
      return app;
    },
    get adminToken() {
      if (!adminToken) throw new Error('not signed in yet');
      return adminToken;
    },
    async send(req, token = harness.adminToken) {
      const res = await harness.app.request('/api/sync/push', bearer(token, jsonPost(req)));
      expect(res.status).toBe(200);
      return ((await res.json()) as { results: MutationResult[] }).results;
    },
    async outcomes(ops) {
      const results = await harness.send(push(ops));
      return results.map((r) => (r.status === 'ok' ? 'ok' : r.reason));
    },
    async getJson<S extends z.ZodMiniType>(path: string, schema: S) {
      const res = await harness.app.request(path, bearer(harness.adminToken));
      expect(res.status).toBe(200);
      const body: unknown = await res.json();
      const parsed = schema.safeParse(body);
      expect(parsed.error?.issues).toBeUndefined();
      return body as z.infer<S>;
    },
  };
  return harness;
}

/** A second commune with one village, to check that no record crosses communes. */
export async function addCommune(db: Db, code: string, villageId: string): Promise<void> {
  await db.query(
    `insert into communes (code, name, province, units_version)
     values ($1, 'Xã Thử Nghiệm', 'Thành phố Hải Phòng', 'test') on conflict do nothing`,
    [code],
  );
  await db.query(
    `insert into villages (commune_code, id, name, sort_order) values ($1, $2, 'Thôn Thử', 1)
     on conflict do nothing`,
    [code, villageId],
  );
}
