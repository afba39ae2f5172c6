/** Valid learning records (src/core/learning.ts) and their push ops, for server tests. */
import { randomBytes } from 'node:crypto';
import type { createApp } from '../../server/app';
import { newId } from '../../src/core/ids';
import {
  type Attempt,
  type Completion,
  type LearnerProfile,
  newCertificateCode,
  type ProfileLink,
  profileCodeOf,
} from '../../src/core/learning';
import { COMMUNE, consent, isoAgo, jsonPost, type Op } from './factories';

export function profile(over: Partial<LearnerProfile> = {}): LearnerProfile {
  const now = isoAgo();
  return {
    id: newId(),
    communeCode: COMMUNE,
    villageId: 'nhan-bau',
    birthYear: 1962,
    createdAt: now,
    updatedAt: now,
    ...over,
  };
}

export function attempt(p: LearnerProfile, over: Partial<Attempt> = {}): Attempt {
  return {
    id: newId(),
    communeCode: p.communeCode,
    profileId: p.id,
    moduleCode: 'M01',
    moduleVersion: 1,
    lessonId: 'l1',
    answers: { q1: 0, q2: [1, 2], q3: true },
    correct: 3,
    total: 3,
    passed: true,
    at: isoAgo(),
    ...over,
  };
}

export const certificateCode = (): string => newCertificateCode((n) => randomBytes(n));

export function completion(p: LearnerProfile, over: Partial<Completion> = {}): Completion {
  return {
    communeCode: p.communeCode,
    profileId: p.id,
    moduleCode: 'M01',
    moduleVersion: 1,
    completedAt: isoAgo(),
    code: certificateCode(),
    ...over,
  };
}

export function link(
  p: LearnerProfile,
  residentId: string,
  over: Partial<ProfileLink> = {},
): ProfileLink {
  return {
    communeCode: p.communeCode,
    profileCode: profileCodeOf(p.id),
    residentId,
    consent: consent(),
    linkedAt: isoAgo(),
    ...over,
  };
}

export const putProfile = (args: LearnerProfile): Op => ({ name: 'profile.put', args });
export const addAttempt = (args: Attempt): Op => ({ name: 'attempt.add', args });
export const addCompletion = (args: Completion): Op => ({ name: 'completion.add', args });
export const linkProfile = (args: ProfileLink): Op => ({ name: 'profile.link', args });

/** A learner device token for `commune`, as a family phone gets one. */
export async function learnerToken(
  app: ReturnType<typeof createApp>,
  commune = COMMUNE,
): Promise<string> {
  const res = await app.request('/api/auth/learner', jsonPost({ communeCode: commune }));
  return ((await res.json()) as { accessToken: string }).accessToken;
}
