/**
 * How concurrent edits merge, the same code on every device and on the server. Editable records
 * (sessions, residents) merge field by field: each field keeps the value of the change with the
 * latest HLC. A change carries, for each field it sets, the clock of the value its author had seen;
 * when that is not the field's current clock, two people changed the same field without seeing each
 * other's change, and if their values differ the losing one is reported as a conflict to review
 * (it is not silently dropped). Attendance is one state per (session, resident), latest HLC wins;
 * feedback is append-only.
 */

export type Clocks = Record<string, string>;

/** A stored editable record with the clock of each of its fields. */
export interface Clocked<T> {
  record: T;
  clocks: Clocks;
}

export interface FieldConflict {
  field: string;
  kept: unknown;
  keptHlc: string;
  lost: unknown;
  lostHlc: string;
}

export interface MergeResult {
  values: Record<string, unknown>;
  clocks: Clocks;
  /** Fields whose value or clock changed. */
  applied: string[];
  conflicts: FieldConflict[];
}

import { originNode } from './hlc';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Merges a change (`hlc`, the new `values` of some fields, and the clock each field had when its
 * author saw it — null for a field never synced) into the current record (null when new).
 */
export function mergeFields(
  current: { values: Record<string, unknown>; clocks: Clocks } | null,
  hlc: string,
  values: Record<string, unknown>,
  seen: Record<string, string | null>,
): MergeResult {
  const out = { ...(current?.values ?? {}) };
  const clocks = { ...(current?.clocks ?? {}) };
  const applied: string[] = [];
  const conflicts: FieldConflict[] = [];
  for (const [field, value] of Object.entries(values)) {
    const clock = clocks[field] ?? '';
    // One device's changes never conflict with each other: it saw its own earlier change.
    const concurrent =
      current !== null &&
      clock !== '' &&
      (seen[field] ?? null) !== clock &&
      originNode(clock) !== originNode(hlc);
    const differs = !same(out[field], value);
    if (hlc > clock) {
      if (concurrent && differs)
        conflicts.push({ field, kept: value, keptHlc: hlc, lost: out[field], lostHlc: clock });
      if (differs || clock !== hlc) applied.push(field);
      out[field] = value;
      clocks[field] = hlc;
    } else if (hlc < clock && concurrent && differs) {
      conflicts.push({ field, kept: out[field], keptHlc: clock, lost: value, lostHlc: hlc });
    }
  }
  return { values: out, clocks, applied, conflicts };
}
