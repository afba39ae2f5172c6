/**
 * Accounts for server tests: staff created straight in the database (fast, any commune, any
 * villages) and signed in through the real sign-in route, so every test request carries a real
 * token.
 */
import { expect } from 'vitest';
import type { createApp } from '../../server/app';
import type { Db } from '../../server/db/executor';
import { DEMO_ADMIN } from '../../server/db/seed';
import { hashPassword } from '../../server/services/passwords';
import type { Role, TokensResponse } from '../../src/core/auth';
import { newId } from '../../src/core/ids';
import { jsonPost } from './factories';

type App = ReturnType<typeof createApp>;

export const TEST_PASSWORD = 'mat-khau-thu-nghiem';
let phoneCounter = 0;

/**
 * A phone number no other test uses. It starts 08 so that it can never be a seeded demo phone
 * (all 09000000xx): with 09, a worker whose pid ended in 000 made 0900000011, Hoa's number.
 */
export const freshPhone = (): string =>
  `08${String(process.pid % 1000).padStart(3, '0')}${String(++phoneCounter).padStart(5, '0')}`;

/** Inserts an active staff member of `commune` serving `villages`; answers their phone. */
export async function createStaff(
  db: Db,
  s: { commune: string; role: Role; villages?: string[]; name?: string },
): Promise<{ id: string; phone: string }> {
  const id = newId();
  const phone = freshPhone();
  await db.query(
    `insert into users (commune_code, id, phone, display_name, role, password_hash, status)
     values ($1, $2, $3, $4, $5, $6, 'active')`,
    [
      s.commune,
      id,
      phone,
      s.name ?? `Người thử ${phoneCounter}`,
      s.role,
      await hashPassword(TEST_PASSWORD),
    ],
  );
  for (const v of s.villages ?? []) {
    await db.query(
      'insert into user_villages (commune_code, user_id, village_id) values ($1, $2, $3)',
      [s.commune, id, v],
    );
  }
  return { id, phone };
}

export async function signIn(
  app: App,
  phone: string,
  password = TEST_PASSWORD,
): Promise<TokensResponse> {
  const res = await app.request('/api/auth/sign-in', jsonPost({ phone, password }));
  expect(res.status).toBe(200);
  return (await res.json()) as TokensResponse;
}

export const signInDemoAdmin = (app: App) => signIn(app, DEMO_ADMIN.phone, DEMO_ADMIN.password);

/** Request options carrying `token`, merged into `init`. */
export function bearer(token: string, init: RequestInit = {}): RequestInit {
  return {
    ...init,
    headers: { ...(init.headers as Record<string, string>), authorization: `Bearer ${token}` },
  };
}
