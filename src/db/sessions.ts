/** Training sessions: saved with their outbox mutation in one transaction, so none is left unsent. */
import { newId } from '../core/ids';
import {
  type Session,
  type SessionInput,
  sessionInputSchema,
  sessionSchema,
} from '../core/schemas';
import { db } from './db';
import { requestPersistenceOnce } from './persist';

/** Validates, stores and queues a new session. Throws the ZodError when the input is invalid. */
export async function createSession(communeCode: string, input: SessionInput): Promise<Session> {
  const fields = sessionInputSchema.parse(input);
  const now = new Date().toISOString();
  const session = sessionSchema.parse({
    ...fields,
    id: newId(),
    communeCode,
    createdAt: now,
    updatedAt: now,
  });
  await db.transaction('rw', db.sessions, db.outbox, async () => {
    await db.sessions.add(session);
    await db.outbox.add({
      name: 'session.put',
      args: session,
      recordId: session.id,
      status: 'pending',
      attempts: 0,
      lastError: null,
      createdAt: now,
    });
  });
  void requestPersistenceOnce();
  return session;
}

/** Newest first. */
export function listSessions(): Promise<Session[]> {
  return db.sessions.orderBy('date').reverse().toArray();
}
