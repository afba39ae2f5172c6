/**
 * feedback.add: append-only. The first row stored under an id is final; a replay, or another
 * record reusing the id, changes nothing and is answered 'ok'. A linked session or resident must
 * already be on the server.
 */
import type { Feedback } from '../../src/core/feedback';
import type { ChangeContext } from './change-context';
import { checkPlace, checkResident, checkSession, type Rejection } from './record-checks';

function checkLinks(ctx: ChangeContext, f: Feedback): Rejection | undefined {
  return (
    checkPlace(ctx, f) ??
    (f.sessionId === null ? undefined : checkSession(ctx, f.sessionId)) ??
    (f.residentId === null ? undefined : checkResident(ctx, f.residentId))
  );
}

/** What an erasure leaves of feedback linked to the person: the counts, not them or their words. */
export const unlinkedFeedback = (f: Feedback): Feedback => ({
  ...f,
  residentId: null,
  consent: null,
  helped: '',
  hard: '',
  text: '',
});

export function applyFeedback(ctx: ChangeContext, f: Feedback): Rejection | undefined {
  const rejection = checkLinks(ctx, f);
  if (rejection) return rejection;
  const { batch } = ctx;
  // The first row under an id is final; a repeat (a replay, a backup copy, two phones at once)
  // only re-stamps it, so a phone that kept its own copy while it waited pulls the stored one.
  if (batch.feedbackIds.has(f.id)) {
    batch.writes.restamps.push({ table: 'feedback', id: f.id });
    return undefined;
  }
  batch.feedbackIds.add(f.id);
  // A device that had not yet heard of an erasure may link feedback to the erased person: it is
  // kept for the counts, as the erasure left the rest.
  const erased = f.residentId !== null && batch.residentPlaces.get(f.residentId)?.erased;
  batch.writes.feedback.push(erased ? unlinkedFeedback(f) : f);
  return undefined;
}
