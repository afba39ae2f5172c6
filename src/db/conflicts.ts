/**
 * Same-field conflicts pulled from the server: two people changed one field without seeing each
 * other's change, and the later one was kept. Listed for review until someone marks them seen.
 */
import type { SyncConflict } from '../core/wire';
import { db } from './db';

export interface ConflictItem extends SyncConflict {
  /** What the record is, in words the volunteer knows: a session's date, a resident's name. */
  label: { kind: 'session'; date: string; villageId: string } | { kind: 'resident'; name: string };
}

export async function listConflicts(): Promise<ConflictItem[]> {
  const rows = await db.conflicts.toArray();
  const items: ConflictItem[] = [];
  for (const c of rows.sort((a, b) => (a.at < b.at ? 1 : -1))) {
    if (c.recordType === 'session') {
      const s = await db.sessions.get(c.recordId);
      items.push({
        ...c,
        label: { kind: 'session', date: s?.date ?? '', villageId: s?.villageId ?? '' },
      });
    } else {
      const r = await db.residents.get(c.recordId);
      items.push({ ...c, label: { kind: 'resident', name: r && !r.erased ? r.fullName : '' } });
    }
  }
  return items;
}

export const conflictCount = (): Promise<number> => db.conflicts.count();

export async function markConflictSeen(id: string): Promise<void> {
  await db.conflicts.delete(id);
}
