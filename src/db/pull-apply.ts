/**
 * Applies one pulled page in one transaction, then stores its cursor, so the cursor never moves
 * past rows that were not applied. The server's row replaces the local one, except while this
 * phone still has an unacknowledged change of that record (or attendance key): then the local
 * version stays until the push is answered, and the server re-sends its merged row afterwards.
 * An erasure always applies, and takes the person's pending edits out of the outbox with it.
 */
import { isFieldMutation, type Mutation, type PullResponse } from '../core/wire';
import { db } from './db';
import { observeHlcs } from './hlc-clock';

const CURSOR = 'pullCursor';

export async function getPullCursor(): Promise<string> {
  const row = await db.meta.get(CURSOR);
  return typeof row?.value === 'string' ? row.value : '';
}

async function pendingKeys(): Promise<{ records: Set<string>; ticks: Set<string> }> {
  const records = new Set<string>();
  const ticks = new Set<string>();
  await db.outbox
    .where('status')
    .equals('pending')
    .each((entry) => {
      const m = entry as unknown as Mutation;
      if (m.name === 'attendance.set') ticks.add(`${m.args.sessionId}:${m.args.residentId}`);
      else if (isFieldMutation(m)) records.add(m.args.id);
    });
  return { records, ticks };
}

export async function applyPullPage(page: PullResponse): Promise<void> {
  const tables = [
    db.sessions,
    db.residents,
    db.attendance,
    db.feedback,
    db.clocks,
    db.conflicts,
    db.outbox,
    db.meta,
  ];
  await db.transaction('rw', tables, async () => {
    const pending = await pendingKeys();
    const seen: string[] = [];
    for (const { record, clocks } of page.sessions) {
      seen.push(...Object.values(clocks));
      if (pending.records.has(record.id)) continue;
      await db.sessions.put(record);
      await db.clocks.put({ id: record.id, clocks });
    }
    for (const { record, clocks } of page.residents) {
      seen.push(...Object.values(clocks));
      if (record.erased) {
        await db.outbox.where('recordId').equals(record.id).delete();
      } else if (pending.records.has(record.id)) continue;
      await db.residents.put(record);
      await db.clocks.put({ id: record.id, clocks });
    }
    for (const { hlc, ...tick } of page.attendance) {
      seen.push(hlc);
      if (!pending.ticks.has(`${tick.sessionId}:${tick.residentId}`)) await db.attendance.put(tick);
    }
    for (const f of page.feedback) if (!pending.records.has(f.id)) await db.feedback.put(f);
    await db.conflicts.bulkPut(page.conflicts);
    await observeHlcs(seen.filter(Boolean));
    await db.meta.put({ key: CURSOR, value: page.cursor });
  });
}
