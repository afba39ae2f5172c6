/** Keeps same-field conflicts for review (sync_conflicts), each with its own change number. */
import { newId } from '../../src/core/ids';
import type { FieldConflict } from '../../src/core/merge';
import { jsonParam } from '../db/sql';
import type { ChangeContext } from './change-context';

export async function recordConflicts(
  ctx: ChangeContext,
  recordType: 'session' | 'resident',
  recordId: string,
  villageId: string,
  conflicts: FieldConflict[],
): Promise<void> {
  // updatedAt always differs between two edits: it is bookkeeping, not something to review.
  for (const c of conflicts.filter((c) => c.field !== 'updatedAt')) {
    await ctx.tx.query(
      `insert into sync_conflicts (commune_code, id, record_type, record_id, village_id, field,
         kept, lost, kept_hlc, lost_hlc, change_seq)
       values ($1, $2, $3, $4, $5, $6, $7::text::jsonb, $8::text::jsonb, $9, $10, $11)`,
      [
        ctx.scope.commune,
        newId(),
        recordType,
        recordId,
        villageId,
        c.field,
        jsonParam(c.kept) ?? 'null',
        jsonParam(c.lost) ?? 'null',
        c.keptHlc,
        c.lostHlc,
        await ctx.nextSeq(),
      ],
    );
  }
}
