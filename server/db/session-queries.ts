/**
 * Sessions in SQL in the shape of src/core/session.ts, the same on both engines: lists within a
 * scope, the locked read and whole-row write of a merge, and the changes a pull sends.
 */
import type { Clocks } from '../../src/core/merge';
import type { Session, StoredSession } from '../../src/core/session';
import type { Queryable } from './executor';
import { type Scope, scopeFilter } from './scope';
import { isoDay, isoUtc, jsonParam } from './sql';

const SESSION_COLUMNS = `
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

/** A session and its field clocks, locked for a merge; undefined when the server has none. */
export async function findSessionForUpdate(
  tx: Queryable,
  commune: string,
  id: string,
): Promise<{ values: Record<string, unknown>; clocks: Clocks } | undefined> {
  const [row] = await tx.query<Session & { clocks: Clocks }>(
    `select ${SESSION_COLUMNS}, clocks from sessions where commune_code = $1 and id = $2 for update`,
    [commune, id],
  );
  if (!row) return undefined;
  const { clocks, ...values } = row;
  return { values, clocks };
}

/** Stores the whole session with its clocks and change number. */
export async function writeSession(
  tx: Queryable,
  s: StoredSession,
  clocks: Clocks,
  changeSeq: number,
): Promise<void> {
  await tx.query(
    `insert into sessions (commune_code, id, village_id, session_date, start_time,
       duration_minutes, venue, kind, target_groups, topics, facilitators, vneid_activations,
       online_applications, cashless_accounts, notes, cancelled_at, created_at, updated_at,
       clocks, change_seq)
     values ($1, $2, $3, $4::date, $5, $6, $7, $8, $9::text::jsonb, $10::text::jsonb,
       $11::text::jsonb, $12, $13, $14, $15, $16::timestamptz, $17::timestamptz, $18::timestamptz,
       $19::text::jsonb, $20)
     on conflict (commune_code, id) do update set
       village_id = excluded.village_id, session_date = excluded.session_date,
       start_time = excluded.start_time, duration_minutes = excluded.duration_minutes,
       venue = excluded.venue, kind = excluded.kind, target_groups = excluded.target_groups,
       topics = excluded.topics, facilitators = excluded.facilitators,
       vneid_activations = excluded.vneid_activations,
       online_applications = excluded.online_applications,
       cashless_accounts = excluded.cashless_accounts, notes = excluded.notes,
       cancelled_at = excluded.cancelled_at, updated_at = excluded.updated_at,
       clocks = excluded.clocks, change_seq = excluded.change_seq, server_updated_at = now()`,
    [
      s.communeCode,
      s.id,
      s.villageId,
      s.date,
      s.startTime,
      s.durationMinutes,
      s.venue,
      s.kind,
      jsonParam(s.targetGroups),
      jsonParam(s.topics),
      jsonParam(s.facilitators),
      s.vneidActivations,
      s.onlineApplications,
      s.cashlessAccounts,
      s.notes,
      s.cancelledAt,
      s.createdAt,
      s.updatedAt,
      jsonParam(clocks),
      changeSeq,
    ],
  );
}

/** Sessions changed after `after`, in change order, with their clocks. */
export function sessionsChangedAfter(
  db: Queryable,
  scope: Scope,
  after: number,
  upTo: number,
  limit: number,
): Promise<(Session & { clocks: Clocks; changeSeq: string })[]> {
  const f = scopeFilter(scope, 's', 4);
  return db.query(
    `select ${SESSION_COLUMNS}, clocks, change_seq::text as "changeSeq" from sessions s
     where s.change_seq > $1 and s.change_seq <= $3 and ${f.sql} order by s.change_seq limit $2`,
    [after, limit, upTo, ...f.params],
  );
}
