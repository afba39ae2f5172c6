/**
 * Builds a pull: the changes after the device's cursor within the caller's scope, in change-number
 * order, one page at a time. Each kind of row is read up to limit+1 past the cursor (and never past
 * the commune's committed horizon); the page is the
 * first `limit` numbers of all of them together, so no row is passed over, and the cursor returned
 * is the last number in the page (or, for an empty page, where the device already was).
 *
 * The cursor is "<number>.<scope key>": a volunteer whose villages changed gets the whole scope
 * again from the beginning (reset), instead of missing the rows of a newly assigned village.
 * `since` narrows the pull to a time window (sessions from that day on, their attendance, feedback
 * given since; residents and conflicts always): a phone with little storage or data asks only for
 * the recent months. A change of window also starts again.
 */
import { createHash } from 'node:crypto';
import type { PullResponse } from '../../src/core/wire';
import type { Queryable } from '../db/executor';
import { attendanceChangedAfter, conflictsAfter, feedbackChangedAfter } from '../db/record-queries';
import { residentsChangedAfter } from '../db/resident-queries';
import type { Scope } from '../db/scope';
import { sessionsChangedAfter } from '../db/session-queries';

export const PULL_PAGE = 1000;

const scopeKey = (scope: Scope) =>
  scope.villages === 'all'
    ? 'all'
    : createHash('sha256')
        .update(JSON.stringify([...scope.villages].sort()))
        .digest('hex')
        .slice(0, 8);

function parseCursor(cursor: string | undefined, key: string): { after: number; reset: boolean } {
  if (!cursor) return { after: -1, reset: false };
  const [n, k] = cursor.split('.');
  const after = Number(n);
  if (k !== key || !Number.isSafeInteger(after)) return { after: -1, reset: true };
  return { after, reset: false };
}

async function committedHorizon(db: Queryable, commune: string): Promise<number> {
  const [row] = await db.query<{ seq: string }>(
    'select last_seq::text as seq from commune_changes where commune_code = $1',
    [commune],
  );
  return Number(row?.seq ?? 0);
}

export async function buildPull(
  db: Queryable,
  scope: Scope,
  cursor: string | undefined,
  opts: { limit?: number; since?: string } = {},
): Promise<PullResponse> {
  const limit = opts.limit ?? PULL_PAGE;
  const since = opts.since ?? null;
  // A window is part of what the cursor stands for: a device that widens it starts again.
  const key = since ? `${scopeKey(scope)}~${since}` : scopeKey(scope);
  const { after, reset } = parseCursor(cursor, key);
  // Every number up to the horizon is committed (numbers commit in order), so reading each kind
  // of row up to it gives one consistent page even though the five reads see different moments.
  const horizon = await committedHorizon(db, scope.commune);
  const read = [after, horizon, limit + 1] as const;
  const [sessions, residents, attendance, feedback, conflicts] = await Promise.all([
    sessionsChangedAfter(db, scope, ...read, since),
    residentsChangedAfter(db, scope, ...read),
    attendanceChangedAfter(db, scope, ...read, since),
    feedbackChangedAfter(db, scope, ...read, since),
    conflictsAfter(db, scope, ...read),
  ]);
  const numbers = [
    ...sessions.map((r) => Number(r.changeSeq)),
    ...residents.map((r) => r.changeSeq),
    ...attendance.map((r) => Number(r.changeSeq)),
    ...feedback.map((r) => Number(r.changeSeq)),
    ...conflicts.map((r) => Number(r.changeSeq)),
  ].sort((a, b) => a - b);
  const more = numbers.length > limit;
  const last = more ? numbers[limit - 1]! : (numbers.at(-1) ?? after);
  const upTo = <T>(rows: T[], seq: (r: T) => number) => rows.filter((r) => seq(r) <= last);
  return {
    serverTime: new Date().toISOString(),
    cursor: `${last}.${key}`,
    more,
    reset,
    sessions: upTo(sessions, (r) => Number(r.changeSeq)).map(
      ({ clocks, changeSeq: _, ...record }) => ({
        record,
        clocks,
      }),
    ),
    residents: upTo(residents, (r) => r.changeSeq).map(({ record, clocks }) => ({
      record,
      clocks,
    })),
    attendance: upTo(attendance, (r) => Number(r.changeSeq)).map(({ changeSeq: _, ...a }) => a),
    feedback: upTo(feedback, (r) => Number(r.changeSeq)).map(({ changeSeq: _, ...f }) => f),
    conflicts: upTo(conflicts, (r) => Number(r.changeSeq)).map(({ changeSeq: _, ...c }) => c),
  };
}
