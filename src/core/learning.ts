/**
 * Self-paced learning records, shared by the phone and the server. A learner profile lives on a
 * shared family phone: its name and PIN never leave it; the server gets only what the commune's
 * counts need (village, birth year) and, once a volunteer links it with consent, the roster
 * resident it is. Quiz attempts are append-only; a module's completion is monotonic (the first one
 * is kept) and carries a short code the server can verify.
 */
import { z } from 'zod/mini';
import type { Question } from './content';
import { MODULE_CODES } from './curriculum';
import { communeCode, isoDateTime, villageId } from './fields';
import { consentSchema } from './resident';

/** A lesson's quiz is passed at 80% (retry allowed). */
export const PASS_MARK = 0.8;

const birthYear = z.int().check(z.minimum(1900), z.maximum(2100));
const moduleCode = z.enum(MODULE_CODES);
const lessonId = z.string().check(z.regex(/^l[1-9]\d?$/));
const questionId = z.string().check(z.regex(/^q[1-9]\d?$/));

/** What the server stores of a profile (no name, no PIN). */
export const learnerProfileSchema = z.object({
  id: z.uuid(),
  communeCode,
  villageId: z.nullable(villageId),
  birthYear: z.nullable(birthYear),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type LearnerProfile = z.infer<typeof learnerProfileSchema>;

/** single: option index; multiple: option indexes; truefalse: the boolean; order: step indexes. */
export const quizAnswerSchema = z.union([
  z.int().check(z.minimum(0), z.maximum(9)),
  z.array(z.int().check(z.minimum(0), z.maximum(9))).check(z.maxLength(10)),
  z.boolean(),
]);
export type QuizAnswer = z.infer<typeof quizAnswerSchema>;

export const attemptSchema = z.object({
  id: z.uuid(),
  communeCode,
  profileId: z.uuid(),
  moduleCode,
  moduleVersion: z.int().check(z.minimum(1)),
  lessonId,
  answers: z.record(questionId, quizAnswerSchema),
  correct: z.int().check(z.minimum(0), z.maximum(10)),
  total: z.int().check(z.minimum(1), z.maximum(10)),
  passed: z.boolean(),
  at: isoDateTime,
});
export type Attempt = z.infer<typeof attemptSchema>;

/** A certificate's verification code: 8 characters without look-alikes (no 0/O, 1/I/L). */
export const CERTIFICATE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const certificateCodeSchema = z
  .string()
  .check(z.regex(new RegExp(`^[${CERTIFICATE_ALPHABET}]{8}$`)));

export const completionSchema = z.object({
  communeCode,
  profileId: z.uuid(),
  moduleCode,
  moduleVersion: z.int().check(z.minimum(1)),
  completedAt: isoDateTime,
  code: certificateCodeSchema,
});
export type Completion = z.infer<typeof completionSchema>;

/**
 * A volunteer links a profile, named by the code its phone shows (profileCode), to a roster
 * resident with that resident's consent, so the resident's completions count in the figures.
 */
export const profileLinkSchema = z.object({
  communeCode,
  profileCode: z.string().check(z.regex(/^[0-9A-F]{8}$/)),
  residentId: z.uuid(),
  consent: consentSchema,
  linkedAt: isoDateTime,
});
export type ProfileLink = z.infer<typeof profileLinkSchema>;

/** The code a profile's phone shows for linking: the last 8 hex digits of its id, upper case. */
export const profileCodeOf = (profileId: string): string =>
  profileId.replace(/-/g, '').slice(-8).toUpperCase();

/** Shows "7KQ29XMA" as "7KQ2 9XMA", easier to read aloud and type. */
export const groupCode = (code: string): string => `${code.slice(0, 4)} ${code.slice(4)}`;

/** A fresh certificate code from `random` (crypto.getRandomValues on the phone). */
export function newCertificateCode(random: (n: number) => Uint8Array): string {
  return [...random(8)].map((b) => CERTIFICATE_ALPHABET[b % CERTIFICATE_ALPHABET.length]).join('');
}

/** Whether `answer` is right for `q`; an answer of the wrong shape is simply wrong. */
export function isCorrect(q: Question, answer: QuizAnswer | undefined): boolean {
  switch (q.kind) {
    case 'single':
      return typeof answer === 'number' && q.options[answer]?.correct === true;
    case 'multiple': {
      if (!Array.isArray(answer)) return false;
      const chosen = new Set(answer);
      return q.options.every((o, i) => o.correct === chosen.has(i));
    }
    case 'truefalse':
      return answer === q.answer;
    case 'order':
      return (
        Array.isArray(answer) &&
        answer.length === q.steps.length &&
        answer.every((step, i) => step === i)
      );
  }
}

/** The score of a whole quiz and whether it reaches the pass mark. */
export function gradeQuiz(
  quiz: Question[],
  answers: Record<string, QuizAnswer>,
): { correct: number; total: number; passed: boolean } {
  const correct = quiz.filter((q) => isCorrect(q, answers[q.id])).length;
  return { correct, total: quiz.length, passed: correct / quiz.length >= PASS_MARK };
}
