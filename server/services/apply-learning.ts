/**
 * The learning mutations (src/core/learning.ts). A learner's phone has no villages: its records
 * only have to name a village of its commune (or none). The rules:
 * - profile.put: the whole record, last writer wins by the change's clock; never touches the link;
 * - attempt.add: append-only, the first row under an id is final; its profile must be known;
 * - completion.add: monotonic, the first completion of a module by a profile is kept forever (a
 *   later one is answered ok and changes nothing); its certificate code must be the commune's only;
 * - profile.link: staff only, within their villages; names the profile by the code its phone shows,
 *   which must match exactly one profile of the commune, and a resident not erased.
 */
import {
  type Attempt,
  type Completion,
  type LearnerProfile,
  type ProfileLink,
  profileCodeOf,
} from '../../src/core/learning';
import type { MutationName } from '../../src/core/wire';
import { scopeHasVillage } from '../db/scope';
import type { ChangeContext } from './change-context';
import { completionKey, putProfile } from './push-batch';
import type { Rejection } from './record-checks';

/** What a learner's device may push: its own profiles' records, never a link or a field record. */
export const LEARNER_MUTATIONS: ReadonlySet<MutationName> = new Set([
  'profile.put',
  'attempt.add',
  'completion.add',
]);

function checkCommune({ scope }: ChangeContext, r: { communeCode: string }): Rejection | undefined {
  return r.communeCode === scope.commune ? undefined : 'wrong_commune';
}

/** The profile is on the server, or put earlier in the batch. */
function checkProfile({ batch }: ChangeContext, profileId: string): Rejection | undefined {
  return batch.profiles.has(profileId) ? undefined : 'unknown_profile';
}

export function applyProfile(ctx: ChangeContext, p: LearnerProfile): Rejection | undefined {
  const rejection = checkCommune(ctx, p);
  if (rejection) return rejection;
  if (p.villageId !== null && !ctx.batch.villages.has(p.villageId)) return 'unknown_village';
  const current = ctx.batch.profiles.get(p.id);
  // A later put is already stored (or this one again): it stays.
  if (current && current.hlc >= ctx.hlc) return undefined;
  putProfile(ctx.batch, {
    ...p,
    createdAt: current?.createdAt ?? p.createdAt,
    residentId: current?.residentId ?? null,
    consent: current?.consent ?? null,
    linkedAt: current?.linkedAt ?? null,
    hlc: ctx.hlc,
  });
  return undefined;
}

export function applyAttempt(ctx: ChangeContext, a: Attempt): Rejection | undefined {
  const rejection = checkCommune(ctx, a) ?? checkProfile(ctx, a.profileId);
  if (rejection) return rejection;
  const { batch } = ctx;
  if (batch.attemptIds.has(a.id)) return undefined;
  batch.attemptIds.add(a.id);
  batch.writes.attempts.push(a);
  return undefined;
}

export function applyCompletion(ctx: ChangeContext, c: Completion): Rejection | undefined {
  const rejection = checkCommune(ctx, c) ?? checkProfile(ctx, c.profileId);
  if (rejection) return rejection;
  const { batch } = ctx;
  const key = completionKey(c);
  if (batch.completions.has(key)) return undefined;
  // 31^8 codes make a clash unlikely, but a code must name one certificate.
  if (batch.certificateCodes.has(c.code)) return 'duplicate_code';
  batch.completions.add(key);
  batch.certificateCodes.add(c.code);
  batch.writes.completions.push(c);
  return undefined;
}

export function applyLink(ctx: ChangeContext, l: ProfileLink): Rejection | undefined {
  const rejection = checkCommune(ctx, l);
  if (rejection) return rejection;
  const resident = ctx.batch.residentPlaces.get(l.residentId);
  if (!resident || resident.erased) return 'unknown_resident';
  if (!scopeHasVillage(ctx.scope, resident.villageId)) return 'forbidden_village';
  const matches = [...ctx.batch.profiles.values()].filter(
    (p) => profileCodeOf(p.id) === l.profileCode,
  );
  if (matches.length === 0) return 'unknown_profile';
  if (matches.length > 1) return 'ambiguous_profile';
  // A later link replaces an earlier one: a volunteer corrects a wrong link by linking again.
  const profile = matches[0]!;
  putProfile(ctx.batch, {
    ...profile,
    residentId: l.residentId,
    consent: l.consent,
    linkedAt: l.linkedAt,
  });
  return undefined;
}

/** An erasure: the person's profiles lose the link and the consent, and keep counting anonymously. */
export function unlinkProfilesOf(ctx: ChangeContext, residentId: string): void {
  const { batch } = ctx;
  batch.writes.unlinkProfilesOf.add(residentId);
  for (const p of batch.profiles.values())
    if (p.residentId === residentId)
      putProfile(batch, { ...p, residentId: null, consent: null, linkedAt: null });
}
