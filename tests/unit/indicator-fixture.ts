/**
 * A small commune whose indicators for the first quarter of 2026 were counted by hand (see
 * HAND below): three villages (Nhan Bầu with 40 adults entered, Tiên Kiều with 2, Lập Lễ with
 * none), seven sessions (one cancelled, two just outside the quarter), residents including an
 * erased one, walk-ins from other villages, a session with two facilitators, feedback with tags and
 * empty comments, and completions linked, unlinked, without a village and on the quarter's edges
 * (in Vietnam's time). The unit test computes on it directly; the server test pushes the same
 * records through /api/sync/push and expects the same figures from SQL.
 */
import type { Attendance } from '../../src/core/attendance';
import { MODULE_CODES, type ModuleCode } from '../../src/core/curriculum';
import type { Feedback } from '../../src/core/feedback';
import type { IndicatorInput } from '../../src/core/indicator-compute';
import type { Indicators, Period } from '../../src/core/indicators';
import {
  type Completion,
  type LearnerProfile,
  type ProfileLink,
  profileCodeOf,
} from '../../src/core/learning';
import type { ActiveResident, ErasedResident } from '../../src/core/resident';
import type { Session } from '../../src/core/session';

export const COMMUNE = '10882';
export const PERIOD: Period = { from: '2026-01-01', to: '2026-03-31' };

const A = 'nhan-bau';
const B = 'tien-kieu';
const C = 'lap-le';
export const VILLAGES = [
  { id: A, adults: 40 },
  { id: B, adults: 2 },
  { id: C, adults: null },
];

/** Ids that sort as their names: V1 < V2, f3 < f6 (the tie in recent comments). */
const id = (n: number) => `019b0000-0000-7000-8000-${String(n).padStart(12, '0')}`;
export const V1 = id(901);
export const V2 = id(902);
const ADMIN = id(900);

const stamp = (date: string) => `${date}T10:00:00.000Z`;

function session(n: number, over: Partial<Session>): Session {
  return {
    id: id(100 + n),
    communeCode: COMMUNE,
    date: '2026-01-10',
    startTime: '08:00',
    durationMinutes: 90,
    villageId: A,
    venue: 'Nhà văn hoá thôn',
    kind: 'class',
    targetGroups: ['residents'],
    topics: ['M04'],
    facilitators: [V1],
    vneidActivations: 0,
    onlineApplications: 0,
    cashlessAccounts: 0,
    notes: '',
    cancelledAt: null,
    createdAt: stamp(over.date ?? '2026-01-10'),
    updatedAt: stamp(over.date ?? '2026-01-10'),
    ...over,
  };
}

export const SESSIONS = {
  s1: session(1, {
    date: '2026-01-10',
    targetGroups: ['residents', 'elderly'],
    vneidActivations: 3,
    onlineApplications: 1,
  }),
  s2: session(2, {
    date: '2026-01-25',
    facilitators: [V1, V2],
    vneidActivations: 2,
    cashlessAccounts: 1,
  }),
  s3: session(3, {
    date: '2026-02-14',
    villageId: B,
    facilitators: [V2],
    targetGroups: ['elderly'],
    vneidActivations: 1,
    onlineApplications: 2,
    cashlessAccounts: 2,
  }),
  s4: session(4, { date: '2026-03-05', villageId: C, targetGroups: ['students', 'residents'] }),
  /** Cancelled: counts nowhere. */
  s5: session(5, {
    date: '2026-02-20',
    facilitators: [V2],
    vneidActivations: 5,
    onlineApplications: 5,
    cashlessAccounts: 5,
    cancelledAt: '2026-02-21T01:00:00.000Z',
  }),
  /** The day before the quarter. */
  s6: session(6, { date: '2025-12-31', vneidActivations: 7, onlineApplications: 7 }),
  /** The day after the quarter. */
  s7: session(7, { date: '2026-04-01', villageId: B, facilitators: [V2], cashlessAccounts: 7 }),
};

function resident(n: number, over: Partial<ActiveResident>): ActiveResident {
  return {
    id: id(200 + n),
    communeCode: COMMUNE,
    erased: false,
    fullName: `Người Dân ${n}`,
    birthYear: 1970,
    sex: 'female',
    villageId: A,
    phone: null,
    consent: {
      version: 'v1',
      givenBy: 'self',
      collectedBy: V1,
      collectedAt: '2026-01-05T02:00:00.000Z',
    },
    createdAt: '2026-01-05T02:00:00.000Z',
    updatedAt: '2026-01-05T02:00:00.000Z',
    ...over,
  };
}

const guardian = {
  version: 'v1',
  givenBy: 'guardian',
  collectedBy: V1,
  collectedAt: '2026-01-05T02:00:00.000Z',
} as const;

/** Ages are as of 2026, the quarter's year. */
export const RESIDENTS = {
  r1: resident(1, { birthYear: 1960, sex: 'female' }), // A, 66 → 60+
  r2: resident(2, { birthYear: 1990, sex: 'male' }), // A, 36 → 36–59 (edge)
  r3: resident(3, { birthYear: 2011, sex: 'female', consent: guardian }), // A, 15 → under 16
  r4: resident(4, { birthYear: 2010, sex: null, consent: guardian }), // A, 16 → 16–35 (edge)
  r5: resident(5, { birthYear: 1991, sex: 'female', villageId: B }), // B, 35 → 16–35 (edge)
  r6: resident(6, { birthYear: 1950, sex: 'male', villageId: B }), // B, erased below
  r7: resident(7, { birthYear: 1967, sex: 'male', villageId: C }), // C, 59 → 36–59 (edge)
  r9: resident(9, { birthYear: 1980, sex: 'female' }), // A, only at uncounted sessions
};

/** r6 after a deletion request: village, sex and age group kept. */
export const ERASED_R6: ErasedResident = {
  id: RESIDENTS.r6.id,
  communeCode: COMMUNE,
  erased: true,
  villageId: B,
  sex: 'male',
  ageGroup: '60_plus',
  createdAt: RESIDENTS.r6.createdAt,
  updatedAt: '2026-03-01T02:00:00.000Z',
};

const tick = (s: Session, r: ActiveResident, present = true): Attendance => ({
  sessionId: s.id,
  residentId: r.id,
  present,
  updatedAt: s.updatedAt,
});

const { s1, s2, s3, s4, s5, s6, s7 } = SESSIONS;
const { r1, r2, r3, r4, r5, r6, r7, r9 } = RESIDENTS;
export const ATTENDANCE: Attendance[] = [
  tick(s1, r1),
  tick(s1, r2),
  tick(s1, r3),
  tick(s1, r4, false), // absent
  tick(s2, r1),
  tick(s2, r2),
  tick(s2, r4),
  tick(s2, r7), // walk-in from C
  tick(s3, r5),
  tick(s3, r6), // erased later
  tick(s3, r1), // walk-in from A
  tick(s3, r2, false), // absent
  tick(s4, r7),
  tick(s4, r5), // walk-in from B
  tick(s5, r1), // cancelled session
  tick(s5, r9),
  tick(s6, r9), // before the quarter
  tick(s7, r9), // after the quarter
];

function feedback(n: number, over: Partial<Feedback>): Feedback {
  return {
    id: id(300 + n),
    communeCode: COMMUNE,
    sessionId: null,
    villageId: A,
    rating: 4,
    helped: 'Biết kích hoạt VNeID mức 2',
    hard: '',
    tags: [],
    text: '',
    byResident: false,
    residentId: null,
    consent: null,
    createdAt: '2026-01-10T09:00:00.000Z',
    ...over,
  };
}

export const FEEDBACK: Feedback[] = [
  feedback(1, {
    sessionId: s1.id,
    rating: 5,
    tags: ['weak_network', 'scam_worry'],
    text: 'Rất hữu ích',
  }),
  feedback(2, { rating: 3, tags: ['weak_network'], createdAt: '2026-01-25T09:00:00.000Z' }),
  feedback(3, {
    villageId: B,
    text: 'Cần thêm buổi nữa',
    createdAt: '2026-02-14T09:00:00.000Z',
  }),
  // 01:00 on 1 January in Vietnam: inside the quarter.
  feedback(4, {
    villageId: C,
    rating: 1,
    tags: ['no_smartphone'],
    text: 'Không có điện thoại',
    createdAt: '2025-12-31T18:00:00.000Z',
  }),
  // 00:30 on 1 April in Vietnam: outside.
  feedback(5, {
    villageId: B,
    rating: 2,
    tags: ['other'],
    text: 'Ngoài kỳ',
    createdAt: '2026-03-31T17:30:00.000Z',
  }),
  // The same moment as f3: the larger id comes first.
  feedback(6, {
    rating: 4,
    tags: ['needs_another_session'],
    text: 'Cùng lúc',
    createdAt: '2026-02-14T09:00:00.000Z',
  }),
];

function profile(n: number, villageId: string | null): LearnerProfile {
  return {
    id: id(400 + n),
    communeCode: COMMUNE,
    villageId,
    birthYear: 1965,
    createdAt: '2026-01-02T02:00:00.000Z',
    updatedAt: '2026-01-02T02:00:00.000Z',
  };
}

export const PROFILES = {
  p1: profile(1, A),
  p2: profile(2, B),
  p3: profile(3, null),
  p4: profile(4, C),
};

const done = (
  p: LearnerProfile,
  moduleCode: Completion['moduleCode'],
  completedAt: string,
  code: string,
): Completion => ({
  communeCode: COMMUNE,
  profileId: p.id,
  moduleCode,
  moduleVersion: 1,
  completedAt,
  code,
});

const { p1, p2, p3, p4 } = PROFILES;
export const COMPLETIONS: Completion[] = [
  done(p1, 'M04', '2026-01-15T03:00:00.000Z', 'AAAA2222'),
  done(p1, 'M05', '2026-03-31T16:59:59.999Z', 'AAAA3333'), // 23:59:59 on 31/03 in Vietnam: in
  done(p2, 'M04', '2026-03-31T17:00:00.000Z', 'AAAA4444'), // 00:00 on 1/4 in Vietnam: out
  done(p2, 'M01', '2025-12-31T17:00:00.000Z', 'AAAA5555'), // 00:00 on 1/1 in Vietnam: in
  done(p3, 'M04', '2026-02-01T00:00:00.000Z', 'AAAA6666'), // a profile without a village
  done(p4, 'M13', '2025-12-31T16:59:59.999Z', 'AAAA7777'), // 23:59:59 on 31/12 in Vietnam: out
];

const link = (p: LearnerProfile, r: ActiveResident): ProfileLink => ({
  communeCode: COMMUNE,
  profileCode: profileCodeOf(p.id),
  residentId: r.id,
  consent: {
    version: 'v1',
    givenBy: 'self',
    collectedBy: ADMIN,
    collectedAt: '2026-01-20T02:00:00.000Z',
  },
  linkedAt: '2026-01-20T02:00:00.000Z',
});

/** p1 is r1, p4 is r7 (linked with their consent); p2 and p3 stay anonymous. */
export const LINKS: ProfileLink[] = [link(p1, r1), link(p4, r7)];

const LINKED = new Set(LINKS.map((l) => l.profileCode));
const villageOf = new Map(Object.values(PROFILES).map((p) => [p.id, p.villageId]));

/** What a phone holding all of it would compute on. */
export function fixtureInput(): IndicatorInput {
  return {
    sessions: Object.values(SESSIONS),
    attendance: ATTENDANCE,
    residents: [...Object.values(RESIDENTS).filter((r) => r.id !== r6.id), ERASED_R6],
    feedback: FEEDBACK,
    completions: COMPLETIONS.map((c) => ({
      profileId: c.profileId,
      moduleCode: c.moduleCode,
      completedAt: c.completedAt,
      villageId: villageOf.get(c.profileId) ?? null,
      linked: LINKED.has(profileCodeOf(c.profileId)),
    })),
    villages: VILLAGES,
  };
}

const zeroModules = Object.fromEntries(MODULE_CODES.map((m) => [m, 0])) as Record<
  ModuleCode,
  number
>;

/**
 * The figures counted by hand. Counted sessions: s1, s2 (Nhan Bầu, January), s3 (Tiên Kiều,
 * February), s4 (Lập Lễ, March); s5 is cancelled, s6 and s7 outside. Present at them:
 * s1 {r1 r2 r3}, s2 {r1 r2 r4 r7}, s3 {r5 r6 r1}, s4 {r7 r5}.
 */
export const HAND: Indicators = {
  period: PERIOD,
  sessions: 4,
  attendances: 12, // 3 + 4 + 3 + 2
  uniqueResidents: 7, // r1..r7 (r9 only at uncounted sessions)
  vneidActivations: 6, // 3 + 2 + 1 + 0
  onlineApplications: 3, // 1 + 0 + 2 + 0
  cashlessAccounts: 3, // 0 + 1 + 2 + 0
  byVillage: [
    {
      villageId: A,
      sessions: 2, // s1, s2
      attendances: 7, // 3 + 4
      uniqueResidents: 5, // r1 r2 r3 r4 r7 (r7 a walk-in)
      vneidActivations: 5,
      onlineApplications: 1,
      cashlessAccounts: 1,
      completions: 2, // p1: M04, M05
      adultsReached: 4, // r1 r2 r4 r7; r3 is 15
      adultPopulation: 40,
      reachedShare: 0.1, // 4 / 40
    },
    {
      villageId: B,
      sessions: 1, // s3
      attendances: 3,
      uniqueResidents: 3, // r5 r6 r1 (r1 a walk-in, r6 erased)
      vneidActivations: 1,
      onlineApplications: 2,
      cashlessAccounts: 2,
      completions: 1, // p2: M01 (its M04 is on 1/4 in Vietnam)
      adultsReached: 3,
      adultPopulation: 2,
      reachedShare: 1.5, // 3 / 2: walk-ins count where they attended
    },
    {
      villageId: C,
      sessions: 1, // s4
      attendances: 2,
      uniqueResidents: 2, // r7 r5
      vneidActivations: 0,
      onlineApplications: 0,
      cashlessAccounts: 0,
      completions: 0, // p4's M13 is on 31/12 in Vietnam
      adultsReached: 2,
      adultPopulation: null,
      reachedShare: null,
    },
  ],
  byMonth: [
    { month: '2026-01', sessions: 2, attendances: 7, uniqueResidents: 5 }, // r1 r2 r3 r4 r7
    { month: '2026-02', sessions: 1, attendances: 3, uniqueResidents: 3 }, // s5 cancelled
    { month: '2026-03', sessions: 1, attendances: 2, uniqueResidents: 2 },
  ],
  // r1 r3 r5 | r2 r6 (erased, kept) r7 | r4
  bySex: { female: 3, male: 3, unknown: 1 },
  // r3 | r4 r5 | r2 r7 | r1 r6 (erased: stored group)
  byAgeGroup: { under_16: 1, '16_35': 2, '36_59': 2, '60_plus': 2 },
  byTargetGroup: {
    residents: 3, // s1 s2 s4
    officials: 0,
    party_members: 0,
    union_members: 0,
    businesses: 0,
    students: 1, // s4
    elderly: 2, // s1 s3
  },
  byVolunteer: [
    {
      volunteerId: V1, // s1 s2 s4
      sessions: 3,
      attendances: 9, // 3 + 4 + 2
      uniqueResidents: 6, // r1 r2 r3 r4 r7 r5
      vneidActivations: 5,
      onlineApplications: 1,
      cashlessAccounts: 1,
    },
    {
      volunteerId: V2, // s2 s3 (s5 cancelled, s7 outside)
      sessions: 2,
      attendances: 7, // 4 + 3
      uniqueResidents: 6, // r1 r2 r4 r7 r5 r6
      vneidActivations: 3,
      onlineApplications: 2,
      cashlessAccounts: 3,
    },
  ],
  completions: {
    total: 4, // p1 M04, p1 M05, p2 M01, p3 M04
    linked: 2, // p1's
    byModule: { ...zeroModules, M01: 1, M04: 2, M05: 1 },
  },
  feedback: {
    count: 5, // f1 f2 f3 f4 f6 (f5 on 1/4 in Vietnam)
    averageRating: 3.4, // (5 + 3 + 4 + 1 + 4) / 5
    tags: {
      weak_network: 2, // f1 f2
      no_smartphone: 1,
      forgot_password: 0,
      scam_worry: 1,
      needs_another_session: 1,
      other: 0, // f5 is outside
    },
    // With words only (f2 has none), newest first; f6 and f3 tie, the larger id first.
    recent: [
      { createdAt: '2026-02-14T09:00:00.000Z', villageId: A, rating: 4, text: 'Cùng lúc' },
      { createdAt: '2026-02-14T09:00:00.000Z', villageId: B, rating: 4, text: 'Cần thêm buổi nữa' },
      { createdAt: '2026-01-10T09:00:00.000Z', villageId: A, rating: 5, text: 'Rất hữu ích' },
      {
        createdAt: '2025-12-31T18:00:00.000Z',
        villageId: C,
        rating: 1,
        text: 'Không có điện thoại',
      },
    ],
  },
};
