/** Training sessions: every change saved with its outbox mutation in one transaction. */
import { newId } from '../core/ids';
import {
  type Session,
  type SessionInput,
  sessionInputSchema,
  sessionSchema,
} from '../core/session';
import { db } from './db';
import { enqueue, outboxTables } from './outbox';
import { requestPersistenceOnce } from './persist';

async function save(session: Session): Promise<Session> {
  const valid = sessionSchema.parse(session);
  await db.transaction('rw', [db.sessions, ...outboxTables()], async () => {
    const previous = await db.sessions.get(valid.id);
    await db.sessions.put(valid);
    await enqueue({ name: 'session.put', args: valid }, valid.id, previous);
  });
  void requestPersistenceOnce();
  return valid;
}

/** Validates, stores and queues a new session. Throws the ZodError when the input is invalid. */
export async function createSession(communeCode: string, input: SessionInput): Promise<Session> {
  const fields = sessionInputSchema.parse(input);
  const now = new Date().toISOString();
  return save({
    ...fields,
    id: newId(),
    communeCode,
    cancelledAt: null,
    createdAt: now,
    updatedAt: now,
  });
}

export async function updateSession(id: string, input: SessionInput): Promise<Session> {
  const current = await db.sessions.get(id);
  if (!current) throw new Error(`No session ${id}`);
  const fields = sessionInputSchema.parse(input);
  return save({ ...current, ...fields, updatedAt: new Date().toISOString() });
}

/** Cancels (soft-deletes) or restores a session; nothing is ever removed. */
export async function setSessionCancelled(id: string, cancelled: boolean): Promise<Session> {
  const current = await db.sessions.get(id);
  if (!current) throw new Error(`No session ${id}`);
  const now = new Date().toISOString();
  return save({ ...current, cancelledAt: cancelled ? now : null, updatedAt: now });
}

export function getSession(id: string): Promise<Session | undefined> {
  return db.sessions.get(id);
}

/** All sessions, newest date first (filters are applied by the list, in memory). */
export function listSessions(): Promise<Session[]> {
  return db.sessions.orderBy('date').reverse().toArray();
}

/** Sessions whose date falls in [from, to] (yyyy-MM-dd), oldest first: exports. */
export function sessionsBetween(from: string, to: string): Promise<Session[]> {
  return db.sessions.where('date').between(from, to, true, true).toArray();
}
