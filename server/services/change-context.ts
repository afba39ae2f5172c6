/** What applying one pushed mutation needs: the transaction, the pusher's reach and the change's clock. */
import type { Queryable } from '../db/executor';
import type { Scope } from '../db/scope';
import type { PushLookups } from './push-lookups';

export interface ChangeContext {
  tx: Queryable;
  scope: Scope;
  /** The mutation's HLC, already clamped to the server's now + 5 min. */
  hlc: string;
  /** For edits: the fields changed and the clock each had when its author saw it. */
  seen?: Record<string, string | null>;
  /** The next change number of the commune (see server/db/changes.ts). */
  nextSeq: () => Promise<number>;
  /** What this push already looked up: villages, and where its sessions and residents are. */
  lookups: PushLookups;
}

/** The fields a change sets: those it names (of the editable ones), or all of them. */
export function changedFields(ctx: ChangeContext, editable: readonly string[]): string[] {
  return ctx.seen ? editable.filter((f) => f in ctx.seen!) : [...editable];
}
