/** Community feedback: append-only, stored and queued together. */
import type { Feedback, FeedbackInput } from '../core/feedback';
import { feedbackInputSchema, feedbackSchema } from '../core/feedback';
import { newId } from '../core/ids';
import { db } from './db';
import { enqueue, outboxTables } from './outbox';
import { requestPersistenceOnce } from './persist';

export async function addFeedback(communeCode: string, input: FeedbackInput): Promise<Feedback> {
  const feedback = feedbackSchema.parse({
    ...feedbackInputSchema.parse(input),
    id: newId(),
    communeCode,
    createdAt: new Date().toISOString(),
  });
  await db.transaction('rw', [db.feedback, ...outboxTables()], async () => {
    await db.feedback.add(feedback);
    await enqueue({ name: 'feedback.add', args: feedback }, feedback.id);
  });
  void requestPersistenceOnce();
  return feedback;
}

/** A session's feedback (or, with null, the standalone community-supervision feedback). */
export async function listFeedback(sessionId: string | null): Promise<Feedback[]> {
  const rows =
    sessionId === null
      ? await db.feedback.filter((f) => f.sessionId === null).toArray()
      : await db.feedback.where('sessionId').equals(sessionId).toArray();
  return rows.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}
