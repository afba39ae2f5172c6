/**
 * Reads what devices pushed of attendance and feedback, in the shapes of src/core/attendance.ts and
 * src/core/feedback.ts, so tests and (later) the dashboard see exactly what reached the server.
 */
import type { Attendance } from '../../src/core/attendance';
import type { Feedback } from '../../src/core/feedback';
import type { SyncConflict } from '../../src/core/wire';
import type { Queryable } from './executor';
import { type Scope, scopeFilter, sinceParam } from './scope';
import { isoUtc } from './sql';

/** A session's attendance, when the session is within the scope (its village decides). */
export function listAttendance(
  db: Queryable,
  scope: Scope,
  sessionId: string,
): Promise<Attendance[]> {
  const f = scopeFilter(scope, 's', 2);
  return db.query<Attendance>(
    `select a.session_id::text as "sessionId", a.resident_id::text as "residentId", a.present,
            ${isoUtc('a.updated_at')} as "updatedAt"
     from attendance a
     join sessions s on s.commune_code = a.commune_code and s.id = a.session_id
     where a.session_id = $1 and ${f.sql} order by a.resident_id`,
    [sessionId, ...f.params],
  );
}

const FEEDBACK_COLUMNS = `id::text, commune_code as "communeCode", session_id::text as "sessionId",
  village_id as "villageId", rating, helped, hard, tags, text, by_resident as "byResident",
  resident_id::text as "residentId", consent, ${isoUtc('created_at')} as "createdAt"`;

/** Newest first. */
export function listFeedback(db: Queryable, scope: Scope): Promise<Feedback[]> {
  const f = scopeFilter(scope, 'f', 1);
  return db.query<Feedback>(
    `select ${FEEDBACK_COLUMNS}
     from feedback f where ${f.sql} order by created_at desc, id desc`,
    f.params,
  );
}

/** Attendance changed after `after` within the scope (its session's village decides). */
export function attendanceChangedAfter(
  db: Queryable,
  scope: Scope,
  after: number,
  upTo: number,
  limit: number,
  since: string | null = null,
): Promise<(Attendance & { hlc: string; changeSeq: string })[]> {
  const f = scopeFilter(scope, 's', 4);
  const w = sinceParam(4 + f.params.length);
  return db.query(
    `select a.session_id::text as "sessionId", a.resident_id::text as "residentId", a.present,
            ${isoUtc('a.updated_at')} as "updatedAt", a.hlc, a.change_seq::text as "changeSeq"
     from attendance a
     join sessions s on s.commune_code = a.commune_code and s.id = a.session_id
     where a.change_seq > $1 and a.change_seq <= $3 and ${f.sql} and ${w.sessions('s')}
     order by a.change_seq limit $2`,
    [after, limit, upTo, ...f.params, since],
  );
}

export function feedbackChangedAfter(
  db: Queryable,
  scope: Scope,
  after: number,
  upTo: number,
  limit: number,
  since: string | null = null,
): Promise<(Feedback & { changeSeq: string })[]> {
  const f = scopeFilter(scope, 'f', 4);
  const w = sinceParam(4 + f.params.length);
  return db.query(
    `select ${FEEDBACK_COLUMNS}, change_seq::text as "changeSeq" from feedback f
     where f.change_seq > $1 and f.change_seq <= $3 and ${f.sql} and ${w.feedback('f')}
     order by f.change_seq limit $2`,
    [after, limit, upTo, ...f.params, since],
  );
}

export function conflictsAfter(
  db: Queryable,
  scope: Scope,
  after: number,
  upTo: number,
  limit: number,
): Promise<(SyncConflict & { changeSeq: string })[]> {
  const f = scopeFilter(scope, 'c', 4);
  return db.query(
    `select id::text, record_type as "recordType", record_id::text as "recordId", field, kept,
            lost, ${isoUtc('created_at')} as at, change_seq::text as "changeSeq"
     from sync_conflicts c where c.change_seq > $1 and c.change_seq <= $3 and ${f.sql} order by c.change_seq limit $2`,
    [after, limit, upTo, ...f.params],
  );
}
