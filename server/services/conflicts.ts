/** Keeps same-field conflicts for review (sync_conflicts), written with the batch. */
import type { FieldConflict } from '../../src/core/merge';
import type { ChangeContext } from './change-context';

export function recordConflicts(
  ctx: ChangeContext,
  recordType: 'session' | 'resident',
  recordId: string,
  villageId: string,
  conflicts: FieldConflict[],
): void {
  // updatedAt always differs between two edits: it is bookkeeping, not something to review.
  for (const c of conflicts.filter((c) => c.field !== 'updatedAt'))
    ctx.batch.writes.conflicts.push({ ...c, recordType, recordId, villageId });
}
