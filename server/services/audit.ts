/**
 * The audit log: who changed or exported what, when (issue 4, item 5; DOMAIN "keep an access log").
 * Rows are appended in the same transaction as the change they describe, so a change is never
 * stored without its entry nor an entry without its change. Append-only: nothing updates or
 * deletes them. `detail` never holds a secret (invite codes, passwords) nor a resident's personal
 * data (it outlives an erasure): ids, village ids and counts only.
 */
import type { AuditEntry } from '../../src/core/auth';
import { newId } from '../../src/core/ids';
import type { Queryable } from '../db/executor';
import type { Scope } from '../db/scope';
import { isoUtc, jsonParam } from '../db/sql';

export interface AuditEvent {
  commune: string;
  /** The signed-in user; null for the command line and the system. */
  actorId: string | null;
  /**
   * Dotted `<target>.<verb>`: volunteer.create|invite|villages|revoke, resident.search|export|erase,
   * village.adults, admin.create and user.set_password (command line); the auth routes add auth.*
   * ones.
   */
  action: string;
  targetType: string;
  targetId: string;
  detail?: Record<string, unknown>;
}

export async function recordAudit(tx: Queryable, e: AuditEvent): Promise<void> {
  await tx.query(
    `insert into audit_log (commune_code, id, actor_id, action, target_type, target_id, detail)
     values ($1, $2, $3, $4, $5, $6, $7::text::jsonb)`,
    [e.commune, newId(), e.actorId, e.action, e.targetType, e.targetId, jsonParam(e.detail ?? {})],
  );
}

export const AUDIT_PAGE = 200;

const ENTRY_COLUMNS = `
  a.id::text, ${isoUtc('a.at')} as at, a.actor_id::text as "actorId",
  u.display_name as "actorName", a.action, a.target_type as "targetType",
  a.target_id as "targetId", a.detail`;

const ACTOR_JOIN = 'left join users u on u.commune_code = a.commune_code and u.id = a.actor_id';

/** Entries sort by the time they are shown with (milliseconds), then by id (UUIDv7). */
const SHOWN_AT = "date_trunc('milliseconds', a.at)";

/**
 * The commune's entries, newest first, at most 200. The next page is the entries older than the
 * last one shown: pass its `at` as `before` and its `id` as `beforeId`. With `before` alone,
 * entries of the same millisecond as it are skipped (several writes in one transaction share a
 * time), so clients should pass both.
 */
export function listAudit(
  db: Queryable,
  scope: Scope,
  before?: string,
  beforeId?: string,
): Promise<AuditEntry[]> {
  const params: unknown[] = [scope.commune];
  let older = '';
  if (before && beforeId) {
    params.push(before, beforeId);
    older = `and (${SHOWN_AT}, a.id) < ($2::timestamptz, $3::uuid)`;
  } else if (before) {
    params.push(before);
    older = `and ${SHOWN_AT} < $2::timestamptz`;
  }
  return db.query<AuditEntry>(
    `select ${ENTRY_COLUMNS} from audit_log a ${ACTOR_JOIN}
     where a.commune_code = $1 ${older}
     order by ${SHOWN_AT} desc, a.id desc limit ${AUDIT_PAGE}`,
    params,
  );
}

/**
 * Entries about one resident: those targeting them, and searches that returned them (which list
 * the ids they returned in `detail.residentIds`). Oldest first, as a history reads.
 */
export function listAuditAboutResident(
  db: Queryable,
  commune: string,
  residentId: string,
): Promise<AuditEntry[]> {
  return db.query<AuditEntry>(
    `select ${ENTRY_COLUMNS} from audit_log a ${ACTOR_JOIN}
     where a.commune_code = $1
       and ((a.target_type = 'resident' and a.target_id = $2)
         or (a.action = 'resident.search' and a.detail -> 'residentIds' @> jsonb_build_array($2::text)))
     order by ${SHOWN_AT}, a.id`,
    [commune, residentId],
  );
}
