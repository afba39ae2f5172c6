/**
 * Sessions in SQL in the shape of src/core/session.ts, the same on both engines: lists within a
 * scope, and the changes a pull sends (a push's reads and writes are in push-reads/push-writes).
 */
import type { Clocks } from '../../src/core/merge';
import type { Session } from '../../src/core/session';
import type { Queryable } from './executor';
import { type Scope, scopeFilter, sinceParam } from './scope';
import { isoDay, isoUtc } from './sql';

export const SESSION_COLUMNS = `
  id::text, commune_code as "communeCode", ${isoDay('session_date')} as date,
  start_time as "startTime", duration_minutes as "durationMinutes", village_id as "villageId",
  venue, kind, target_groups as "targetGroups", topics, facilitators,
  vneid_activations as "vneidActivations", online_applications as "onlineApplications",
  cashless_accounts as "cashlessAccounts", notes,
  ${isoUtc('cancelled_at')} as "cancelledAt", ${isoUtc('created_at')} as "createdAt",
  ${isoUtc('updated_at')} as "updatedAt"`;

/** Newest first, cancelled ones included (a device shows them struck through and may restore). */
export function listSessions(db: Queryable, scope: Scope): Promise<Session[]> {
  const f = scopeFilter(scope, 's', 1);
  return db.query<Session>(
    `select ${SESSION_COLUMNS} from sessions s where ${f.sql}
     order by session_date desc, start_time desc, id desc`,
    f.params,
  );
}

/** Sessions changed after `after`, in change order, with their clocks. */
export function sessionsChangedAfter(
  db: Queryable,
  scope: Scope,
  after: number,
  upTo: number,
  limit: number,
  since: string | null = null,
): Promise<(Session & { clocks: Clocks; changeSeq: string })[]> {
  const f = scopeFilter(scope, 's', 4);
  const w = sinceParam(4 + f.params.length);
  return db.query(
    `select ${SESSION_COLUMNS}, clocks, change_seq::text as "changeSeq" from sessions s
     where s.change_seq > $1 and s.change_seq <= $3 and ${f.sql} and ${w.sessions('s')}
     order by s.change_seq limit $2`,
    [after, limit, upTo, ...f.params, since],
  );
}
