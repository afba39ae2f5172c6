/**
 * The device's IndexedDB store (Dexie). Only src/db/ touches it; components read through live
 * queries and write through the repository functions beside this file. Every schema change is a new
 * explicit version here, never an edit of an old one, so phones upgrade in place without data loss.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { Attendance } from '../core/attendance';
import type { Feedback } from '../core/feedback';
import type { Resident } from '../core/resident';
import type { Session } from '../core/session';
import type { Village } from '../core/village';
import type { Volunteer } from '../core/volunteer';
import type { Mutation } from '../core/wire';

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
