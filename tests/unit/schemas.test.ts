import { describe, expect, it } from 'vitest';
import { todayInVietnam } from '../../src/core/dates';
import { feedbackInputSchema } from '../../src/core/feedback';
import { fieldErrors } from '../../src/core/fields';
import { erase, residentInputSchema } from '../../src/core/resident';
import { sessionInputSchema } from '../../src/core/session';
import { pushRequestSchema } from '../../src/core/wire';
import { consent, residentInput, sessionInput } from './factories';

const errorsOf = (r: { success: boolean; error?: unknown }) =>
  r.success ? {} : fieldErrors(r.error as Parameters<typeof fieldErrors>[0]);

describe('session input', () => {
  it('accepts a complete session', () => {
    expect(sessionInputSchema.safeParse(sessionInput()).success).toBe(true);
  });

  it('names every wrong field', () => {
    const r = sessionInputSchema.safeParse(
      sessionInput({ date: '05/11/2026', startTime: '25:00', villageId: '', targetGroups: [] }),
    );
    expect(Object.keys(errorsOf(r)).sort()).toEqual([
      'date',
      'startTime',
      'targetGroups',
      'villageId',
    ]);
  });

  it('takes today as it is in Vietnam (UTC+7), whatever the time zone of the clock', () => {
    expect(todayInVietnam(new Date('2026-11-04T16:59:59.999Z'))).toBe('2026-11-04');
    expect(todayInVietnam(new Date('2026-11-04T17:00:00.000Z'))).toBe('2026-11-05');
    expect(todayInVietnam(new Date('2026-12-31T17:30:00.000Z'))).toBe('2027-01-01');
  });

  it('rejects a date after today in Vietnam, with its own code', () => {
    const tomorrow = new Date(Date.now() + 36 * 3600_000);
    const r = sessionInputSchema.safeParse(sessionInput({ date: todayInVietnam(tomorrow) }));
    expect(errorsOf(r)).toEqual({ date: 'future' });
    expect(sessionInputSchema.safeParse(sessionInput({ date: todayInVietnam() })).success).toBe(
      true,
    );
  });

  it('rejects absurd durations and counts', () => {
    for (const bad of [
      { durationMinutes: 0 },
      { durationMinutes: 721 },
      { durationMinutes: 1.5 },
      { vneidActivations: -1 },
      { cashlessAccounts: 10_001 },
    ]) {
      expect(sessionInputSchema.safeParse(sessionInput(bad)).success, JSON.stringify(bad)).toBe(
        false,
      );
    }
    expect(
      sessionInputSchema.safeParse(
        sessionInput({ durationMinutes: 720, onlineApplications: 10_000 }),
      ).success,
    ).toBe(true);
  });

  it('needs a topic except for a Tổ CNSCĐ meeting', () => {
    expect(errorsOf(sessionInputSchema.safeParse(sessionInput({ topics: [] })))).toEqual({
      topics: 'required',
    });
    expect(
      sessionInputSchema.safeParse(sessionInput({ topics: [], kind: 'team_meeting' })).success,
    ).toBe(true);
  });

  it('rejects topics outside the curriculum and repeated choices', () => {
    expect(sessionInputSchema.safeParse({ ...sessionInput(), topics: ['M99'] }).success).toBe(
      false,
    );
    expect(sessionInputSchema.safeParse(sessionInput({ topics: ['M01', 'M01'] })).success).toBe(
      false,
    );
  });

  it('trims text and collapses spaces', () => {
    const r = residentInputSchema.parse(residentInput({ fullName: '  Nguyễn   Thị  Hoa ' }));
    expect(r.fullName).toBe('Nguyễn Thị Hoa');
  });
});

describe('resident input', () => {
  it('rejects impossible birth years and a bad phone, and cleans a spaced one', () => {
    const next = new Date().getFullYear() + 1;
    expect(
      Object.keys(errorsOf(residentInputSchema.safeParse(residentInput({ birthYear: 1899 })))),
    ).toEqual(['birthYear']);
    expect(errorsOf(residentInputSchema.safeParse(residentInput({ birthYear: next })))).toEqual({
      birthYear: 'future',
    });
    expect(
      Object.keys(errorsOf(residentInputSchema.safeParse(residentInput({ phone: '12345' })))),
    ).toEqual(['phone']);
    expect(residentInputSchema.parse(residentInput({ phone: '0912 345 678' })).phone).toBe(
      '0912345678',
    );
  });

  it('erasure keeps only what anonymous counts need', () => {
    const now = '2026-11-24T00:00:00.000Z';
    const active = {
      ...residentInput({ sex: 'female', birthYear: 1950, phone: '0912345678' }),
      id: '019a0000-0000-7000-8000-000000000001',
      communeCode: '10882',
      erased: false as const,
      consent: consent(),
      createdAt: now,
      updatedAt: now,
    };
    const erased = erase(active, now);
    expect(erased).toEqual({
      id: active.id,
      communeCode: '10882',
      createdAt: now,
      updatedAt: now,
      erased: true,
      villageId: 'nhan-bau',
      sex: 'female',
      ageGroup: '60_plus',
    });
    expect(JSON.stringify(erased)).not.toMatch(/Nguyễn|0912345678|1950/);
  });
});

describe('feedback input', () => {
  const base = {
    sessionId: null,
    villageId: 'nhan-bau',
    rating: 4,
    helped: '',
    hard: '',
    tags: ['weak_network' as const],
    text: '',
    byResident: false,
    residentId: null,
    consent: null,
  };

  it('is anonymous by default and needs consent to name someone', () => {
    expect(feedbackInputSchema.safeParse(base).success).toBe(true);
    const named = { ...base, residentId: '019a0000-0000-7000-8000-000000000001' };
    expect(errorsOf(feedbackInputSchema.safeParse(named))).toEqual({ consent: 'required' });
    expect(feedbackInputSchema.safeParse({ ...named, consent: consent() }).success).toBe(true);
  });

  it('rejects a rating outside 1–5', () => {
    expect(feedbackInputSchema.safeParse({ ...base, rating: 0 }).success).toBe(false);
    expect(feedbackInputSchema.safeParse({ ...base, rating: 6 }).success).toBe(false);
  });
});

describe('push request', () => {
  it('caps a push at 500 mutations', () => {
    const mutation = { seq: 1, name: 'session.put', args: {} };
    const r = pushRequestSchema.safeParse({
      clientId: '019a0000-0000-7000-8000-000000000000',
      communeCode: '10882',
      mutations: Array.from({ length: 501 }, () => mutation),
    });
    expect(r.success).toBe(false);
  });
});
