/**
 * Requests on behalf of a learner device: a family phone with learner profiles and no volunteer
 * signed in. Its token (a year long, no account, no password) is asked for on the first sync and
 * kept in the meta table; it may send learning progress and read village names, nothing else.
 */
import type { z } from 'zod/mini';
import { learnerTokenResponseSchema } from '../core/auth';
import { db } from '../db/db';
import { learnerCommune } from '../db/learner-commune';
import { requestJson, SyncHttpError } from './http';

const KEY = 'learnerToken';

interface StoredLearnerToken {
  communeCode: string;
  accessToken: string;
  /** By this phone's clock (the server's lifetime counted from when it arrived). */
  expiresAt: string;
}

async function learnerToken(): Promise<StoredLearnerToken> {
  const communeCode = await learnerCommune();
  const stored = (await db.meta.get(KEY))?.value as StoredLearnerToken | undefined;
  const day = 24 * 3600_000;
  if (stored?.communeCode === communeCode && Date.parse(stored.expiresAt) - day > Date.now())
    return stored;
  const res = await requestJson('/api/auth/learner', learnerTokenResponseSchema, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ communeCode }),
  });
  const lifetime = Date.parse(res.accessExpiresAt) - Date.parse(res.serverTime);
  const token = {
    communeCode,
    accessToken: res.accessToken,
    expiresAt: new Date(Date.now() + lifetime).toISOString(),
  };
  await db.meta.put({ key: KEY, value: token });
  return token;
}

/** `requestJson` as this phone's learner device; a rejected token is replaced once. */
export async function learnerJson<S extends z.ZodMiniType>(
  path: string,
  schema: S,
  init: RequestInit = {},
): Promise<z.infer<S>> {
  const send = async (token: StoredLearnerToken) => {
    const headers = new Headers(init.headers);
    headers.set('authorization', `Bearer ${token.accessToken}`);
    return requestJson(path, schema, { ...init, headers });
  };
  try {
    return await send(await learnerToken());
  } catch (err) {
    if (!(err instanceof SyncHttpError) || err.status !== 401) throw err;
    await db.meta.delete(KEY);
    return send(await learnerToken());
  }
}
