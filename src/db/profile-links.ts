/**
 * A volunteer links a learner profile on a family phone (named by the code that phone shows) to a
 * roster resident, with the resident's consent, so their completions count in the commune's
 * figures. Only the server can find the profile, so this is a mutation and nothing local changes.
 */
import { type ProfileLink, profileLinkSchema } from '../core/learning';
import { CONSENT_VERSION } from '../core/resident';
import { db } from './db';
import { enqueue, outboxTables } from './outbox';

export async function linkProfile(input: {
  communeCode: string;
  profileCode: string;
  residentId: string;
  givenBy: 'self' | 'guardian';
  volunteerId: string;
}): Promise<ProfileLink> {
  const now = new Date().toISOString();
  const link = profileLinkSchema.parse({
    communeCode: input.communeCode,
    profileCode: input.profileCode.replace(/\s+/g, '').toUpperCase(),
    residentId: input.residentId,
    consent: {
      version: CONSENT_VERSION,
      givenBy: input.givenBy,
      collectedBy: input.volunteerId,
      collectedAt: now,
    },
    linkedAt: now,
  });
  await db.transaction('rw', outboxTables(), () =>
    enqueue({ name: 'profile.link', args: link }, `link:${input.residentId}:${link.profileCode}`),
  );
  return link;
}
