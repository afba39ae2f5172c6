/**
 * Reads what devices pushed of attendance and feedback, in the shapes of src/core/attendance.ts and
 * src/core/feedback.ts, so tests and (later) the dashboard see exactly what reached the server.
 */
import type { Attendance } from '../../src/core/attendance';
import type { Feedback } from '../../src/core/feedback';
import type { Queryable } from './executor';
import { type Scope, scopeFilter } from './scope';
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

/** Newest first. */
export function listFeedback(db: Queryable, scope: Scope): Promise<Feedback[]> {
  const f = scopeFilter(scope, 'f', 1);
  return db.query<Feedback>(
    `select id::text, commune_code as "communeCode", session_id::text as "sessionId",
            village_id as "villageId", rating, helped, hard, tags, text,
            by_resident as "byResident", resident_id::text as "residentId", consent,
            ${isoUtc('created_at')} as "createdAt"
     from feedback f where ${f.sql} order by created_at desc, id desc`,
    f.params,
  );
}
