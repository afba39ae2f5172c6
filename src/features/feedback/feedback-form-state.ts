/** Feedback form state, shared by the volunteer's form and resident mode. */

import type { FeedbackTag } from '../../core/feedback';
import { CONSENT_VERSION } from '../../core/resident';

export interface FeedbackFormState {
  villageId: string;
  rating: number;
  helped: string;
  hard: string;
  tags: FeedbackTag[];
  text: string;
  /** Anonymous unless the volunteer links a resident who consents. */
  anonymous: boolean;
  residentId: string;
  consentGiven: boolean;
}

export const emptyFeedbackForm = (villageId: string): FeedbackFormState => ({
  villageId,
  rating: 0,
  helped: '',
  hard: '',
  tags: [],
  text: '',
  anonymous: true,
  residentId: '',
  consentGiven: false,
});

/** The value to validate; `collectedBy` is the volunteer recording a linked resident's consent. */
export function formToFeedbackInput(
  f: FeedbackFormState,
  sessionId: string | null,
  byResident: boolean,
  collectedBy: string | null,
) {
  const linked = !f.anonymous && f.residentId !== '';
  return {
    sessionId,
    villageId: f.villageId,
    rating: f.rating,
    helped: f.helped,
    hard: f.hard,
    tags: f.tags,
    text: f.text,
    byResident,
    residentId: linked ? f.residentId : null,
    consent:
      linked && f.consentGiven && collectedBy
        ? {
            version: CONSENT_VERSION,
            givenBy: 'self' as const,
            collectedBy,
            collectedAt: new Date().toISOString(),
          }
        : null,
  };
}
