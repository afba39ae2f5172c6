import { beforeEach, describe, expect, it, vi } from 'vitest';
import { computeIndicators } from '../../src/core/indicator-compute';
import type { Village } from '../../src/core/village';
import { db } from '../../src/db/db';
import { deviceIndicators, readIndicatorInput } from '../../src/db/local-indicators';
import { replaceReference } from '../../src/db/reference';
import { village } from './factories';
import { attendance, feedback, resident, session } from './outbox-fixtures';
import { resetDb } from './reset-db';

vi.mock('../../src/core/indicator-compute', async (original) => {
  const real = await original<typeof import('../../src/core/indicator-compute')>();
  return { ...real, computeIndicators: vi.fn(real.computeIndicators) };
});

const YEAR = { from: '2026-01-01', to: '2026-12-31' };
const COMMUNE = { communeCode: '10882', villages: null };
const ids = (rows: readonly { id: string }[]) => rows.map((r) => r.id).sort();

const PROFILE = {
  communeCode: '10882',
  displayName: 'Bà Tư',
  birthYear: 1958,
  colour: 'green' as const,
  pin: null,
  pinFailures: 0,
  pinBlockedUntil: null,
  createdAt: '2026-03-01T00:00:00.000Z',
  updatedAt: '2026-03-01T00:00:00.000Z',
};
const completion = (profileId: string, moduleCode: 'M01' | 'M04', completedAt: string) => ({
  communeCode: '10882',
  profileId,
  moduleCode,
  moduleVersion: 1,
  completedAt,
  code: 'ABCDEFGH',
});

// Nhân Bầu has a population; Tiên Kiều was cached before populations existed (no field at all).
const { adults: _, ...tienKieuOld } = village('tien-kieu', 'Tiên Kiều', 2);
const villages = [{ ...village('nhan-bau', 'Nhân Bầu', 1), adults: 480 }, tienKieuOld as Village];

const an = resident({ villageId: 'nhan-bau', birthYear: 1970 });
const binh = resident({ villageId: 'tien-kieu', birthYear: 2012 });
const stranger = resident({ villageId: 'nhan-bau' });
const s1 = session({ date: '2026-03-10', villageId: 'nhan-bau' });
const s2 = session({ date: '2026-11-05', villageId: 'tien-kieu', vneidActivations: 2 });
const lastYear = session({ date: '2025-12-31', villageId: 'nhan-bau' });
const elsewhere = session({ date: '2026-04-01', villageId: 'x-khac', communeCode: '10883' });
const f1 = feedback({ villageId: 'nhan-bau', text: 'Rất dễ hiểu' });
const f2 = feedback({ villageId: 'tien-kieu' });
const fOther = feedback({ villageId: 'x-khac', communeCode: '10883' });

beforeEach(async () => {
  await resetDb();
  vi.mocked(computeIndicators).mockClear();
  await replaceReference('10882', villages, []);
  await db.villages.put({ ...village('x-khac', 'Thôn xã khác', 1), communeCode: '10883' });
  await db.residents.bulkPut([an, binh, stranger]);
  await db.sessions.bulkPut([s1, s2, lastYear, elsewhere]);
  await db.attendance.bulkPut([
    attendance(s1.id, an.id),
    attendance(s2.id, an.id),
    attendance(s2.id, binh.id),
    attendance(lastYear.id, stranger.id),
  ]);
  await db.feedback.bulkPut([f1, f2, fOther]);
  await db.profiles.bulkPut([
    { ...PROFILE, id: '019a0000-0000-7000-8000-00000000a001', villageId: 'nhan-bau' },
    { ...PROFILE, id: '019a0000-0000-7000-8000-00000000a002', villageId: null },
    {
      ...PROFILE,
      id: '019a0000-0000-7000-8000-00000000a003',
      villageId: 'x',
      communeCode: '10883',
    },
  ]);
  await db.completions.bulkPut([
    completion('019a0000-0000-7000-8000-00000000a001', 'M04', '2026-06-01T03:00:00.000Z'),
    completion('019a0000-0000-7000-8000-00000000a002', 'M01', '2026-06-02T03:00:00.000Z'),
    completion('019a0000-0000-7000-8000-00000000a003', 'M01', '2026-06-02T03:00:00.000Z'),
  ]);
});

describe('the phone’s own indicators', () => {
  it('hands computeIndicators the commune’s records of the period, as the administrator sees them', async () => {
    const result = await deviceIndicators(COMMUNE, YEAR, new Date('2026-11-24T07:05:00.000Z'));
    expect(computeIndicators).toHaveBeenCalledTimes(1);
    const [input, period] = vi.mocked(computeIndicators).mock.calls[0]!;
    expect(period).toEqual(YEAR);
    // The period's sessions of this commune only; their attendance and the residents it reached.
    expect(ids(input.sessions)).toEqual(ids([s1, s2]));
    expect(input.attendance).toHaveLength(3);
    expect(ids(input.residents)).toEqual(ids([an, binh]));
    // Feedback of the commune (computeIndicators picks the period by the day in Vietnam).
    expect(ids(input.feedback)).toEqual(ids([f1, f2]));
    // Villages in the phone's (Vietnamese) order; a village cached without a population has none.
    expect(input.villages).toEqual([
      { id: 'nhan-bau', adults: 480 },
      { id: 'tien-kieu', adults: null },
    ]);
    // This phone's learners of the commune, village from the profile, never known to be linked.
    expect([...input.completions].sort((a, b) => a.profileId.localeCompare(b.profileId))).toEqual([
      {
        profileId: '019a0000-0000-7000-8000-00000000a001',
        moduleCode: 'M04',
        completedAt: '2026-06-01T03:00:00.000Z',
        villageId: 'nhan-bau',
        linked: false,
      },
      {
        profileId: '019a0000-0000-7000-8000-00000000a002',
        moduleCode: 'M01',
        completedAt: '2026-06-02T03:00:00.000Z',
        villageId: null,
        linked: false,
      },
    ]);
    // Labelled as the phone's, timed when computed, and the figures are computeIndicators' own.
    expect(result.source).toBe('device');
    expect(result.at).toBe('2026-11-24T07:05:00.000Z');
    expect(result.indicators).toEqual(vi.mocked(computeIndicators).mock.results[0]!.value);
    expect(result.indicators.sessions).toBe(2);
    expect(result.indicators.uniqueResidents).toBe(2);
    expect(result.indicators.vneidActivations).toBe(2);
    expect(result.indicators.completions.total).toBe(2);
  });

  it('keeps a volunteer to their villages: sessions, feedback and completions of other villages stay out', async () => {
    const input = await readIndicatorInput({ communeCode: '10882', villages: ['nhan-bau'] }, YEAR);
    expect(ids(input.sessions)).toEqual(ids([s1]));
    expect(ids(input.residents)).toEqual(ids([an]));
    expect(ids(input.feedback)).toEqual(ids([f1]));
    expect(input.villages).toEqual([{ id: 'nhan-bau', adults: 480 }]);
    // A learner who gave no village cannot be placed in the volunteer's villages.
    expect(input.completions.map((c) => c.villageId)).toEqual(['nhan-bau']);
  });

  it('reads a period with no records as empty input (zeros, not an error)', async () => {
    const input = await readIndicatorInput(COMMUNE, { from: '2027-01-01', to: '2027-03-31' });
    expect(input.sessions).toEqual([]);
    expect(input.attendance).toEqual([]);
    expect(input.residents).toEqual([]);
    const { indicators } = await deviceIndicators(COMMUNE, {
      from: '2027-01-01',
      to: '2027-03-31',
    });
    expect(indicators.sessions).toBe(0);
    expect(indicators.byMonth.map((m) => m.month)).toEqual(['2027-01', '2027-02', '2027-03']);
  });
});
