/** Valid records per the shared schemas, and push requests made of them, for server tests. */
import type { Attendance } from '../../src/core/attendance';
import type { Feedback } from '../../src/core/feedback';
import { encodeHlc } from '../../src/core/hlc';
import { newId } from '../../src/core/ids';
import type { ActiveResident, Consent, ErasedResident } from '../../src/core/resident';
import type { Session } from '../../src/core/session';
import type { Mutation, MutationName, PushRequest } from '../../src/core/wire';

export const COMMUNE = '10882';

/** A moment `minutesAgo` before now, as the ISO string a device sends. */
export const isoAgo = (minutesAgo = 0): string =>
  new Date(Date.now() - minutesAgo * 60_000).toISOString();

export function session(over: Partial<Session> = {}): Session {
  const now = isoAgo();
  return {
    id: newId(),
    communeCode: COMMUNE,
    date: '2026-11-05',
    startTime: '14:30',
    durationMinutes: 90,
    villageId: 'nhan-bau',
    venue: 'Nhà văn hoá thôn',
    kind: 'class',
    targetGroups: ['residents', 'elderly'],
    topics: ['M04'],
    facilitators: [newId()],
    vneidActivations: 3,
    onlineApplications: 1,
    cashlessAccounts: 0,
    notes: '',
    cancelledAt: null,
    createdAt: now,
    updatedAt: now,
    ...over,
  };
}

export const consent = (over: Partial<Consent> = {}): Consent => ({
  version: 'v1',
  givenBy: 'self',
  collectedBy: newId(),
  collectedAt: isoAgo(),
  ...over,
});

export function resident(over: Partial<ActiveResident> = {}): ActiveResident {
  const now = isoAgo();
  return {
    id: newId(),
    communeCode: COMMUNE,
    erased: false,
    fullName: 'Nguyễn Văn An',
    birthYear: 1958,
    sex: 'male',
    villageId: 'nhan-bau',
    phone: '0912345678',
    consent: consent(),
    createdAt: now,
    updatedAt: now,
    ...over,
  };
}

/** The erased form of `r`, as a device sends it after a deletion request. */
export function erased(r: ActiveResident, over: Partial<ErasedResident> = {}): ErasedResident {
  return {
    id: r.id,
    communeCode: r.communeCode,
    erased: true,
    villageId: r.villageId,
    sex: r.sex,
    ageGroup: '60_plus',
    createdAt: r.createdAt,
    updatedAt: isoAgo(),
    ...over,
  };
}

export const attendance = (
  s: Session,
  r: ActiveResident,
  over: Partial<Attendance> = {},
): Attendance => ({
  sessionId: s.id,
  residentId: r.id,
  present: true,
  updatedAt: isoAgo(),
  ...over,
});

export function feedback(over: Partial<Feedback> = {}): Feedback {
  return {
    id: newId(),
    communeCode: COMMUNE,
    sessionId: null,
    villageId: 'nhan-bau',
    rating: 4,
    helped: 'Biết kích hoạt VNeID mức 2',
    hard: 'Mạng yếu',
    tags: ['weak_network'],
    text: '',
    byResident: false,
    residentId: null,
    consent: null,
    createdAt: isoAgo(),
    ...over,
  };
}

/** A mutation without its seq: what a test lists, numbered by `push`. */
export type Op = {
  [N in MutationName]: { name: N; args: Extract<Mutation, { name: N }>['args'] };
}[MutationName];

export const putSession = (args: Session): Op => ({ name: 'session.put', args });
export const putResident = (args: ActiveResident | ErasedResident): Op => ({
  name: 'resident.put',
  args,
});
export const setAttendance = (args: Attendance): Op => ({ name: 'attendance.set', args });
export const addFeedback = (args: Feedback): Op => ({ name: 'feedback.add', args });

/** When the change was made on the device, as its record says. */
function timeOf(op: Op): string {
  switch (op.name) {
    case 'attempt.add':
      return op.args.at;
    case 'completion.add':
      return op.args.completedAt;
    case 'profile.link':
      return op.args.linkedAt;
    default:
      return 'updatedAt' in op.args ? op.args.updatedAt : op.args.createdAt;
  }
}

let counter = 0;
/**
 * The clock of a test change: its record's time, as a device whose clock is right would stamp it
 * (so "an older edit" in a test is older by its clock too), made unique by a counter.
 */
function clockOf(op: Op): string {
  const time = timeOf(op);
  counter = (counter + 1) % 1_000_000;
  return encodeHlc({ wall: Date.parse(time), counter, node: 'test00000000' });
}

/** A push of `ops` numbered from `firstSeq`, from a new device unless `clientId` is given. */
export function push(ops: Op[], clientId = newId(), firstSeq = 1): PushRequest {
  return {
    clientId,
    mutations: ops.map((op, i) => ({ ...op, seq: firstSeq + i, hlc: clockOf(op) })) as Mutation[],
  };
}

export const jsonPost = (body: unknown): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: typeof body === 'string' ? body : JSON.stringify(body),
});
