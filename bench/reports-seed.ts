/**
 * A large commune for the dashboard's queries (issue 7: "a year of a large commune, 20,000
 * sessions, 400,000 attendance rows"), written twice from the same arithmetic: set-based SQL
 * inserts (generate_series, seconds instead of minutes through push) for bench:reports and
 * tests/server/reports-large.test.ts, and the same records in memory for computeIndicators, the
 * oracle. Record j of a kind is a pure function of j, so the two can be compared exactly.
 *
 * The commune: 12 villages of 1,250 residents (every 50th erased); 20,000 sessions in 2026, one a
 * day per village in turn, every 40th cancelled, each with 20 residents of its village ticked (the
 * 20th absent); 2,000 learner profiles with 5,000 completions; 10,000 feedback items. Known totals
 * (for the year, from the arithmetic below):
 * - sessions 19,500 (500 cancelled: j % 40 = 39);
 * - attendances 19,500 × 19 = 370,500 (slot 19 is absent);
 * - residents reached 9 × 950 + 3 × 855 = 11,115: a village's residents 0..999 attend in blocks of
 *   20 (block m % 50 of the village's m-th session), so those with k % 20 = 19 only ever sit in the
 *   absent slot, and 1,000..1,249 never attend: 950 a village. In villages 4, 8 and 12 (v % 4 = 3)
 *   five blocks are only ever at cancelled sessions (whether 12m + v ≡ 39 mod 40 depends on m % 10
 *   alone): 5 × 19 fewer there;
 * - help: VNeID Σ j % 4 = 30,000 − 500 × 3 = 28,500; online Σ j % 3 = 19,999 − 499 = 19,500;
 *   cashless Σ j % 2 = 10,000 − 500 = 9,500 (the cancelled ones' shares subtracted).
 */

import type { Queryable } from '../server/db/executor';
import type { Attendance } from '../src/core/attendance';
import { MODULE_CODES } from '../src/core/curriculum';
import type { Feedback, FeedbackTag } from '../src/core/feedback';
import type { IndicatorCompletion, IndicatorInput } from '../src/core/indicator-compute';
import type { Period } from '../src/core/indicators';
import { AGE_GROUPS, type Resident } from '../src/core/resident';
import type { Session, TargetGroup } from '../src/core/session';

export const LARGE = {
  commune: '99001',
  villages: 12,
  residentsPerVillage: 1250,
  sessions: 20_000,
  perSession: 20,
  profiles: 2_000,
  feedback: 10_000,
  year: 2026,
} as const;

export const LARGE_YEAR: Period = { from: '2026-01-01', to: '2026-12-31' };

/** The headline figures for LARGE_YEAR, worked out in the header. */
export const LARGE_TOTALS = {
  sessions: 19_500,
  attendances: 370_500,
  uniqueResidents: 11_115,
  vneidActivations: 28_500,
  onlineApplications: 19_500,
  cashlessAccounts: 9_500,
};

/** Kinds of ids: record j of kind k is 00000000-0000-4000-8kkk-jjjjjjjjjjjj (hex). */
const KIND = { resident: 1, session: 2, profile: 3, volunteer: 4, feedback: 5 } as const;
const uuid = (kind: number, j: number) =>
  `00000000-0000-4000-8${kind.toString(16).padStart(3, '0')}-${j.toString(16).padStart(12, '0')}`;
const uuidSql = (kind: number, j: string) =>
  `('00000000-0000-4000-8${kind.toString(16).padStart(3, '0')}-' || lpad(to_hex(${j}), 12, '0'))::uuid`;

const villageId = (v: number) => `thon-${String(v + 1).padStart(2, '0')}`;
const villageSql = (v: string) => `'thon-' || lpad((${v} + 1)::text, 2, '0')`;
/** The last village has no adult population entered. */
const adultsOf = (v: number) => (v === LARGE.villages - 1 ? null : 900 + 10 * v);

const T0 = Date.UTC(LARGE.year, 0, 1);
const HOUR = 3_600_000;
const iso = (ms: number) => new Date(ms).toISOString();
const day = (d: number) => iso(T0 + d * 24 * HOUR).slice(0, 10);

const residentVillage = (i: number) => Math.floor(i / LARGE.residentsPerVillage);
const isErased = (i: number) => i % 50 === 49;
const SEXES = ['female', 'male', null] as const;
const sessionVillage = (j: number) => j % LARGE.villages;
const isCancelled = (j: number) => j % 40 === 39;
/** Each village has two volunteers; every 10th session both facilitate, else they take turns. */
const facilitators = (j: number) => {
  const v = sessionVillage(j);
  if (j % 10 === 0) return [uuid(KIND.volunteer, v * 2), uuid(KIND.volunteer, v * 2 + 1)];
  return [uuid(KIND.volunteer, v * 2 + (Math.floor(j / LARGE.villages) % 2))];
};
/** The resident (index in the commune) in slot t of session j. */
const attendee = (j: number, t: number) =>
  sessionVillage(j) * LARGE.residentsPerVillage +
  ((Math.floor(j / LARGE.villages) * LARGE.perSession + t) % 1000);
const profileVillage = (i: number) => (i % 100 === 99 ? null : i % LARGE.villages);
const isLinked = (i: number) => i % 10 === 0;
/** Profile i completed modules 1..(i % 4 + 1). */
const completedAt = (i: number, m: number) =>
  iso(T0 + 3 * HOUR + ((i * 7 + m * 31) % 365) * 24 * HOUR);
const TAG_SETS: FeedbackTag[][] = [
  [],
  ['weak_network'],
  ['no_smartphone', 'scam_worry'],
  ['forgot_password'],
  ['needs_another_session'],
  ['other', 'weak_network'],
];
/** 01:00 UTC plus i % 365 days and i % 24 hours: the last ones fall on 1/1 of next year in Vietnam. */
const feedbackAt = (i: number) => iso(T0 + HOUR + (i % 365) * 24 * HOUR + (i % 24) * HOUR);

const STAMP = `${LARGE_YEAR.from}T00:00:00.000Z`;
const CONSENT = {
  version: 'v1',
  givenBy: 'self',
  collectedBy: uuid(KIND.volunteer, 0),
  collectedAt: STAMP,
} as const;

/** Inserts the commune with set-based SQL; each statement inserts one table at once. */
export async function seedLargeCommune(db: Queryable): Promise<void> {
  const c = `'${LARGE.commune}'`;
  const stamp = `timestamptz '${STAMP}'`;
  const rpv = LARGE.residentsPerVillage;
  const nv = LARGE.villages;
  await db.exec(`
    insert into communes (code, name, province, units_version)
      values (${c}, 'Xã Thử Tải', 'Thành phố Hải Phòng', 'bench');
    insert into commune_changes (commune_code) values (${c});

    insert into villages (commune_code, id, name, sort_order, adults)
      select ${c}, ${villageSql('v')}, 'Thôn ' || (v + 1), v + 1,
             case when v = ${nv - 1} then null else 900 + 10 * v end
      from generate_series(0, ${nv - 1}) v;

    insert into residents (commune_code, id, village_id, erased, full_name, birth_year, sex,
                           phone, age_group, consent, created_at, updated_at)
      select ${c}, ${uuidSql(KIND.resident, 'i')}, ${villageSql(`i / ${rpv}`)}, i % 50 = 49,
             case when i % 50 <> 49 then 'Người Dân ' || i end,
             case when i % 50 <> 49 then 1950 + i % 70 end,
             (array['female', 'male', null])[i % 3 + 1],
             null,
             case when i % 50 = 49 then (array[${AGE_GROUPS.map((g) => `'${g}'`).join(', ')}])[i % 4 + 1] end,
             case when i % 50 <> 49 then '${JSON.stringify(CONSENT)}'::jsonb end,
             ${stamp}, ${stamp}
      from generate_series(0, ${nv * rpv - 1}) i;

    insert into sessions (commune_code, id, village_id, session_date, topics, start_time,
                          duration_minutes, venue, kind, target_groups, facilitators,
                          vneid_activations, online_applications, cashless_accounts, notes,
                          cancelled_at, created_at, updated_at)
      select ${c}, ${uuidSql(KIND.session, 'j')}, ${villageSql(`j % ${nv}`)},
             date '${LARGE_YEAR.from}' + j % 365, '["M04"]', '08:00', 90, '', 'class',
             case when j % 3 = 0 then '["residents","elderly"]' else '["residents"]' end::jsonb,
             case when j % 10 = 0
               then jsonb_build_array(${uuidSql(KIND.volunteer, `(j % ${nv}) * 2`)}::text,
                                      ${uuidSql(KIND.volunteer, `(j % ${nv}) * 2 + 1`)}::text)
               else jsonb_build_array(${uuidSql(KIND.volunteer, `(j % ${nv}) * 2 + (j / ${nv}) % 2`)}::text)
             end,
             j % 4, j % 3, j % 2, '',
             case when j % 40 = 39 then ${stamp} end, ${stamp}, ${stamp}
      from generate_series(0, ${LARGE.sessions - 1}) j;

    insert into learner_profiles (commune_code, id, village_id, birth_year, resident_id, consent,
                                  linked_at, created_at, updated_at, hlc)
      select ${c}, ${uuidSql(KIND.profile, 'i')},
             case when i % 100 <> 99 then ${villageSql(`i % ${nv}`)} end, 1970,
             case when i % 10 = 0 then ${uuidSql(KIND.resident, 'i')} end,
             case when i % 10 = 0 then '${JSON.stringify(CONSENT)}'::jsonb end,
             case when i % 10 = 0 then ${stamp} end,
             ${stamp}, ${stamp}, ''
      from generate_series(0, ${LARGE.profiles - 1}) i;

    insert into module_completions (commune_code, profile_id, module_code, module_version,
                                    completed_at, code)
      select ${c}, ${uuidSql(KIND.profile, 'i')}, 'M' || lpad(m::text, 2, '0'), 1,
             ${stamp} + interval '3 hours' + ((i * 7 + m * 31) % 365) * interval '24 hours',
             'B' || lpad(to_hex(i * 4 + m), 7, '0')
      from generate_series(0, ${LARGE.profiles - 1}) i, generate_series(1, 4) m
      where m <= i % 4 + 1;

    insert into feedback (commune_code, id, session_id, village_id, rating, helped, hard, tags,
                          text, by_resident, resident_id, consent, created_at)
      select ${c}, ${uuidSql(KIND.feedback, 'i')}, null, ${villageSql(`i % ${nv}`)}, i % 5 + 1,
             '', '',
             (array[${TAG_SETS.map((s) => `'${JSON.stringify(s)}'`).join(', ')}])[i % ${TAG_SETS.length} + 1]::jsonb,
             case when i % 4 = 0 then 'Góp ý số ' || i else '' end, false, null, null,
             ${stamp} + interval '1 hour' + (i % 365) * interval '24 hours' + (i % 24) * interval '1 hour'
      from generate_series(0, ${LARGE.feedback - 1}) i;

  `);
  await withoutForeignKeys(db, 'attendance', () =>
    db.exec(`
      insert into attendance (commune_code, session_id, resident_id, present, updated_at)
        select ${c}, ${uuidSql(KIND.session, 'j')},
               ${uuidSql(KIND.resident, `(j % ${nv}) * ${rpv} + ((j / ${nv}) * ${LARGE.perSession} + t) % 1000`)},
               t <> ${LARGE.perSession - 1}, ${stamp}
        from generate_series(0, ${LARGE.sessions - 1}) j
          cross join lateral generate_series(0, ${LARGE.perSession - 1}) t`),
  );
  // What autovacuum does soon after a bulk load: statistics, and the visibility map that lets
  // the dashboard's index-only scans skip the table.
  for (const table of TABLES) await db.exec(`vacuum (analyze) ${table}`);
}

const TABLES = [
  'villages',
  'residents',
  'sessions',
  'attendance',
  'learner_profiles',
  'module_completions',
  'feedback',
];

/**
 * Runs a bulk insert into `table` with its foreign keys dropped and then added back as they were
 * (checked in one pass, as a restore does): row by row, the checks take most of the time.
 */
async function withoutForeignKeys(db: Queryable, table: string, load: () => Promise<void>) {
  const keys = await db.query<{ name: string; def: string }>(
    `select conname as name, pg_get_constraintdef(oid) as def from pg_constraint
     where conrelid = $1::regclass and contype = 'f'`,
    [table],
  );
  const alter = (parts: string[]) =>
    parts.length ? db.exec(`alter table ${table} ${parts.join(', ')}`) : Promise.resolve();
  await alter(keys.map((k) => `drop constraint "${k.name}"`));
  await load();
  await alter(keys.map((k) => `add constraint "${k.name}" ${k.def}`));
}

/** The same commune's records in memory, for computeIndicators. */
export function largeCommuneInput(): IndicatorInput {
  const residents: Resident[] = [];
  for (let i = 0; i < LARGE.villages * LARGE.residentsPerVillage; i++) {
    const base = {
      id: uuid(KIND.resident, i),
      communeCode: LARGE.commune,
      villageId: villageId(residentVillage(i)),
      sex: SEXES[i % 3] ?? null,
      createdAt: STAMP,
      updatedAt: STAMP,
    };
    residents.push(
      isErased(i)
        ? { ...base, erased: true, ageGroup: AGE_GROUPS[i % 4] ?? 'under_16' }
        : {
            ...base,
            erased: false,
            fullName: `Người Dân ${i}`,
            birthYear: 1950 + (i % 70),
            phone: null,
            consent: CONSENT,
          },
    );
  }
  const sessions: Session[] = [];
  const attendance: Attendance[] = [];
  for (let j = 0; j < LARGE.sessions; j++) {
    const s: Session = {
      id: uuid(KIND.session, j),
      communeCode: LARGE.commune,
      date: day(j % 365),
      startTime: '08:00',
      durationMinutes: 90,
      villageId: villageId(sessionVillage(j)),
      venue: '',
      kind: 'class',
      targetGroups: (j % 3 === 0 ? ['residents', 'elderly'] : ['residents']) as TargetGroup[],
      topics: ['M04'],
      facilitators: facilitators(j),
      vneidActivations: j % 4,
      onlineApplications: j % 3,
      cashlessAccounts: j % 2,
      notes: '',
      cancelledAt: isCancelled(j) ? STAMP : null,
      createdAt: STAMP,
      updatedAt: STAMP,
    };
    sessions.push(s);
    for (let t = 0; t < LARGE.perSession; t++) {
      attendance.push({
        sessionId: s.id,
        residentId: uuid(KIND.resident, attendee(j, t)),
        present: t !== LARGE.perSession - 1,
        updatedAt: STAMP,
      });
    }
  }
  const completions: IndicatorCompletion[] = [];
  for (let i = 0; i < LARGE.profiles; i++) {
    const v = profileVillage(i);
    for (let m = 1; m <= (i % 4) + 1; m++) {
      completions.push({
        profileId: uuid(KIND.profile, i),
        moduleCode: MODULE_CODES[m - 1] ?? 'M01',
        completedAt: completedAt(i, m),
        villageId: v === null ? null : villageId(v),
        linked: isLinked(i),
      });
    }
  }
  const feedback: Feedback[] = [];
  for (let i = 0; i < LARGE.feedback; i++) {
    feedback.push({
      id: uuid(KIND.feedback, i),
      communeCode: LARGE.commune,
      sessionId: null,
      villageId: villageId(i % LARGE.villages),
      rating: (i % 5) + 1,
      helped: '',
      hard: '',
      tags: TAG_SETS[i % TAG_SETS.length] ?? [],
      text: i % 4 === 0 ? `Góp ý số ${i}` : '',
      byResident: false,
      residentId: null,
      consent: null,
      createdAt: feedbackAt(i),
    });
  }
  const villages = Array.from({ length: LARGE.villages }, (_, v) => ({
    id: villageId(v),
    adults: adultsOf(v),
  }));
  return { sessions, attendance, residents, feedback, completions, villages };
}
