/**
 * A learner's progress: quiz attempts (append-only: every try is kept), the module completion
 * (monotonic: recorded once, the first time every lesson's quiz is passed, never undone) and the
 * lesson they stopped at. Each attempt and completion is queued for the server in the same
 * transaction, so the commune's figures count exactly what the phone shows.
 */
import type { Question } from '../core/content';
import type { ModuleCode } from '../core/curriculum';
import { newId } from '../core/ids';
import {
  type Attempt,
  type Completion,
  gradeQuiz,
  newCertificateCode,
  type QuizAnswer,
} from '../core/learning';
import { db } from './db';
import type { LessonPlace, LocalProfile } from './learning-types';
import { enqueue, outboxTables } from './outbox';

export interface ModuleProgress {
  /** Lessons whose quiz this learner has passed at least once. */
  passed: Set<string>;
  completion: Completion | null;
}

export interface AttemptInput {
  profile: LocalProfile;
  moduleCode: ModuleCode;
  moduleVersion: number;
  lessonId: string;
  quiz: Question[];
  answers: Record<string, QuizAnswer>;
  /** All the module's lesson ids: the module is complete when each has a passed quiz. */
  lessonIds: string[];
}

/** Saves a finished quiz; answers the attempt and, when it completed the module, the completion. */
export async function recordAttempt(
  input: AttemptInput,
): Promise<{ attempt: Attempt; completion: Completion | null }> {
  const { profile, moduleCode } = input;
  const now = new Date().toISOString();
  const attempt: Attempt = {
    id: newId(),
    communeCode: profile.communeCode,
    profileId: profile.id,
    moduleCode,
    moduleVersion: input.moduleVersion,
    lessonId: input.lessonId,
    answers: input.answers,
    ...gradeQuiz(input.quiz, input.answers),
    at: now,
  };
  return db.transaction('rw', [db.attempts, db.completions, ...outboxTables()], async () => {
    await db.attempts.add(attempt);
    await enqueue({ name: 'attempt.add', args: attempt }, attempt.id);
    const key: [string, string] = [profile.id, moduleCode];
    if (!attempt.passed || (await db.completions.get(key))) return { attempt, completion: null };
    const { passed } = await progressIn(profile.id, moduleCode);
    if (!input.lessonIds.every((id) => passed.has(id))) return { attempt, completion: null };
    const completion: Completion = {
      communeCode: profile.communeCode,
      profileId: profile.id,
      moduleCode,
      moduleVersion: input.moduleVersion,
      completedAt: now,
      code: newCertificateCode((n) => crypto.getRandomValues(new Uint8Array(n))),
    };
    await db.completions.add(completion);
    await enqueue({ name: 'completion.add', args: completion }, `${profile.id}/${moduleCode}`);
    return { attempt, completion };
  });
}

async function progressIn(profileId: string, moduleCode: ModuleCode): Promise<ModuleProgress> {
  const attempts = await db.attempts.where({ profileId, moduleCode }).toArray();
  return {
    passed: new Set(attempts.filter((a) => a.passed).map((a) => a.lessonId)),
    completion: (await db.completions.get([profileId, moduleCode])) ?? null,
  };
}

/** Every module this learner has started, by code. */
export async function progressOf(profileId: string): Promise<Map<ModuleCode, ModuleProgress>> {
  const out = new Map<ModuleCode, ModuleProgress>();
  const entry = (code: ModuleCode) => {
    const p = out.get(code) ?? { passed: new Set<string>(), completion: null };
    out.set(code, p);
    return p;
  };
  for (const a of await db.attempts
    .where('[profileId+moduleCode]')
    .between([profileId, ''], [profileId, '\uffff'])
    .toArray())
    if (a.passed) entry(a.moduleCode).passed.add(a.lessonId);
  for (const c of await db.completions.where('profileId').equals(profileId).toArray())
    entry(c.moduleCode).completion = c;
  return out;
}

export function moduleProgress(profileId: string, moduleCode: ModuleCode): Promise<ModuleProgress> {
  return progressIn(profileId, moduleCode);
}

export async function completionOf(
  profileId: string,
  moduleCode: ModuleCode,
): Promise<Completion | null> {
  return (await db.completions.get([profileId, moduleCode])) ?? null;
}

/** Remembers the lesson a learner is reading, to bring them back to it. */
export async function savePlace(
  profileId: string,
  moduleCode: ModuleCode,
  lessonId: string,
): Promise<void> {
  await db.lessonPlaces.put({ profileId, moduleCode, lessonId, at: new Date().toISOString() });
}

export async function placeIn(
  profileId: string,
  moduleCode: ModuleCode,
): Promise<LessonPlace | null> {
  return (await db.lessonPlaces.get([profileId, moduleCode])) ?? null;
}

/** The lesson this learner read last, in any module (the "Học tiếp" card). */
export async function lastPlace(profileId: string): Promise<LessonPlace | null> {
  const places = await db.lessonPlaces.filter((p) => p.profileId === profileId).toArray();
  return places.sort((a, b) => b.at.localeCompare(a.at))[0] ?? null;
}
