/**
 * The commune's indicators (DOMAIN.md "Indicators"): the figures the dashboard shows, the annual
 * report tabulates and the commendation shortlist ranks. One shape, filled either by the server in
 * SQL for the whole commune (server/services/reports.ts) or on a phone from what it holds
 * (computeIndicators below), so both are shown and exported the same way.
 *
 * Definitions (the same on both sides):
 * - a session counts in the period when its date is inside it and it is not cancelled;
 * - an attendance is a (session, resident) marked present at a counted session;
 * - unique residents reached: distinct residents with at least one attendance in the period (an
 *   erased resident still counts: the erasure keeps village, sex and age group for this);
 * - sex and age group are the resident's (age group as of the period's last year; an erased
 *   resident's stored group); residents are counted once per breakdown;
 * - help counts are the sums of the sessions' counts; target groups count sessions (a session
 *   for two groups counts for both);
 * - completions are learner profiles that completed a module within the period, by module, and by
 *   the profile's village (none when it gave none); "linked" ones are tied to a roster resident;
 * - % of a village's adults reached = unique residents aged 16+ of that village / the adult
 *   population the administrator entered (null when none entered);
 * - by volunteer: sessions they facilitated, and those sessions' attendances, unique residents and
 *   help counts (a session with two facilitators counts fully for each).
 */
import type { ModuleCode } from './curriculum';
import type { FeedbackTag } from './feedback';
import type { AgeGroup } from './resident';
import type { TargetGroup } from './session';

/** An inclusive range of calendar dates, yyyy-MM-dd. */
export interface Period {
  from: string;
  to: string;
}

export interface HelpCounts {
  vneidActivations: number;
  onlineApplications: number;
  cashlessAccounts: number;
}

export interface ReachFigures extends HelpCounts {
  sessions: number;
  attendances: number;
  uniqueResidents: number;
}

export interface VillageFigures extends ReachFigures {
  villageId: string;
  completions: number;
  /** Unique residents aged 16 and over reached in the period. */
  adultsReached: number;
  /** Adult population entered by the administrator; null when not entered. */
  adultPopulation: number | null;
  /** adultsReached / adultPopulation, 0..1 (may exceed 1 with walk-ins); null without population. */
  reachedShare: number | null;
}

export interface MonthFigures {
  /** yyyy-MM */
  month: string;
  sessions: number;
  attendances: number;
  uniqueResidents: number;
}

export interface VolunteerFigures extends ReachFigures {
  volunteerId: string;
}

export interface FeedbackSummary {
  count: number;
  /** Mean rating 1..5, null when there is no feedback. */
  averageRating: number | null;
  tags: Record<FeedbackTag, number>;
  /** The latest comments (non-empty words only), newest first, at most 10. */
  recent: { createdAt: string; villageId: string; rating: number; text: string }[];
}

export interface Indicators extends ReachFigures {
  period: Period;
  byVillage: VillageFigures[];
  byMonth: MonthFigures[];
  bySex: { female: number; male: number; unknown: number };
  byAgeGroup: Record<AgeGroup, number>;
  byTargetGroup: Record<TargetGroup, number>;
  byVolunteer: VolunteerFigures[];
  completions: { total: number; linked: number; byModule: Record<ModuleCode, number> };
  feedback: FeedbackSummary;
}

/** Where figures came from, shown beside them: the server's whole commune, or this phone. */
export interface SourcedIndicators {
  source: 'server' | 'device';
  /** When they were computed (the server's time for server figures). */
  at: string;
  indicators: Indicators;
}
