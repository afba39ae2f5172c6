/**
 * What the server holds for one account: a pull from scratch (no cursor) with that account's
 * token, page by page, with faults off. The same wire a device uses, so "the server's data" is
 * exactly what a new phone of that account would end up with. A row sent twice in one pull from
 * scratch is reported (nothing may be duplicated).
 */
import type { Feedback } from '../../src/core/feedback';
import type { Resident } from '../../src/core/resident';
import type { StoredSession } from '../../src/core/session';
import { type PullResponse, pullResponseSchema, type SyncConflict } from '../../src/core/wire';
import { attendanceKey, type ClockedAttendance, type Versioned } from './device';
import type { Transport } from './transport';

export interface Snapshot {
  sessions: Map<string, Versioned<StoredSession>>;
  residents: Map<string, Versioned<Resident>>;
  attendance: Map<string, ClockedAttendance>;
  feedback: Map<string, Feedback>;
  conflicts: Map<string, SyncConflict>;
  duplicates: string[];
}

export async function snapshot(t: Transport, token: string): Promise<Snapshot> {
  const s: Snapshot = {
    sessions: new Map(),
    residents: new Map(),
    attendance: new Map(),
    feedback: new Map(),
    conflicts: new Map(),
    duplicates: [],
  };
  const put = <T>(map: Map<string, T>, kind: string, key: string, value: T) => {
    if (map.has(key)) s.duplicates.push(`${kind} ${key}`);
    map.set(key, value);
  };
  let cursor: string | undefined;
  for (let pages = 0; pages < 10_000; pages++) {
    const query = cursor === undefined ? '' : `?cursor=${encodeURIComponent(cursor)}`;
    const answer = await t.send({ token, path: `/api/sync/pull${query}` });
    if (answer?.status !== 200) throw new Error(`pull from scratch failed: ${answer?.status}`);
    const page = pullResponseSchema.parse(answer.body) as PullResponse;
    for (const v of page.sessions) put(s.sessions, 'session', v.record.id, v);
    for (const v of page.residents) put(s.residents, 'resident', v.record.id, v);
    for (const a of page.attendance) put(s.attendance, 'attendance', attendanceKey(a), a);
    for (const f of page.feedback) put(s.feedback, 'feedback', f.id, f);
    for (const c of page.conflicts) put(s.conflicts, 'conflict', c.id, c);
    cursor = page.cursor;
    if (!page.more) return s;
  }
  throw new Error('pull from scratch never ended');
}
