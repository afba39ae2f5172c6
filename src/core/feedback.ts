/**
 * Community feedback (góp ý; giám sát cộng đồng when standalone): append-only, anonymous by default,
 * linked to a resident only with that resident's consent.
 */
import { z } from 'zod/mini';
import { communeCode, freeText, isoDateTime, villageId } from './fields';
import { consentSchema } from './resident';

export const FEEDBACK_TAGS = [
  'weak_network',
  'no_smartphone',
  'forgot_password',
  'scam_worry',
  'needs_another_session',
  'other',
] as const;
export type FeedbackTag = (typeof FEEDBACK_TAGS)[number];

const feedbackFields = z.object({
  sessionId: z.nullable(z.uuid()),
  villageId,
  rating: z.int().check(z.minimum(1), z.maximum(5)),
  helped: freeText(500),
  hard: freeText(500),
  tags: z
    .array(z.enum(FEEDBACK_TAGS))
    .check(z.refine((xs) => new Set(xs).size === xs.length, 'duplicate')),
  text: freeText(2000),
  /** Given in "resident mode", on the phone handed to the resident. */
  byResident: z.boolean(),
  residentId: z.nullable(z.uuid()),
  consent: z.nullable(consentSchema),
});

const consentWhenLinked = z.refine<{ residentId: string | null; consent: unknown }>(
  (f) => f.residentId === null || f.consent !== null,
  { message: 'required', path: ['consent'] },
);

export const feedbackInputSchema = feedbackFields.check(consentWhenLinked);
export type FeedbackInput = z.infer<typeof feedbackInputSchema>;

export const feedbackSchema = z
  .extend(feedbackFields, { id: z.uuid(), communeCode, createdAt: isoDateTime })
  .check(consentWhenLinked);
export type Feedback = z.infer<typeof feedbackSchema>;
