/**
 * The device's IndexedDB store (Dexie). Only src/db/ touches it; components read through live
 * queries and write through the repository functions beside this file. Every schema change is a new
 * explicit version here, never an edit of an old one, so phones upgrade in place without data loss.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { Attendance } from '../core/attendance';
import type { Feedback } from '../core/feedback';
import { hlcFromTime } from '../core/hlc';
import type { Clocks } from '../core/merge';
import type { Resident } from '../core/resident';
import type { Session } from '../core/session';
import type { Village } from '../core/village';
import type { Volunteer } from '../core/volunteer';
import type { Mutation, SyncConflict } from '../core/wire';
import type {
  LessonPlace,
  LocalProfile,
  StoredAttempt,
  StoredCompletion,
  StoredPackage,
} from './learning-types';

/** A local change waiting to reach the server; written in the same transaction as the change. */
export type OutboxEntry = Omit<Mutation, 'seq'> & {
  seq?: number;
  /** Id of the record the mutation touches, to show it as "not synced yet". */
  recordId: string;
  status: 'pending' | 'rejected';
  attempts: number;
  lastError: string | null;
  createdAt: string;
};

/** The server's field clocks of a session or resident, as last pulled: the "seen" of an edit. */
export interface RecordClocks {
  id: string;
  clocks: Clocks;
}

export interface MetaEntry {
  key: string;
  value: unknown;
}

/** A form's unsaved input, kept so it survives a reload, a crash or an app update. */
export interface DraftEntry {
  key: string;
  value: unknown;
  updatedAt: string;
}

export class HvsDb extends Dexie {
  villages!: EntityTable<Village, 'id'>;
  volunteers!: EntityTable<Volunteer, 'id'>;
  residents!: EntityTable<Resident, 'id'>;
  sessions!: EntityTable<Session, 'id'>;
  attendance!: Dexie.Table<Attendance, [string, string]>;
  feedback!: EntityTable<Feedback, 'id'>;
  outbox!: EntityTable<OutboxEntry, 'seq'>;
  drafts!: EntityTable<DraftEntry, 'key'>;
  meta!: EntityTable<MetaEntry, 'key'>;
  clocks!: EntityTable<RecordClocks, 'id'>;
  conflicts!: EntityTable<SyncConflict, 'id'>;
  profiles!: EntityTable<LocalProfile, 'id'>;
  attempts!: EntityTable<StoredAttempt, 'id'>;
  completions!: Dexie.Table<StoredCompletion, [string, string]>;
  lessonPlaces!: Dexie.Table<LessonPlace, [string, string]>;
  contentPackages!: EntityTable<StoredPackage, 'code'>;

  constructor(name = 'hoc-vu-so') {
    // Strict durability: a record the volunteer saw saved is on disk before we say so.
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores({
      villages: 'id, communeCode',
      residents: 'id, villageId',
      sessions: 'id, date, villageId',
      attendance: '[sessionId+residentId], residentId',
      feedback: 'id, sessionId',
      // ++seq: IndexedDB never reuses an auto-increment key, so seq is unique per device for good.
      outbox: '++seq, status, recordId',
      meta: 'key',
    });
    this.version(2).stores({
      volunteers: 'id, communeCode',
      attendance: '[sessionId+residentId], residentId, sessionId',
      feedback: 'id, sessionId, villageId',
      drafts: 'key',
    });
    // Sync with clocks: the server's field clocks per record, and conflicts to review. Mutations
    // queued before clocks existed keep their place in the outbox and get a clock from their time.
    this.version(3)
      .stores({ clocks: 'id', conflicts: 'id, recordId' })
      .upgrade((tx) =>
        tx
          .table('outbox')
          .toCollection()
          .modify((e: OutboxEntry) => {
            e.hlc ??= hlcFromTime(e.createdAt, 'legacy0000000');
          }),
      );
    // Self-paced learning: profiles on a shared phone, their quiz attempts and completions, where
    // each stopped, and module versions published by the server after the app was built.
    this.version(4).stores({
      profiles: 'id',
      attempts: 'id, [profileId+moduleCode]',
      completions: '[profileId+moduleCode], profileId',
      lessonPlaces: '[profileId+moduleCode]',
      contentPackages: 'code',
    });
    // Version 5 indexed the outbox by [status+seq] for reading pending mutations after a seq; they
    // are read by primary key now (src/db/outbox.ts pendingMutations), which costs no lookup per
    // entry, and the index that every change and acknowledgement had to keep up goes.
    this.version(5).stores({ outbox: '++seq, status, recordId, [status+seq]' });
    this.version(6).stores({ outbox: '++seq, status, recordId' });
  }
}

export const db = new HvsDb();

/** Opens the store; false when IndexedDB is unavailable (private mode, blocked storage). */
export async function openStore(): Promise<boolean> {
  try {
    if (typeof indexedDB === 'undefined') return false;
    await db.open();
    return true;
  } catch {
    return false;
  }
}
