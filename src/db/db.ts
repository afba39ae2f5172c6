/**
 * The device's IndexedDB store (Dexie). Only src/db/ touches it; components read through live
 * queries and write through the repository functions beside this file. Every schema change is a new
 * explicit version here, never an edit of an old one, so phones upgrade in place without data loss.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { Attendance, Feedback, Resident, Session, Village } from '../core/schemas';
import type { Mutation } from '../core/wire';

/** A local change waiting to reach the server; written in the same transaction as the change. */
export interface OutboxEntry {
  seq?: number;
  name: Mutation['name'];
  args: Mutation['args'];
  /** Id of the record the mutation touches, to show it as "not synced yet". */
  recordId: string;
  status: 'pending' | 'rejected';
  attempts: number;
  lastError: string | null;
  createdAt: string;
}

export interface MetaEntry {
  key: string;
  value: unknown;
}

export class HvsDb extends Dexie {
  villages!: EntityTable<Village, 'id'>;
  residents!: EntityTable<Resident, 'id'>;
  sessions!: EntityTable<Session, 'id'>;
  attendance!: Dexie.Table<Attendance, [string, string]>;
  feedback!: EntityTable<Feedback, 'id'>;
  outbox!: EntityTable<OutboxEntry, 'seq'>;
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
