/**
 * The indicators computed from records in memory, exactly per the definitions in indicators.ts: a
 * phone's figures for what it holds (offline), and the oracle the server's SQL is tested against.
 * Pure: no DOM, no Node, no clock.
 *
 * Where the definitions leave a choice, this is the one made (the server does the same):
 * - by village is by the session's village (sessions, attendances, residents reached, help counts,
 *   adults reached — so a walk-in from a neighbouring village counts where they attended, which is
 *   why a share may exceed 1); completions go by the learner profile's village;
 * - every village given is listed (zeros included), in the order given, then any other village a
 *   session or completion names, sorted by id; every month of the period is listed;
 * - a resident reached whom the input does not hold (a phone may lack a neighbour's walk-in) counts
 *   in the totals and as sex "unknown", but in no age group and not as an adult;
 * - completions and feedback fall in the period by their day in Vietnam (UTC+7 all year);
 * - a village share is null when its adult population is not entered or is 0;
 * - recent comments are feedback with a non-empty `text`, newest first (ties: larger id first);
 * - volunteers are listed by id (only those who facilitated a counted session).
 */
import type { Attendance } from './attendance';
import { MODULE_CODES, type ModuleCode } from './curriculum';
import { monthOf } from './dates';
import { FEEDBACK_TAGS, type Feedback, type FeedbackTag } from './feedback';
import type {
  FeedbackSummary,
  Indicators,
  MonthFigures,
  Period,
  ReachFigures,
  VillageFigures,
  VolunteerFigures,
} from './indicators';
import { monthsOf } from './periods';
import { AGE_GROUPS, type AgeGroup, ageGroupOf, type Resident } from './resident';
import { type Session, TARGET_GROUPS, type TargetGroup } from './session';

export interface IndicatorCompletion {
  profileId: string;
  moduleCode: ModuleCode;
  completedAt: string;
  /** The learner profile's village; null when it gave none. */
  villageId: string | null;
  /** The profile is linked to a roster resident. */
  linked: boolean;
}

export interface IndicatorInput {
  sessions: readonly Session[];
  attendance: readonly Attendance[];
  residents: readonly Resident[];
  feedback: readonly Feedback[];
  completions: readonly IndicatorCompletion[];
  villages: readonly { id: string; adults: number | null }[];
}

/** How many recent comments the feedback summary keeps. */
export const RECENT_COMMENTS = 10;

const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/** The calendar day in Vietnam (UTC+7, no daylight saving) of a UTC timestamp. */
export const vietnamDay = (isoDateTime: string): string =>
  new Date(Date.parse(isoDateTime) + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);

const zeros = <K extends string>(keys: readonly K[]): Record<K, number> =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

/** Sessions, attendances and residents reached of one slice (all, a village, a month, a volunteer). */
class Tally {
  sessions = 0;
  attendances = 0;
  vneidActivations = 0;
  onlineApplications = 0;
  cashlessAccounts = 0;
  readonly residents = new Set<string>();

  addSession(s: Session): void {
    this.sessions += 1;
    this.vneidActivations += s.vneidActivations;
    this.onlineApplications += s.onlineApplications;
    this.cashlessAccounts += s.cashlessAccounts;
  }

  addAttendance(residentId: string): void {
    this.attendances += 1;
    this.residents.add(residentId);
  }

  figures(): ReachFigures {
    return {
      sessions: this.sessions,
      attendances: this.attendances,
      uniqueResidents: this.residents.size,
      vneidActivations: this.vneidActivations,
      onlineApplications: this.onlineApplications,
      cashlessAccounts: this.cashlessAccounts,
    };
  }
}

function tallyOf<K>(map: Map<K, Tally>, key: K): Tally {
  let t = map.get(key);
  if (!t) {
    t = new Tally();
    map.set(key, t);
  }
  return t;
}

/** Code-point order, newest (largest) first: ISO timestamps and lower-case UUIDs as SQL orders them. */
const descending = (a: string, b: string): number => (a < b ? 1 : a > b ? -1 : 0);

const inPeriod = (day: string, { from, to }: Period): boolean => day >= from && day <= to;

export function computeIndicators(input: IndicatorInput, period: Period): Indicators {
  const ageYear = Number(period.to.slice(0, 4));
  const all = new Tally();
  const byVillage = new Map<string, Tally>();
  const byMonth = new Map<string, Tally>(monthsOf(period).map((m) => [m, new Tally()]));
  const byVolunteer = new Map<string, Tally>();
  const byTargetGroup = zeros<TargetGroup>(TARGET_GROUPS);

  const counted = new Map<string, Session>();
  for (const s of input.sessions) {
    if (s.cancelledAt !== null || !inPeriod(s.date, period)) continue;
    counted.set(s.id, s);
    all.addSession(s);
    tallyOf(byVillage, s.villageId).addSession(s);
    tallyOf(byMonth, monthOf(s.date)).addSession(s);
    for (const v of s.facilitators) tallyOf(byVolunteer, v).addSession(s);
    for (const g of s.targetGroups) byTargetGroup[g] += 1;
  }

  for (const a of input.attendance) {
    const s = a.present ? counted.get(a.sessionId) : undefined;
    if (!s) continue;
    all.addAttendance(a.residentId);
    tallyOf(byVillage, s.villageId).addAttendance(a.residentId);
    tallyOf(byMonth, monthOf(s.date)).addAttendance(a.residentId);
    for (const v of s.facilitators) tallyOf(byVolunteer, v).addAttendance(a.residentId);
  }

  const residentById = new Map(input.residents.map((r) => [r.id, r]));
  const ageGroup = (id: string): AgeGroup | null => {
    const r = residentById.get(id);
    if (!r) return null;
    return r.erased ? r.ageGroup : ageGroupOf(r.birthYear, ageYear);
  };

  const bySex = { female: 0, male: 0, unknown: 0 };
  const byAgeGroup = zeros<AgeGroup>(AGE_GROUPS);
  for (const id of all.residents) {
    bySex[residentById.get(id)?.sex ?? 'unknown'] += 1;
    const group = ageGroup(id);
    if (group) byAgeGroup[group] += 1;
  }

  const completionsByModule = zeros<ModuleCode>(MODULE_CODES);
  const completionsByVillage = new Map<string, number>();
  let completionsTotal = 0;
  let completionsLinked = 0;
  for (const c of input.completions) {
    if (!inPeriod(vietnamDay(c.completedAt), period)) continue;
    completionsTotal += 1;
    if (c.linked) completionsLinked += 1;
    completionsByModule[c.moduleCode] += 1;
    if (c.villageId !== null) {
      completionsByVillage.set(c.villageId, (completionsByVillage.get(c.villageId) ?? 0) + 1);
    }
  }

  const adults = new Map(input.villages.map((v) => [v.id, v.adults]));
  const others = [...new Set([...byVillage.keys(), ...completionsByVillage.keys()])]
    .filter((id) => !adults.has(id))
    .sort();
  const villageRows: VillageFigures[] = [...input.villages.map((v) => v.id), ...others].map(
    (villageId) => {
      const t = byVillage.get(villageId) ?? new Tally();
      let adultsReached = 0;
      for (const id of t.residents) {
        const group = ageGroup(id);
        if (group && group !== 'under_16') adultsReached += 1;
      }
      const adultPopulation = adults.get(villageId) ?? null;
      return {
        villageId,
        ...t.figures(),
        completions: completionsByVillage.get(villageId) ?? 0,
        adultsReached,
        adultPopulation,
        reachedShare: adultPopulation ? adultsReached / adultPopulation : null,
      };
    },
  );

  const monthRows: MonthFigures[] = [...byMonth].map(([month, t]) => {
    const { sessions, attendances, uniqueResidents } = t.figures();
    return { month, sessions, attendances, uniqueResidents };
  });

  const volunteerRows: VolunteerFigures[] = [...byVolunteer.keys()]
    .sort()
    .map((volunteerId) => ({ volunteerId, ...tallyOf(byVolunteer, volunteerId).figures() }));

  return {
    period: { from: period.from, to: period.to },
    ...all.figures(),
    byVillage: villageRows,
    byMonth: monthRows,
    bySex,
    byAgeGroup,
    byTargetGroup,
    byVolunteer: volunteerRows,
    completions: {
      total: completionsTotal,
      linked: completionsLinked,
      byModule: completionsByModule,
    },
    feedback: summarizeFeedback(input.feedback, period),
  };
}

function summarizeFeedback(feedback: readonly Feedback[], period: Period): FeedbackSummary {
  const tags = zeros<FeedbackTag>(FEEDBACK_TAGS);
  const inside = feedback.filter((f) => inPeriod(vietnamDay(f.createdAt), period));
  let ratings = 0;
  for (const f of inside) {
    ratings += f.rating;
    for (const tag of f.tags) tags[tag] += 1;
  }
  const recent = inside
    .filter((f) => f.text !== '')
    .sort((a, b) => descending(a.createdAt, b.createdAt) || descending(a.id, b.id))
    .slice(0, RECENT_COMMENTS)
    .map((f) => ({
      createdAt: f.createdAt,
      villageId: f.villageId,
      rating: f.rating,
      text: f.text,
    }));
  return {
    count: inside.length,
    averageRating: inside.length ? ratings / inside.length : null,
    tags,
    recent,
  };
}
