import { describe, expect, it } from 'vitest';
import { computeIndicators, vietnamDay } from '../../src/core/indicator-compute';
import { indicatorsQuerySchema, indicatorsSchema } from '../../src/core/indicators-wire';
import { fixtureInput, HAND, PERIOD, RESIDENTS, SESSIONS } from './indicator-fixture';

const figures = computeIndicators(fixtureInput(), PERIOD);

describe('computeIndicators on the hand-counted fixture', () => {
  it('counts sessions, attendances, unique residents and help over the period', () => {
    const { sessions, attendances, uniqueResidents } = figures;
    expect({ sessions, attendances, uniqueResidents }).toEqual({
      sessions: HAND.sessions,
      attendances: HAND.attendances,
      uniqueResidents: HAND.uniqueResidents,
    });
    const { vneidActivations, onlineApplications, cashlessAccounts } = figures;
    expect({ vneidActivations, onlineApplications, cashlessAccounts }).toEqual({
      vneidActivations: 6,
      onlineApplications: 3,
      cashlessAccounts: 3,
    });
  });

  it('by village: walk-ins count where they attended; a share only with a population', () => {
    expect(figures.byVillage).toEqual(HAND.byVillage);
  });

  it('by month: every month of the period, residents counted once per month', () => {
    expect(figures.byMonth).toEqual(HAND.byMonth);
  });

  it('by sex and age group: each resident once, an erased one by what the erasure kept', () => {
    expect(figures.bySex).toEqual(HAND.bySex);
    expect(figures.byAgeGroup).toEqual(HAND.byAgeGroup);
  });

  it('by target group: a session for two groups counts for both', () => {
    expect(figures.byTargetGroup).toEqual(HAND.byTargetGroup);
  });

  it('by volunteer: a session with two facilitators counts fully for each', () => {
    expect(figures.byVolunteer).toEqual(HAND.byVolunteer);
  });

  it('completions in the period by Vietnam day, by module, linked or not', () => {
    expect(figures.completions).toEqual(HAND.completions);
  });

  it('feedback: count, mean rating, tags, comments with words newest first', () => {
    expect(figures.feedback).toEqual(HAND.feedback);
  });

  it('is the whole hand count, and what the wire schema accepts', () => {
    expect(figures).toEqual(HAND);
    expect(indicatorsSchema.safeParse(figures).error?.issues).toBeUndefined();
  });

  it('does not depend on the order of the records', () => {
    const input = fixtureInput();
    const reversed = {
      ...input,
      sessions: [...input.sessions].reverse(),
      attendance: [...input.attendance].reverse(),
      residents: [...input.residents].reverse(),
      feedback: [...input.feedback].reverse(),
      completions: [...input.completions].reverse(),
    };
    expect(computeIndicators(reversed, PERIOD)).toEqual(HAND);
  });
});

describe('computeIndicators edge cases', () => {
  it('gives zeros for a period without records, every month and village listed', () => {
    const empty = computeIndicators(fixtureInput(), { from: '2024-11-01', to: '2025-01-31' });
    expect(empty).toMatchObject({ sessions: 0, attendances: 0, uniqueResidents: 0 });
    expect(empty.byMonth.map((m) => [m.month, m.sessions])).toEqual([
      ['2024-11', 0],
      ['2024-12', 0],
      ['2025-01', 0],
    ]);
    expect(empty.byVillage.map((v) => [v.villageId, v.uniqueResidents, v.reachedShare])).toEqual([
      ['nhan-bau', 0, 0],
      ['tien-kieu', 0, 0],
      ['lap-le', 0, null],
    ]);
    expect(empty.byVolunteer).toEqual([]);
    expect(empty.feedback).toMatchObject({ count: 0, averageRating: null, recent: [] });
    expect(empty.completions.total).toBe(0);
  });

  it('counts a resident the phone does not hold in totals and as unknown sex, no age group', () => {
    const input = fixtureInput();
    const missing = {
      ...input,
      residents: input.residents.filter((r) => r.id !== RESIDENTS.r7.id),
    };
    const f = computeIndicators(missing, PERIOD);
    expect(f.uniqueResidents).toBe(7);
    expect(f.bySex).toEqual({ female: 3, male: 2, unknown: 2 });
    expect(f.byAgeGroup).toEqual({ under_16: 1, '16_35': 2, '36_59': 1, '60_plus': 2 });
    expect(f.byVillage[0]?.adultsReached).toBe(3);
  });

  it('lists a village it was not given after the given ones; 0 adults gives no share', () => {
    const input = fixtureInput();
    const f = computeIndicators(
      {
        ...input,
        villages: [
          { id: 'lap-le', adults: 0 },
          { id: 'nhan-bau', adults: null },
        ],
      },
      PERIOD,
    );
    expect(f.byVillage.map((v) => [v.villageId, v.reachedShare])).toEqual([
      ['lap-le', null],
      ['nhan-bau', null],
      ['tien-kieu', null],
    ]);
  });

  it('takes age groups as of the period’s last year', () => {
    // r1 was born in 1960: 59 at the end of 2019, 60 at the end of 2020.
    const input = { ...fixtureInput(), sessions: [{ ...SESSIONS.s1, date: '2019-06-01' }] };
    expect(computeIndicators(input, { from: '2019-01-01', to: '2019-12-31' }).byAgeGroup).toEqual({
      under_16: 1, // r3, 8
      '16_35': 1, // r2, 29
      '36_59': 1, // r1, 59
      '60_plus': 0,
    });
    expect(
      computeIndicators(input, { from: '2019-01-01', to: '2020-01-01' }).byAgeGroup['60_plus'],
    ).toBe(1);
  });
});

describe('vietnamDay', () => {
  it('is the date at UTC+7', () => {
    expect(vietnamDay('2026-03-31T16:59:59.999Z')).toBe('2026-03-31');
    expect(vietnamDay('2026-03-31T17:00:00.000Z')).toBe('2026-04-01');
  });
});

describe('indicatorsQuerySchema', () => {
  const ok = (from: string, to: string) => indicatorsQuerySchema.safeParse({ from, to }).success;
  it('takes a period of up to ten years, from before to', () => {
    expect(ok('2026-01-01', '2026-01-01')).toBe(true);
    expect(ok('2021-01-01', '2030-12-31')).toBe(true);
    expect(ok('2021-01-01', '2031-01-01')).toBe(false);
    expect(ok('2026-02-01', '2026-01-31')).toBe(false);
    expect(ok('2026-02-30', '2026-03-01')).toBe(false);
    expect(ok('01/01/2026', '2026-03-01')).toBe(false);
  });
});
