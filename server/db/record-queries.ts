/**
 * Reads what devices pushed of attendance and feedback, in the shapes of src/core/attendance.ts and
 * src/core/feedback.ts, so tests and (later) the dashboard see exactly what reached the server.
 */
import type { Attendance } from '../../src/core/attendance';
import type { Feedback } from '../../src/core/feedback';
import type { Queryable } from './executor';
import { isoUtc } from './sql';

export function listAttendance(
  db: Queryable,
  communeCode: string,
  sessionId: string,
): Promise<Attendance[]> {
  return db.query<Attendance>(
    `select session_id::text as "sessionId", resident_id::text as "residentId", present,
            ${isoUtc('updated_at')} as "updatedAt"
     from attendance where commune_code = $1 and session_id = $2 order by resident_id`,
    [communeCode, sessionId],
  );
}

/** Newest first. */
export function listFeedback(db: Queryable, communeCode: string): Promise<Feedback[]> {
  return db.query<Feedback>(
    `select id::text, commune_code as "communeCode", session_id::text as "sessionId",
            village_id as "villageId", rating, helped, hard, tags, text,
            by_resident as "byResident", resident_id::text as "residentId", consent,
            ${isoUtc('created_at')} as "createdAt"
     from feedback where commune_code = $1 order by created_at desc, id desc`,
    [communeCode],
  );
}
