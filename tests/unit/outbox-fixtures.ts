/**
 * Records and outbox entries written straight into the device store, each entry with a valid
 * clock, so the needs-attention and backup tests do not depend on how repositories stamp them.
 */
import type { Attendance } from '../../src/core/attendance';
import type { Feedback } from '../../src/core/feedback';
import { encodeHlc } from '../../src/core/hlc';
import { newId } from '../../src/core/ids';
import type { ActiveResident } from '../../src/core/resident';
import type { Session } from '../../src/core/session';
import { db, type OutboxEntry } from '../../src/db/db';
import { consent, residentInput, sessionInput } from './factories';

const T0 = '2026-11-05T02:00:00.000Z';
let counter = 0;

export const hlc = () =>
  encodeHlc({ wall: Date.parse(T0), counter: ++counter, node: 'abcdef123456' });

export const session = (over: Partial<Session> = {}): Session => ({
  ...sessionInput(),
  id: newId(),
  communeCode: '10882',
  cancelledAt: null,
  createdAt: T0,
  updatedAt: T0,
  ...over,
});

export const resident = (over: Partial<ActiveResident> = {}): ActiveResident => ({
  ...residentInput(),
  id: newId(),
  communeCode: '10882',
  erased: false,
  consent: { ...consent(), collectedAt: T0 },
  createdAt: T0,
  updatedAt: T0,
  ...over,
});

export const attendance = (
  sessionId: string,
  residentId: string,
  over: Partial<Attendance> = {},
) => ({
  sessionId,
  residentId,
  present: true,
  updatedAt: T0,
  ...over,
});

export const feedback = (over: Partial<Feedback> = {}): Feedback => ({
  id: newId(),
  communeCode: '10882',
  sessionId: null,
  villageId: 'nhan-bau',
  rating: 4,
  helped: 'Cài được VNeID',
  hard: '',
  tags: [],
  text: '',
  byResident: false,
  residentId: null,
  consent: null,
  createdAt: T0,
  ...over,
});

type Status = { status?: 'pending' | 'rejected'; reason?: string };

async function queue(
  m: Pick<OutboxEntry, 'name' | 'args'>,
  recordId: string,
  { status = 'pending', reason }: Status,
): Promise<number> {
  const seq = await db.outbox.add({
    ...m,
    hlc: hlc(),
    recordId,
    status,
    attempts: 0,
    lastError: reason ?? null,
    createdAt: T0,
  } as OutboxEntry);
  return seq!;
}

/** Stores a session and queues its change. */
export async function storeSession(s: Session, st: Status = {}): Promise<number> {
  await db.sessions.put(s);
  return queue({ name: 'session.put', args: s }, s.id, st);
}

export async function storeResident(r: ActiveResident, st: Status = {}): Promise<number> {
  await db.residents.put(r);
  return queue({ name: 'resident.put', args: r }, r.id, st);
}

export async function storeTick(a: Attendance, st: Status = {}): Promise<number> {
  await db.attendance.put(a);
  return queue({ name: 'attendance.set', args: a }, a.sessionId, st);
}

export async function storeFeedback(f: Feedback, st: Status = {}): Promise<number> {
  await db.feedback.put(f);
  return queue({ name: 'feedback.add', args: f }, f.id, st);
}

export const village = (id: string, name: string) => ({
  id,
  communeCode: '10882',
  name,
  formerCommune: null,
  sortOrder: 1,
  adults: null,
});
