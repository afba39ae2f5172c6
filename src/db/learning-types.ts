/** What the learning tables hold on the phone (src/db/learning.ts owns them). */
import type { ModulePackage } from '../core/content';
import type { ModuleCode } from '../core/curriculum';
import type { Attempt, Completion } from '../core/learning';
import type { PinHash } from './pin';

export const PROFILE_COLOURS = ['green', 'blue', 'orange', 'purple', 'red', 'teal'] as const;
export type ProfileColour = (typeof PROFILE_COLOURS)[number];

/** A learner on this phone. Name and PIN stay here; the server gets village and birth year only. */
export interface LocalProfile {
  id: string;
  communeCode: string;
  displayName: string;
  birthYear: number | null;
  villageId: string | null;
  colour: ProfileColour;
  /** PBKDF2 hash of an optional 4-digit PIN (src/db/pin.ts's format). */
  pin: PinHash | null;
  pinFailures: number;
  pinBlockedUntil: number | null;
  createdAt: string;
  updatedAt: string;
}

/** Where a learner stopped in a module, for "resume where I left off". */
export interface LessonPlace {
  profileId: string;
  moduleCode: ModuleCode;
  lessonId: string;
  at: string;
}

export type StoredAttempt = Attempt;
export type StoredCompletion = Completion;

/** A module version downloaded from the server, newer than the one bundled with the app. */
export type StoredPackage = ModulePackage & { code: ModuleCode };
