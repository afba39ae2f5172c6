/**
 * Learner profiles on a shared family phone: create, edit, choose who is learning, and an optional
 * 4-digit PIN per profile with the same growing wait after wrong tries as the phone's PIN. A
 * profile and its mutation (village and birth year only: no name, no PIN) are saved together.
 */
import { requiredText } from '../core/fields';
import { newId } from '../core/ids';
import type { LearnerProfile } from '../core/learning';
import { compareVi } from '../core/text';
import { db } from './db';
import type { LocalProfile, ProfileColour } from './learning-types';
import { enqueue, outboxTables } from './outbox';
import { hashPin, pinMatches, waitAfter } from './pin';

const CURRENT = 'learnerProfile';
export const PROFILE_PIN_PATTERN = /^\d{4}$/;
export const profileNameSchema = requiredText(40);

export interface ProfileInput {
  displayName: string;
  birthYear: number | null;
  villageId: string | null;
  colour: ProfileColour;
  /** A new 4-digit PIN, '' for none; undefined keeps the current one (edits). */
  pin?: string;
}

const toWire = (p: LocalProfile): LearnerProfile => ({
  id: p.id,
  communeCode: p.communeCode,
  villageId: p.villageId,
  birthYear: p.birthYear,
  createdAt: p.createdAt,
  updatedAt: p.updatedAt,
});

async function save(profile: LocalProfile): Promise<void> {
  await db.transaction('rw', [db.profiles, ...outboxTables()], async () => {
    await db.profiles.put(profile);
    await enqueue({ name: 'profile.put', args: toWire(profile) }, profile.id);
  });
}

export async function createProfile(communeCode: string, input: ProfileInput): Promise<string> {
  const now = new Date().toISOString();
  const profile: LocalProfile = {
    id: newId(),
    communeCode,
    displayName: profileNameSchema.parse(input.displayName),
    birthYear: input.birthYear,
    villageId: input.villageId,
    colour: input.colour,
    pin: input.pin ? await hashPin(input.pin) : null,
    pinFailures: 0,
    pinBlockedUntil: null,
    createdAt: now,
    updatedAt: now,
  };
  await save(profile);
  await chooseProfile(profile.id);
  return profile.id;
}

export async function updateProfile(id: string, input: ProfileInput): Promise<void> {
  const current = await db.profiles.get(id);
  if (!current) throw new Error(`no profile ${id}`);
  await save({
    ...current,
    displayName: profileNameSchema.parse(input.displayName),
    birthYear: input.birthYear,
    villageId: input.villageId,
    colour: input.colour,
    pin: input.pin === undefined ? current.pin : input.pin ? await hashPin(input.pin) : null,
    updatedAt: new Date().toISOString(),
  });
}

export const hasProfiles = async (): Promise<boolean> => (await db.profiles.count()) > 0;

/** Everyone on this phone, by name in Vietnamese order. */
export async function listProfiles(): Promise<LocalProfile[]> {
  return (await db.profiles.toArray()).sort((a, b) => compareVi(a.displayName, b.displayName));
}

export async function currentProfileId(): Promise<string | null> {
  return ((await db.meta.get(CURRENT))?.value as string | undefined) ?? null;
}

/** The profile learning now, or null to show the list of people. */
export async function currentProfile(): Promise<LocalProfile | null> {
  const id = await currentProfileId();
  return (id && (await db.profiles.get(id))) || null;
}

export async function chooseProfile(id: string | null): Promise<void> {
  if (id === null) await db.meta.delete(CURRENT);
  else await db.meta.put({ key: CURRENT, value: id });
}

export type ProfilePinCheck = { ok: true } | { ok: false; blockedUntil: number | null };

/** Checks a profile's PIN; wrong tries count and, after 5, each next one waits longer. */
export async function unlockProfile(
  id: string,
  pin: string,
  now = Date.now(),
): Promise<ProfilePinCheck> {
  const profile = await db.profiles.get(id);
  if (!profile) return { ok: false, blockedUntil: null };
  if (profile.pinBlockedUntil !== null && profile.pinBlockedUntil > now)
    return { ok: false, blockedUntil: profile.pinBlockedUntil };
  if (!profile.pin || (await pinMatches(pin, profile.pin))) {
    await db.profiles.update(id, { pinFailures: 0, pinBlockedUntil: null });
    await chooseProfile(id);
    return { ok: true };
  }
  return db.transaction('rw', db.profiles, async () => {
    const failures = ((await db.profiles.get(id))?.pinFailures ?? 0) + 1;
    const wait = waitAfter(failures);
    const blockedUntil = wait ? now + wait : null;
    await db.profiles.update(id, { pinFailures: failures, pinBlockedUntil: blockedUntil });
    return { ok: false as const, blockedUntil };
  });
}
