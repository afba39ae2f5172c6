/**
 * session.put: merged field by field by HLC (src/core/merge.ts). A new session is stored whole;
 * for a known one only the fields the change names are merged, each keeping the later clock, and
 * a same-field conflict is kept for review. createdAt is kept from the first put.
 */
import { mergeFields } from '../../src/core/merge';
import { type Session, storedSessionSchema } from '../../src/core/session';
import type { ChangeContext } from './change-context';
import { changedFields } from './change-context';
import { recordConflicts } from './conflicts';
import { putSession } from './push-batch';
import { checkPlace, type Rejection } from './record-checks';

const EDITABLE = [
  'date',
  'startTime',
  'durationMinutes',
  'villageId',
  'venue',
  'kind',
  'targetGroups',
  'topics',
  'facilitators',
  'vneidActivations',
  'onlineApplications',
  'cashlessAccounts',
  'notes',
  'cancelledAt',
  'updatedAt',
] as const;

export function applySession(ctx: ChangeContext, s: Session): Rejection | undefined {
  const current = ctx.batch.sessions.get(s.id);
  const rejection = checkPlace(ctx, s, current);
  if (rejection) return rejection;
  const fields = current ? changedFields(ctx, EDITABLE) : EDITABLE;
  const incoming: Record<string, unknown> = s;
  const values = Object.fromEntries(fields.map((f) => [f, incoming[f]]));
  const base = current ? { values: current.record, clocks: current.clocks } : null;
  const merged = mergeFields(base, ctx.hlc, values, ctx.seen ?? {});
  const record = storedSessionSchema.parse({
    ...s,
    ...merged.values,
    createdAt: current?.record.createdAt ?? s.createdAt,
  });
  // The merged record must still be a valid session (a meeting may lack topics, a class not).
  if (record.kind !== 'team_meeting' && record.topics.length === 0) return 'invalid_merge';
  // Written (re-stamped) even when the change lost every field, so the pusher's next pull brings
  // it the server's row (the device keeps its own version only while its change is unacknowledged).
  putSession(ctx.batch, { record, clocks: merged.clocks });
  recordConflicts(ctx, 'session', record.id, record.villageId, merged.conflicts);
  return undefined;
}
