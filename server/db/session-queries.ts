/** Reads the sessions within a scope in the shape of src/core/session.ts, the same on both engines. */
import type { Session } from '../../src/core/session';
import type { Queryable } from './executor';
import { type Scope, scopeFilter } from './scope';
import { isoDay, isoUtc } from './sql';

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
