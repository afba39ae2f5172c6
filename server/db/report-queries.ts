/**
 * The dashboard's aggregate queries (issue 7): each reads one slice of the indicators for a scope
 * and a period and answers a few grouped rows, never records; server/services/reports.ts puts them
 * together. The definitions are those of src/core/indicators.ts, with the choices written down in
 * src/core/indicator-compute.ts (the oracle the tests compare these with). Each query is scoped by
 * the sessions', feedback's or learner profiles' village (scope.ts).
 *
 * A year of a large commune is ~400,000 attendance rows, so they are read as little as possible:
 * attendance counts come from one index-only count per counted session (the partial index
 * attendance_present of migration 007), and the distinct-resident figures from a single join of
 * attendance to the period's sessions, grouped into one row per resident, village and team with
 * the months as bits: small enough to stay in memory (one row per resident and month spills to
 * disk at PostgreSQL's default work_mem), and one pass instead of three. The service runs them
 * with JIT compilation off (services/reports.ts).
 */
import { FEEDBACK_TAGS, type FeedbackTag } from '../../src/core/feedback';
import type { Period } from '../../src/core/indicators';
import type { Queryable } from './executor';
import { type Scope, scopeFilterListed } from './scope';
import { isoUtc } from './sql';

/**
 * A scope filter on `alias` (its villages listed, so that the planner sees how much of the commune
 * they are), followed by the period's two bounds as parameters.
 */
function scoped(scope: Scope, alias: string, period: Period) {
  const f = scopeFilterListed(scope, alias, 1);
  const n = f.params.length;
  return {
    where: f.sql,
    from: `$${n + 1}::date`,
    to: `$${n + 2}::date`,
    params: [...f.params, period.from, period.to],
  };
}
type Scoped = ReturnType<typeof scoped>;

/** Sessions that count (indicators.ts): dated in the period and not cancelled. */
const counted = (q: Scoped) =>
  `${q.where} and s.session_date between ${q.from} and ${q.to} and s.cancelled_at is null`;

/**
 * The present attendances of the sessions: over a year of the whole commune a hash join of the
 * table; for fewer sessions (a month, a volunteer's village) look-ups in attendance_present.
 */
const presentAt = `join attendance a
  on a.commune_code = s.commune_code and a.session_id = s.id and a.present`;

/**
 * A timestamptz column's day in Vietnam within the period, written as a range on the column so its
 * index serves it: Vietnam is UTC+7 all year (no daylight saving).
 */
const inVietnamDays = (column: string, q: Scoped) =>
  `${column} >= (${q.from}::timestamp - interval '7 hours') at time zone 'UTC'
   and ${column} < ((${q.to} + 1)::timestamp - interval '7 hours') at time zone 'UTC'`;

/**
 * A resident's age group as ageGroupOf (src/core/resident.ts) gives it for the period's last year;
 * an erased resident's stored one.
 */
const ageGroup = (q: Scoped) => `case
    when r.erased then r.age_group
    when extract(year from ${q.to})::int - r.birth_year < 16 then 'under_16'
    when extract(year from ${q.to})::int - r.birth_year <= 35 then '16_35'
    when extract(year from ${q.to})::int - r.birth_year <= 59 then '36_59'
    else '60_plus' end`;

export type VillageAdultsRow = { id: string; adults: number | null };

/** The scope's villages with their adult population, in the commune's order. */
export function villageAdults(db: Queryable, scope: Scope): Promise<VillageAdultsRow[]> {
  const f = scopeFilterListed(scope, 'v', 1, 'id');
  return db.query<VillageAdultsRow>(
    `select v.id, v.adults from villages v where ${f.sql} order by v.sort_order, v.id`,
    f.params,
  );
}

// Types, not interfaces: rows are records (executor.ts's Row).
export type SessionRow = {
  /** village: by village and month; volunteer: by facilitator; group: by target group. */
  kind: 'village' | 'volunteer' | 'group';
  key: string;
  /** yyyy-MM for kind village, else null. */
  month: string | null;
  sessions: number;
  attendances: number;
  vneidActivations: number;
  onlineApplications: number;
  cashlessAccounts: number;
};

/**
 * Counted sessions, their present attendances and help counts by village and month, by
 * facilitator (a session with two counts fully for each) and by target group.
 */
export function sessionFigures(db: Queryable, scope: Scope, period: Period): Promise<SessionRow[]> {
  const q = scoped(scope, 's', period);
  const sums = `count(*)::int as sessions, coalesce(sum(n), 0)::int as attendances,
    coalesce(sum(vneid_activations), 0)::int as "vneidActivations",
    coalesce(sum(online_applications), 0)::int as "onlineApplications",
    coalesce(sum(cashless_accounts), 0)::int as "cashlessAccounts"`;
  return db.query<SessionRow>(
    `with counted as materialized (
       select s.village_id, to_char(s.session_date, 'YYYY-MM') as month, s.facilitators,
              s.target_groups, s.vneid_activations, s.online_applications, s.cashless_accounts,
              (select count(*) from attendance a
               where a.commune_code = s.commune_code and a.session_id = s.id and a.present) as n
       from sessions s where ${counted(q)}
     )
     select 'village' as kind, village_id as key, month, ${sums}
       from counted group by village_id, month
     union all
     select 'volunteer', v.value, null, ${sums}
       from counted cross join jsonb_array_elements_text(counted.facilitators) v group by v.value
     union all
     select 'group', g.value, null, ${sums}
       from counted cross join jsonb_array_elements_text(counted.target_groups) g group by g.value`,
    q.params,
  );
}

export type ReachRow = {
  /**
   * village: per village (key: its id); people: the whole scope by sex and age group; month: per
   * month (key: its index in monthsOf(period)); volunteer: per facilitator (key: their id).
   */
  kind: 'village' | 'people' | 'month' | 'volunteer';
  key: string | null;
  sex: 'female' | 'male' | null;
  ageGroup: string | null;
  residents: number;
  /** Of them, aged 16 and over (kind village). */
  adults: number;
};

/**
 * Distinct residents reached: by village (with adults), in the whole scope by sex and age group (a
 * resident reached in two villages is one person), by month and by facilitator — in one pass over
 * the period's attendance, grouped by resident, village and team (the session's set of
 * facilitators, a few dozen in a commune), carrying the months reached as bits of two bigints
 * (month i of the period: bit i of m0, or bit i − 63 of m1; periods are at most ten years, 121
 * months). The days and teams are numbered once in small tables, so the pass itself only looks
 * them up.
 */
export function reachFigures(db: Queryable, scope: Scope, period: Period): Promise<ReachRow[]> {
  const q = scoped(scope, 's', period);
  return db.query<ReachRow>(
    `with days as materialized (
       select d::date as day, x.m,
              case when x.m < 63 then 1::bigint << x.m else 0 end as m0,
              case when x.m >= 63 then 1::bigint << (x.m - 63) else 0 end as m1
       from generate_series(${q.from}::timestamp, ${q.to}::timestamp, interval '1 day') d
       cross join lateral (
         select ((date_part('year', d) - date_part('year', ${q.from})) * 12
                 + date_part('month', d) - date_part('month', ${q.from}))::int as m
       ) x
     ), teams as materialized (
       select t.facilitators, (row_number() over (order by t.facilitators))::int as k
       from (select distinct s.facilitators from sessions s where ${counted(q)}) t
     ), reached as (
       select a.resident_id, s.village_id, t.k as team, bit_or(d.m0) as m0, bit_or(d.m1) as m1
       from sessions s ${presentAt}
       join teams t on t.facilitators = s.facilitators
       join days d on d.day = s.session_date
       where ${counted(q)}
       group by 1, 2, 3
     ), people as materialized (
       select x.resident_id, x.village_id, r.sex, ${ageGroup(q)} as age_group,
              bit_or(x.m0) as m0, bit_or(x.m1) as m1
       from reached x join residents r on r.commune_code = $1 and r.id = x.resident_id
       group by 1, 2, 3, 4
     ), persons as materialized (
       select sex, age_group, bit_or(m0) as m0, bit_or(m1) as m1
       from people group by resident_id, sex, age_group
     )
     select 'village' as kind, village_id as key, null as sex, null as "ageGroup",
            count(*)::int as residents,
            (count(*) filter (where age_group <> 'under_16'))::int as adults
       from people group by village_id
     union all
     select 'people', null, sex, age_group, count(*)::int, 0
       from persons group by sex, age_group
     union all
     -- Residents reached in the same months counted together first: far fewer patterns than
     -- residents to take apart bit by bit.
     select 'month', i.m::text, null, null, sum(p.n)::int, 0
       from (select m0, m1, count(*) as n from persons group by m0, m1) p
       cross join (select distinct m from days) i
       where (case when i.m < 63 then p.m0 >> i.m else p.m1 >> (i.m - 63) end) & 1 = 1
       group by i.m
     union all
     select 'volunteer', f.value, null, null, count(distinct x.resident_id)::int, 0
       from reached x join teams t on t.k = x.team
       cross join jsonb_array_elements_text(t.facilitators) f
       group by f.value`,
    q.params,
  );
}

/** Module completions in the period by module, the profile's village, and linked or not. */
export function completionCounts(
  db: Queryable,
  scope: Scope,
  period: Period,
): Promise<{ moduleCode: string; villageId: string | null; linked: boolean; n: number }[]> {
  const q = scoped(scope, 'p', period);
  return db.query(
    `select c.module_code as "moduleCode", p.village_id as "villageId",
            p.resident_id is not null as linked, count(*)::int as n
     from module_completions c
     join learner_profiles p on p.commune_code = c.commune_code and p.id = c.profile_id
     where ${q.where} and c.commune_code = $1 and ${inVietnamDays('c.completed_at', q)}
     group by 1, 2, 3`,
    q.params,
  );
}

export interface FeedbackTotals {
  count: number;
  ratings: number;
  /** Items per tag. */
  tags: Record<FeedbackTag, number>;
}

/** How many feedback items, the sum of their ratings, and how many carry each tag. */
export async function feedbackTotals(
  db: Queryable,
  scope: Scope,
  period: Period,
): Promise<FeedbackTotals> {
  const q = scoped(scope, 'f', period);
  // One count per known tag, named by its position (tags are constants, never user text).
  const tagCounts = FEEDBACK_TAGS.map(
    (tag, i) => `count(*) filter (where f.tags @> '["${tag}"]')::int as t${i}`,
  ).join(', ');
  const [row] = await db.query<Record<string, number>>(
    `select count(*)::int as count, coalesce(sum(f.rating), 0)::int as ratings, ${tagCounts}
     from feedback f where ${q.where} and ${inVietnamDays('f.created_at', q)}`,
    q.params,
  );
  return {
    count: row?.count ?? 0,
    ratings: row?.ratings ?? 0,
    tags: Object.fromEntries(FEEDBACK_TAGS.map((tag, i) => [tag, row?.[`t${i}`] ?? 0])) as Record<
      FeedbackTag,
      number
    >,
  };
}

/** The latest feedback with a comment, newest first. */
export function recentComments(
  db: Queryable,
  scope: Scope,
  period: Period,
  limit: number,
): Promise<{ createdAt: string; villageId: string; rating: number; text: string }[]> {
  const q = scoped(scope, 'f', period);
  return db.query(
    `select ${isoUtc('f.created_at')} as "createdAt", f.village_id as "villageId", f.rating, f.text
     from feedback f where ${q.where} and ${inVietnamDays('f.created_at', q)} and f.text <> ''
     order by f.created_at desc, f.id desc limit ${Number(limit)}`,
    q.params,
  );
}
