/**
 * feedback.add: append-only. The first row stored under an id is final; a replay, or another
 * record reusing the id, changes nothing and is answered 'ok'. A linked session or resident must
 * already be on the server.
 */
import type { Feedback } from '../../src/core/feedback';
import { unlinkResidentFeedback } from '../db/admin-resident-queries';
import type { Queryable } from '../db/executor';
import type { Scope } from '../db/scope';
import { jsonParam } from '../db/sql';
import type { ChangeContext } from './change-context';
import { checkPlace, checkResident, checkSession, type Rejection } from './record-checks';

async function checkLinks(ctx: ChangeContext, f: Feedback): Promise<Rejection | undefined> {
  return (
    (await checkPlace(ctx, f)) ??
    (f.sessionId === null ? undefined : await checkSession(ctx, f.sessionId)) ??
    (f.residentId === null ? undefined : await checkResident(ctx, f.residentId))
  );
}

export async function applyFeedback(
  ctx: ChangeContext,
  f: Feedback,
): Promise<Rejection | undefined> {
  const { tx, scope } = ctx;
  const rejection = await checkLinks(ctx, f);
  if (rejection) return rejection;
  await insertFeedback(ctx, f);
  // A device that had not yet heard of an erasure may link feedback to the erased person: it is
  // kept for the counts, without the link, the consent or the words, as the erasure left the rest.
  if (f.residentId !== null && (await isErased(tx, scope, f.residentId))) {
    await unlinkResidentFeedback(tx, scope.commune, f.residentId);
  }
  return undefined;
}

async function isErased(tx: Queryable, scope: Scope, residentId: string): Promise<boolean> {
  const [row] = await tx.query<{ erased: boolean }>(
    'select erased from residents where commune_code = $1 and id = $2',
    [scope.commune, residentId],
  );
  return row?.erased === true;
}

async function insertFeedback({ tx, scope, nextSeq }: ChangeContext, f: Feedback): Promise<void> {
  // The first row under an id is final; a repeat (a replay, a backup copy, two phones at once)
  // only re-stamps it, so a phone that kept its own copy while it waited pulls the stored one.
  const inserted = await tx.query(
    `insert into feedback (commune_code, id, session_id, village_id, rating, helped, hard, tags,
       text, by_resident, resident_id, consent, created_at, change_seq)
     values ($1, $2, $3, $4, $5, $6, $7, $8::text::jsonb, $9, $10, $11, $12::text::jsonb,
       $13::timestamptz, $14)
     on conflict (commune_code, id) do nothing returning id`,
    [
      scope.commune,
      f.id,
      f.sessionId,
      f.villageId,
      f.rating,
      f.helped,
      f.hard,
      jsonParam(f.tags),
      f.text,
      f.byResident,
      f.residentId,
      jsonParam(f.consent),
      f.createdAt,
      await nextSeq(),
    ],
  );
  if (inserted.length === 0) {
    await tx.query('update feedback set change_seq = $3 where commune_code = $1 and id = $2', [
      scope.commune,
      f.id,
      await nextSeq(),
    ]);
  }
}
