/**
 * A phone, as a pure in-memory model of the client's sync rules (the real client keeps the same
 * things in Dexie): its records, an outbox of numbered mutations, and a hybrid logical clock
 * ticking on its own (skewed) wall clock. Local changes here; push and pull in device-sync.ts.
 *
 * Rules modelled:
 * - every change is saved with a mutation of the next seq, stamped by `tick` on the device clock;
 * - an edit of a session or resident sends the whole record, and `seen` for the fields it changed
 *   (the field, and updatedAt): the clock the device last pulled for that field, or null;
 * - the clocks a device remembers for a record are those of the server row it last took.
 */
import type { Attendance } from '../../src/core/attendance';
import type { Feedback } from '../../src/core/feedback';
import { type HlcState, receive, tick } from '../../src/core/hlc';
import type { Clocks } from '../../src/core/merge';
import { type ActiveResident, erase, type Resident } from '../../src/core/resident';
import type { StoredSession } from '../../src/core/session';
import type { Mutation, SyncConflict } from '../../src/core/wire';
import { COMMUNE } from '../server/factories';
import { type Action, type DeviceSpec, RESIDENT_EDITS, SESSION_EDITS } from './scenario';
import { short, trace } from './trace';
import { VILLAGES } from './world';

export interface Versioned<T> {
  record: T;
  clocks: Clocks;
}
export type ClockedAttendance = Attendance & { hlc: string };
type NewMutation = { [N in Mutation['name']]: Omit<Extract<Mutation, { name: N }>, 'seq' | 'hlc'> };

export const attendanceKey = (a: { sessionId: string; residentId: string }) =>
  `attendance:${a.sessionId}:${a.residentId}`;

/** The local record a mutation changes. */
export function recordKey(m: Mutation): string {
  switch (m.name) {
    case 'session.put':
      return `session:${m.args.id}`;
    case 'resident.put':
      return `resident:${m.args.id}`;
    case 'attendance.set':
      return attendanceKey(m.args);
    case 'feedback.add':
      return `feedback:${m.args.id}`;
  }
}

const FEEDBACK_TEXTS = ['', 'Cần thêm một buổi nữa', 'Mạng yếu quá'];
const at = <T>(xs: readonly T[], i: number): T | undefined =>
  xs.length === 0 ? undefined : xs[i % xs.length];

export class Device {
  readonly clientId: string;
  private clock: HlcState;
  private lastSeq = 0;
  readonly sessions = new Map<string, Versioned<StoredSession>>();
  readonly residents = new Map<string, Versioned<Resident>>();
  readonly attendance = new Map<string, ClockedAttendance>();
  readonly feedback = new Map<string, Feedback>();
  readonly conflicts = new Map<string, SyncConflict>();
  /** Mutations not yet answered by the server, in seq order. */
  outbox: Mutation[] = [];
  /** Mutations the server rejected ("needs attention"), with the reason. */
  readonly rejected: { mutation: Mutation; reason: string }[] = [];
  /** Records with a rejected mutation. */
  readonly attention = new Set<string>();
  /** Every mutation made, and how each record's last pulled row was handled (for diagnosis). */
  readonly history: Mutation[] = [];
  readonly lastPulled = new Map<string, 'taken' | 'kept local'>();
  cursor: string | undefined;

  constructor(
    readonly spec: DeviceSpec,
    readonly token: string,
    readonly villages: readonly string[],
    private readonly newId: () => string,
  ) {
    this.clientId = `c0000000-0000-7000-8000-${spec.node}`;
    this.clock = { wall: 0, counter: 0, node: spec.node };
  }

  /** The device's own wall clock: the shared time plus its skew. */
  now(): number {
    return Date.now() + this.spec.skewMs;
  }

  private nowIso(): string {
    return new Date(this.now()).toISOString();
  }

  /** Takes in a clock seen on a pulled row, so later local changes come after it. */
  see(hlc: string): void {
    this.clock = receive(this.clock, hlc, this.now());
  }

  hasPending(key: string): boolean {
    return this.outbox.some((m) => recordKey(m) === key);
  }

  private enqueue<N extends Mutation['name']>(m: NewMutation[N]): Mutation {
    const t = tick(this.clock, this.now());
    this.clock = t.state;
    const mutation = { ...m, seq: ++this.lastSeq, hlc: t.hlc } as Mutation;
    this.outbox.push(mutation);
    this.history.push(mutation);
    trace(
      `…${short(this.clientId)}`,
      `seq ${mutation.seq} ${recordKey(mutation).replace(/[0-9a-f-]{30}/g, '')} hlc ${t.hlc} ` +
        JSON.stringify({ ...mutation.args, ...('seen' in m ? { seen: m.seen } : {}) }).slice(
          0,
          200,
        ),
    );
    return mutation;
  }

  /** Queues another phone's change (from a backup file) under this phone's next seq. */
  requeue(m: Mutation): void {
    const mutation = { ...m, seq: ++this.lastSeq };
    this.outbox.push(mutation);
    this.history.push(mutation);
  }

  /** A village for a new record: mostly one of the device's own, sometimes any (maybe refused). */
  private village(pick: number): string {
    return pick >= 900 ? at(VILLAGES, pick)! : at(this.villages, pick)!;
  }

  private living(): Versioned<ActiveResident>[] {
    return [...this.residents.values()].filter(
      (r): r is Versioned<ActiveResident> => !r.record.erased,
    );
  }

  /** Does a local change (a no-op when the device holds nothing to change). */
  act(a: Exclude<Action, { op: 'sync' | 'release' | 'backup' }>): void {
    const now = this.nowIso();
    switch (a.op) {
      case 'createSession': {
        const s: StoredSession = {
          id: this.newId(),
          communeCode: COMMUNE,
          date: a.date,
          startTime: '08:00',
          durationMinutes: 90,
          villageId: this.village(a.village),
          venue: 'Nhà văn hoá thôn',
          kind: a.meeting ? 'team_meeting' : 'class',
          targetGroups: ['residents'],
          topics: a.meeting ? [] : ['M04'],
          facilitators: [],
          vneidActivations: 0,
          onlineApplications: 0,
          cashlessAccounts: 0,
          notes: '',
          cancelledAt: null,
          createdAt: now,
          updatedAt: now,
        };
        this.sessions.set(s.id, { record: s, clocks: {} });
        this.enqueue<'session.put'>({ name: 'session.put', args: s });
        return;
      }
      case 'createResident': {
        const r: ActiveResident = {
          id: this.newId(),
          communeCode: COMMUNE,
          erased: false,
          fullName: RESIDENT_EDITS.fullName[a.name]!,
          birthYear: a.birthYear,
          sex: a.birthYear % 2 === 0 ? 'female' : 'male',
          villageId: this.village(a.village),
          phone: null,
          consent: { version: 'v1', givenBy: 'self', collectedBy: this.clientId, collectedAt: now },
          createdAt: now,
          updatedAt: now,
        };
        this.residents.set(r.id, { record: r, clocks: {} });
        this.enqueue<'resident.put'>({ name: 'resident.put', args: r });
        return;
      }
      case 'editSession': {
        const v = at([...this.sessions.values()], a.session);
        if (!v) return;
        const value =
          a.field === 'cancelledAt'
            ? SESSION_EDITS.cancelledAt[a.value % 2]
              ? now
              : null
            : at<unknown>(SESSION_EDITS[a.field], a.value);
        const record = { ...v.record, [a.field]: value, updatedAt: now };
        const seen = {
          [a.field]: v.clocks[a.field] ?? null,
          updatedAt: v.clocks.updatedAt ?? null,
        };
        this.sessions.set(record.id, { record, clocks: v.clocks });
        this.enqueue<'session.put'>({ name: 'session.put', args: record, seen });
        return;
      }
      case 'editResident': {
        const v = at(this.living(), a.resident);
        if (!v) return;
        const record = {
          ...v.record,
          [a.field]: at<unknown>(RESIDENT_EDITS[a.field], a.value),
          updatedAt: now,
        };
        const seen = {
          [a.field]: v.clocks[a.field] ?? null,
          updatedAt: v.clocks.updatedAt ?? null,
        };
        this.residents.set(record.id, { record, clocks: v.clocks });
        this.enqueue<'resident.put'>({ name: 'resident.put', args: record, seen });
        return;
      }
      case 'erase': {
        const v = at(this.living(), a.resident);
        if (!v) return;
        const record = erase(v.record, now);
        this.residents.set(record.id, { record, clocks: v.clocks });
        this.enqueue<'resident.put'>({ name: 'resident.put', args: record });
        return;
      }
      case 'attendance': {
        const s = at([...this.sessions.values()], a.session);
        const r = at(this.living(), a.resident);
        if (!s || !r) return;
        const args = {
          sessionId: s.record.id,
          residentId: r.record.id,
          present: a.present,
          updatedAt: now,
        };
        const m = this.enqueue<'attendance.set'>({ name: 'attendance.set', args });
        this.attendance.set(attendanceKey(args), { ...args, hlc: m.hlc });
        return;
      }
      case 'feedback': {
        const s = a.session === null ? undefined : at([...this.sessions.values()], a.session);
        const r = a.resident === null ? undefined : at(this.living(), a.resident);
        const text = FEEDBACK_TEXTS[a.text]!;
        const f: Feedback = {
          id: this.newId(),
          communeCode: COMMUNE,
          sessionId: s?.record.id ?? null,
          villageId: s?.record.villageId ?? at(this.villages, a.rating)!,
          rating: a.rating,
          helped: text === '' ? '' : 'Biết kích hoạt VNeID',
          hard: text,
          tags: a.rating < 3 ? ['weak_network'] : [],
          text,
          byResident: false,
          residentId: r?.record.id ?? null,
          consent: r
            ? { version: 'v1', givenBy: 'self', collectedBy: this.clientId, collectedAt: now }
            : null,
          createdAt: now,
        };
        this.feedback.set(f.id, f);
        this.enqueue<'feedback.add'>({ name: 'feedback.add', args: f });
        return;
      }
    }
  }
}
