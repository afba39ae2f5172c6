/**
 * session.put (interim rule until the per-field HLC merge of the sync issue): upsert the whole
 * record, last writer wins by updatedAt, every column included, so a cancel (cancelledAt set) and a
 * restore (cancelledAt null again) travel like any other edit. createdAt is kept from the first put.
 */
import type { Session } from '../../src/core/session';
import type { Queryable } from '../db/executor';
import type { Scope } from '../db/scope';
import { jsonParam } from '../db/sql';
import { checkPlace, type Rejection } from './record-checks';

export async function applySession(
  tx: Queryable,
  scope: Scope,
  s: Session,
): Promise<Rejection | undefined> {
  const rejection = await checkPlace(tx, scope, s, 'sessions');
  if (rejection) return rejection;
  await tx.query(
    `insert into sessions (commune_code, id, village_id, session_date, start_time,
       duration_minutes, venue, kind, target_groups, topics, facilitators, vneid_activations,
       online_applications, cashless_accounts, notes, cancelled_at, created_at, updated_at)
     values ($1, $2, $3, $4::date, $5, $6, $7, $8, $9::text::jsonb, $10::text::jsonb,
       $11::text::jsonb, $12, $13, $14, $15, $16::timestamptz, $17::timestamptz, $18::timestamptz)
     on conflict (commune_code, id) do update set
       village_id = excluded.village_id, session_date = excluded.session_date,
       start_time = excluded.start_time, duration_minutes = excluded.duration_minutes,
       venue = excluded.venue, kind = excluded.kind, target_groups = excluded.target_groups,
       topics = excluded.topics, facilitators = excluded.facilitators,
       vneid_activations = excluded.vneid_activations,
       online_applications = excluded.online_applications,
       cashless_accounts = excluded.cashless_accounts, notes = excluded.notes,
       cancelled_at = excluded.cancelled_at, updated_at = excluded.updated_at,
       server_updated_at = now()
     where sessions.updated_at <= excluded.updated_at`,
    [
      scope.commune,
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
    ],
  );
  return undefined;
}
