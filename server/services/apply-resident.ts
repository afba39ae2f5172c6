/**
 * resident.put: merged field by field by HLC, except that erasure wins forever. An erased put
 * always applies over a living row, whatever its clock (the person asked to be forgotten; an edit
 * made offline before the device heard of it must not bring the data back). A living put for an
 * erased row is ignored but answered 'ok': the device did nothing wrong and will pull the erasure.
 */
import { mergeFields } from '../../src/core/merge';
import { activeResidentSchema, type Resident } from '../../src/core/resident';
import { unlinkResidentFeedback } from '../db/admin-resident-queries';
import { findResidentForUpdate, writeResident } from '../db/resident-queries';
import { type ChangeContext, changedFields } from './change-context';
import { recordConflicts } from './conflicts';
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

export async function applyResident(
  ctx: ChangeContext,
  r: Resident,
): Promise<Rejection | undefined> {
  const rejection = await checkPlace(ctx, r, 'residents');
  if (rejection) return rejection;
  const current = await findResidentForUpdate(ctx.tx, ctx.scope.commune, r.id);
  const seq = ctx.nextSeq;
  // Re-stamped even when nothing changes, so the pusher's next pull brings it the server's row.
  if (current?.resident.erased) {
    await writeResident(ctx.tx, current.resident, current.clocks, await seq());
    return undefined;
  }
  if (r.erased) {
    const clocks = Object.fromEntries(EDITABLE.map((f) => [f, ctx.hlc]));
    const createdAt = current?.resident.createdAt ?? r.createdAt;
    // The later of the two times, so no later-wins comparison anywhere prefers the old data.
    const before = current?.resident.updatedAt ?? '';
    const updatedAt = before > r.updatedAt ? before : r.updatedAt;
    await writeResident(ctx.tx, { ...r, createdAt, updatedAt }, clocks, await seq());
    ctx.lookups.remember('residents', r.id, r.villageId);
    // As an erasure by the administrator does: feedback keeps its counts, not the person.
    await unlinkResidentFeedback(ctx.tx, ctx.scope.commune, r.id);
    return undefined;
  }
  const fields = current ? changedFields(ctx, EDITABLE) : EDITABLE;
  const incoming: Record<string, unknown> = r;
  const values = Object.fromEntries(fields.map((f) => [f, incoming[f]]));
  const base = current ? { values: { ...current.resident }, clocks: current.clocks } : null;
  const merged = mergeFields(base, ctx.hlc, values, ctx.seen ?? {});
  const record = activeResidentSchema.safeParse({
    ...r,
    ...merged.values,
    createdAt: current?.resident.createdAt ?? r.createdAt,
  });
  if (!record.success) return 'invalid_merge';
  await writeResident(ctx.tx, record.data, merged.clocks, await seq());
  ctx.lookups.remember('residents', r.id, record.data.villageId);
  await recordConflicts(ctx, 'resident', r.id, record.data.villageId, merged.conflicts);
  return undefined;
}
