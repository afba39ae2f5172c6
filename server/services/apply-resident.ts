/**
 * resident.put: merged field by field by HLC, except that erasure wins forever. An erased put
 * always applies over a living row, whatever its clock (the person asked to be forgotten; an edit
 * made offline before the device heard of it must not bring the data back). A living put for an
 * erased row is ignored but answered 'ok': the device did nothing wrong and will pull the erasure.
 * An erasure also unlinks the person's feedback and learner profiles.
 */
import { mergeFields } from '../../src/core/merge';
import { activeResidentSchema, type Resident } from '../../src/core/resident';
import { unlinkedFeedback } from './apply-feedback';
import { unlinkProfilesOf } from './apply-learning';
import { type ChangeContext, changedFields } from './change-context';
import { recordConflicts } from './conflicts';
import { putResident } from './push-batch';
import { checkPlace, type Rejection } from './record-checks';

const EDITABLE = [
  'fullName',
  'birthYear',
  'sex',
  'villageId',
  'phone',
  'consent',
  'updatedAt',
] as const;

export function applyResident(ctx: ChangeContext, r: Resident): Rejection | undefined {
  const current = ctx.batch.residents.get(r.id);
  const rejection = checkPlace(ctx, r, current);
  if (rejection) return rejection;
  // Written (re-stamped) even when nothing changes, so the pusher's next pull brings it the
  // server's row.
  if (current?.record.erased) {
    putResident(ctx.batch, current);
    return undefined;
  }
  if (r.erased) {
    const clocks = Object.fromEntries(EDITABLE.map((f) => [f, ctx.hlc]));
    const createdAt = current?.record.createdAt ?? r.createdAt;
    // The later of the two times, so no later-wins comparison anywhere prefers the old data.
    const before = current?.record.updatedAt ?? '';
    const updatedAt = before > r.updatedAt ? before : r.updatedAt;
    putResident(ctx.batch, { record: { ...r, createdAt, updatedAt }, clocks });
    eraseLinkedFeedback(ctx, r.id);
    unlinkProfilesOf(ctx, r.id);
    return undefined;
  }
  const fields = current ? changedFields(ctx, EDITABLE) : EDITABLE;
  const incoming: Record<string, unknown> = r;
  const values = Object.fromEntries(fields.map((f) => [f, incoming[f]]));
  const base = current ? { values: { ...current.record }, clocks: current.clocks } : null;
  const merged = mergeFields(base, ctx.hlc, values, ctx.seen ?? {});
  const record = activeResidentSchema.safeParse({
    ...r,
    ...merged.values,
    createdAt: current?.record.createdAt ?? r.createdAt,
  });
  if (!record.success) return 'invalid_merge';
  putResident(ctx.batch, { record: record.data, clocks: merged.clocks });
  recordConflicts(ctx, 'resident', r.id, record.data.villageId, merged.conflicts);
  return undefined;
}

/** As an erasure by the administrator does: feedback keeps its counts, not the person. */
function eraseLinkedFeedback(ctx: ChangeContext, residentId: string): void {
  const { writes } = ctx.batch;
  writes.unlinkFeedbackOf.add(residentId);
  writes.feedback = writes.feedback.map((f) =>
    f.residentId === residentId ? unlinkedFeedback(f) : f,
  );
}
