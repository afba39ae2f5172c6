/** What applying one pushed mutation needs: the pusher's reach, the change's clock and the batch. */
import type { Scope } from '../db/scope';
import type { PushBatch } from './push-batch';

export interface ChangeContext {
  scope: Scope;
  /** The mutation's HLC, already clamped to the server's now + 5 min. */
  hlc: string;
  /** For edits: the fields changed and the clock each had when its author saw it. */
  seen?: Record<string, string | null>;
  /** What the batch loaded and what it has changed so far. */
  batch: PushBatch;
}

/** The fields a change sets: those it names (of the editable ones), or all of them. */
export function changedFields(ctx: ChangeContext, editable: readonly string[]): string[] {
  return ctx.seen ? editable.filter((f) => f in ctx.seen!) : [...editable];
}
