/**
 * The commune's indicators computed in SQL (issue 7, item 5): the grouped rows of
 * server/db/report-queries.ts put together into the Indicators shape, equal to what
 * computeIndicators (src/core/indicator-compute.ts) gives on the same records — the server tests
 * hold the two to that. The queries run side by side (each on its own connection on PostgreSQL),
 * not in one snapshot: a push landing meanwhile may show in one figure before another, which a
 * dashboard can bear. Also: the administrator sets a village's adult population (audited).
 */
import { MODULE_CODES, type ModuleCode } from '../../src/core/curriculum';
import { RECENT_COMMENTS } from '../../src/core/indicator-compute';
import type {
  Indicators,
  MonthFigures,
  Period,
  ReachFigures,
  VillageFigures,
  VolunteerFigures,
} from '../../src/core/indicators';
import { monthsOf } from '../../src/core/periods';
import { AGE_GROUPS, type AgeGroup } from '../../src/core/resident';
import { TARGET_GROUPS, type TargetGroup } from '../../src/core/session';
import type { Village } from '../../src/core/village';
import { apiError } from '../auth/caller';
import type { Db, Queryable } from '../db/executor';
import { listVillages } from '../db/queries';
import {
  completionCounts,
  feedbackTotals,
  reachFigures,
  recentComments,
  type SessionRow,
  sessionFigures,
  villageAdults,
} from '../db/report-queries';
import type { Scope } from '../db/scope';
import { recordAudit } from './audit';
import type { Actor } from './volunteers';

const zeros = <K extends string>(keys: readonly K[]): Record<K, number> =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

const noReach = (): ReachFigures => ({
  sessions: 0,
  attendances: 0,
  uniqueResidents: 0,
  vneidActivations: 0,
  onlineApplications: 0,
  cashlessAccounts: 0,
});

/** Adds a row's session-level figures (all but unique residents) to `to`. */
function addSessions(to: ReachFigures, row: SessionRow): void {
  to.sessions += row.sessions;
  to.attendances += row.attendances;
  to.vneidActivations += row.vneidActivations;
  to.onlineApplications += row.onlineApplications;
  to.cashlessAccounts += row.cashlessAccounts;
}

/**
 * Runs a report query in a transaction of its own with JIT compilation off: PostgreSQL compiles a
 * plan it estimates costly (as these are, over a year's attendance) and the compiling costs more
 * than it saves at a commune's size — 60 ms to over a second of the reach query's time, measured.
 */
export const withoutJit =
  (db: Db) =>
  <T>(query: (tx: Queryable) => Promise<T>): Promise<T> =>
    db.transact(async (tx) => {
      await tx.query('set local jit = off');
      return query(tx);
    });

export async function computeServerIndicators(
  db: Db,
  scope: Scope,
  period: Period,
): Promise<Indicators> {
  const run = withoutJit(db);
  const [villages, sessionRows, reachRows, completionRows, feedback, recent] = await Promise.all([
    run((tx) => villageAdults(tx, scope)),
    run((tx) => sessionFigures(tx, scope, period)),
    run((tx) => reachFigures(tx, scope, period)),
    run((tx) => completionCounts(tx, scope, period)),
    run((tx) => feedbackTotals(tx, scope, period)),
    run((tx) => recentComments(tx, scope, period, RECENT_COMMENTS)),
  ]);

  const all = noReach();
  type Counts = Omit<VillageFigures, 'adultPopulation' | 'reachedShare'>;
  const byVillage = new Map<string, Counts>(
    villages.map((v) => [
      v.id,
      { villageId: v.id, ...noReach(), completions: 0, adultsReached: 0 },
    ]),
  );
  // Every session's and profile's village is one of the commune's (foreign keys): it is listed.
  const village = (id: string) => byVillage.get(id) as Counts;
  const months = monthsOf(period);
  const byMonth = new Map<string, MonthFigures>(
    months.map((month) => [month, { month, sessions: 0, attendances: 0, uniqueResidents: 0 }]),
  );
  const byTargetGroup = zeros<TargetGroup>(TARGET_GROUPS);
  const byVolunteer = new Map<string, VolunteerFigures>();
  for (const row of sessionRows) {
    if (row.kind === 'village') {
      addSessions(all, row);
      addSessions(village(row.key), row);
      const m = byMonth.get(row.month as string) as MonthFigures;
      m.sessions += row.sessions;
      m.attendances += row.attendances;
    } else if (row.kind === 'volunteer') {
      const v: VolunteerFigures = { volunteerId: row.key, ...noReach() };
      addSessions(v, row);
      byVolunteer.set(row.key, v);
    } else {
      byTargetGroup[row.key as TargetGroup] = row.sessions;
    }
  }

  const bySex = { female: 0, male: 0, unknown: 0 };
  const byAgeGroup = zeros<AgeGroup>(AGE_GROUPS);
  for (const row of reachRows) {
    if (row.kind === 'village') {
      const v = village(row.key as string);
      v.uniqueResidents = row.residents;
      v.adultsReached = row.adults;
    } else if (row.kind === 'people') {
      // A resident has one sex and one age group: the groups' counts add up to the whole.
      all.uniqueResidents += row.residents;
      bySex[row.sex ?? 'unknown'] += row.residents;
      byAgeGroup[row.ageGroup as AgeGroup] += row.residents;
    } else if (row.kind === 'month') {
      const month = months[Number(row.key)] as string;
      (byMonth.get(month) as MonthFigures).uniqueResidents = row.residents;
    } else {
      (byVolunteer.get(row.key as string) as VolunteerFigures).uniqueResidents = row.residents;
    }
  }

  const completions = { total: 0, linked: 0, byModule: zeros<ModuleCode>(MODULE_CODES) };
  for (const row of completionRows) {
    completions.total += row.n;
    if (row.linked) completions.linked += row.n;
    completions.byModule[row.moduleCode as ModuleCode] += row.n;
    if (row.villageId !== null) village(row.villageId).completions += row.n;
  }

  const adults = new Map(villages.map((v) => [v.id, v.adults]));
  return {
    period: { from: period.from, to: period.to },
    ...all,
    byVillage: [...byVillage.values()].map((v) => {
      const adultPopulation = adults.get(v.villageId) ?? null;
      return {
        ...v,
        adultPopulation,
        reachedShare: adultPopulation ? v.adultsReached / adultPopulation : null,
      };
    }),
    byMonth: [...byMonth.values()],
    bySex,
    byAgeGroup,
    byTargetGroup,
    byVolunteer: [...byVolunteer.values()].sort((a, b) => (a.volunteerId < b.volunteerId ? -1 : 1)),
    completions,
    feedback: {
      count: feedback.count,
      averageRating: feedback.count ? feedback.ratings / feedback.count : null,
      tags: feedback.tags,
      recent,
    },
  };
}

/** Sets (or clears, with null) a village's adult population; answers the village as it now is. */
export function setVillageAdults(
  db: Db,
  actor: Actor,
  villageId: string,
  adults: number | null,
): Promise<Village> {
  return db.transact(async (tx) => {
    const [before] = await tx.query<{ adults: number | null }>(
      'select adults from villages where commune_code = $1 and id = $2 for update',
      [actor.commune, villageId],
    );
    if (!before) throw apiError(404, 'not_found');
    await tx.query('update villages set adults = $3 where commune_code = $1 and id = $2', [
      actor.commune,
      villageId,
      adults,
    ]);
    await recordAudit(tx, {
      commune: actor.commune,
      actorId: actor.userId,
      action: 'village.adults',
      targetType: 'village',
      targetId: villageId,
      detail: { from: before.adults, to: adults },
    });
    const scope: Scope = { commune: actor.commune, villages: [villageId] };
    const [village] = await listVillages(tx, scope);
    return village as Village;
  });
}
