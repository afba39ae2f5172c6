/**
 * The indicators of what this phone holds, for the dashboard offline (and beside the server's
 * figures online): reads the scope's sessions of the period, their attendance and the residents
 * they reached, feedback, villages, and the learner completions made on this phone, then applies
 * the same computeIndicators the server's SQL is tested against. One read transaction, so a sync
 * landing meanwhile cannot mix old sessions with new attendance.
 */
import {
  computeIndicators,
  type IndicatorCompletion,
  type IndicatorInput,
} from '../core/indicator-compute';
import type { Indicators, Period, SourcedIndicators } from '../core/indicators';
import type { Resident } from '../core/resident';
import { db } from './db';
import { listVillages } from './reference';

/** Whose figures: a commune, and for a volunteer only their villages (null: the whole commune). */
export interface IndicatorScope {
  communeCode: string;
  villages: readonly string[] | null;
}

/** What computeIndicators needs for `period`, read from this phone within `scope`. */
export async function readIndicatorInput(
  scope: IndicatorScope,
  period: Period,
): Promise<IndicatorInput> {
  const tables = [
    db.villages,
    db.sessions,
    db.attendance,
    db.residents,
    db.feedback,
    db.profiles,
    db.completions,
  ];
  return db.transaction('r', tables, async () => {
    const allowed = scope.villages ? new Set(scope.villages) : null;
    const inScope = (r: { communeCode: string; villageId: string | null }) =>
      r.communeCode === scope.communeCode &&
      (allowed === null || (r.villageId !== null && allowed.has(r.villageId)));

    const villages = (await listVillages(scope.communeCode))
      .filter((v) => allowed === null || allowed.has(v.id))
      // A village cached before populations existed has no `adults` until the next pull.
      .map((v) => ({ id: v.id, adults: v.adults ?? null }));

    // Only the period's sessions can count; the date index keeps a phone of 5,000 sessions quick.
    const sessions = (
      await db.sessions.where('date').between(period.from, period.to, true, true).toArray()
    ).filter(inScope);
    const attendance = await db.attendance
      .where('sessionId')
      .anyOf(sessions.map((s) => s.id))
      .toArray();
    const residentIds = [...new Set(attendance.map((a) => a.residentId))];
    const residents = (await db.residents.bulkGet(residentIds)).filter(
      (r): r is Resident => r !== undefined,
    );

    // Feedback and completions fall in the period by their day in Vietnam: computeIndicators decides.
    const feedback = (await db.feedback.toArray()).filter(inScope);
    const profiles = new Map(
      (await db.profiles.toArray())
        .filter((p) => p.communeCode === scope.communeCode)
        .map((p) => [p.id, p]),
    );
    const completions: IndicatorCompletion[] = [];
    for (const c of await db.completions.toArray()) {
      const profile = profiles.get(c.profileId);
      if (!profile || !inScope(profile)) continue;
      completions.push({
        profileId: c.profileId,
        moduleCode: c.moduleCode,
        completedAt: c.completedAt,
        villageId: profile.villageId,
        // Links to roster residents are made on a volunteer's phone; this one cannot know.
        linked: false,
      });
    }
    return { sessions, attendance, residents, feedback, completions, villages };
  });
}

/** This phone's figures for `period` within `scope`. */
export async function localIndicators(scope: IndicatorScope, period: Period): Promise<Indicators> {
  return computeIndicators(await readIndicatorInput(scope, period), period);
}

/** The same, labelled as the phone's and timed now, for showing beside the server's. */
export async function deviceIndicators(
  scope: IndicatorScope,
  period: Period,
  now: Date = new Date(),
): Promise<SourcedIndicators> {
  return {
    source: 'device',
    at: now.toISOString(),
    indicators: await localIndicators(scope, period),
  };
}
