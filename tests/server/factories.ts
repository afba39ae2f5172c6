import { newId } from '../../src/core/ids';
import type { Session } from '../../src/core/schemas';
import type { PushRequest } from '../../src/core/wire';

export function session(over: Partial<Session> = {}): Session {
  const now = new Date().toISOString();
  return {
    id: newId(),
    communeCode: '10882',
    villageId: 'nhan-bau',
    date: '2026-11-05',
    topics: ['M04'],
    createdAt: now,
    updatedAt: now,
    ...over,
  };
}

export function push(sessions: Session[], clientId = newId(), firstSeq = 1): PushRequest {
  return {
    clientId,
    communeCode: '10882',
    mutations: sessions.map((args, i) => ({ seq: firstSeq + i, name: 'session.put', args })),
  };
}

export const jsonPost = (body: unknown): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: typeof body === 'string' ? body : JSON.stringify(body),
});
