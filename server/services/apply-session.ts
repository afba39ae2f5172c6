/**
 * session.put: merged field by field by HLC (src/core/merge.ts). A new session is stored whole;
 * for a known one only the fields the change names are merged, each keeping the later clock, and
 * a same-field conflict is kept for review. createdAt is kept from the first put.
 */
import { mergeFields } from '../../src/core/merge';
import { type Session, storedSessionSchema } from '../../src/core/session';
import { findSessionForUpdate, writeSession } from '../db/session-queries';
import type { ChangeContext } from './change-context';
import { changedFields } from './change-context';
import { recordConflicts } from './conflicts';
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

export async function applySession(ctx: ChangeContext, s: Session): Promise<Rejection | undefined> {
  const rejection = await checkPlace(ctx, s, 'sessions');
  if (rejection) return rejection;
  const current = await findSessionForUpdate(ctx.tx, ctx.scope.commune, s.id);
  const fields = current ? changedFields(ctx, EDITABLE) : EDITABLE;
  const incoming: Record<string, unknown> = s;
  const values = Object.fromEntries(fields.map((f) => [f, incoming[f]]));
  const merged = mergeFields(current ?? null, ctx.hlc, values, ctx.seen ?? {});
  const record = storedSessionSchema.parse({
    ...s,
    ...merged.values,
    createdAt: current?.values.createdAt ?? s.createdAt,
  });
  // The merged record must still be a valid session (a meeting may lack topics, a class not).
  if (record.kind !== 'team_meeting' && record.topics.length === 0) return 'invalid_merge';
  // Re-stamped even when the change lost every field, so the pusher's next pull brings it the
  // server's row (the device keeps its own version only while its change is unacknowledged).
  await writeSession(ctx.tx, record, merged.clocks, await ctx.nextSeq());
  ctx.lookups.remember('sessions', record.id, record.villageId);
  await recordConflicts(ctx, 'session', record.id, record.villageId, merged.conflicts);
  return undefined;
}
