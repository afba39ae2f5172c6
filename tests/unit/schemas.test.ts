import { describe, expect, it } from 'vitest';
import { fieldErrors, sessionInputSchema, sessionSchema } from '../../src/core/schemas';
import { pushRequestSchema } from '../../src/core/wire';

describe('session schemas', () => {
  it('accepts a complete session input', () => {
    const r = sessionInputSchema.safeParse({
      date: '2026-11-05',
      villageId: 'nhan-bau',
      topics: ['M04'],
    });
    expect(r.success).toBe(true);
  });

  it('names every field that is wrong', () => {
    const r = sessionInputSchema.safeParse({ date: '05/11/2026', villageId: '', topics: [] });
    expect(r.success).toBe(false);
    expect(Object.keys(fieldErrors(r.error!)).sort()).toEqual(['date', 'topics', 'villageId']);
  });

  it('rejects topics outside the curriculum', () => {
    const r = sessionInputSchema.safeParse({ date: '2026-11-05', villageId: 'x', topics: ['M99'] });
    expect(r.success).toBe(false);
    expect(Object.keys(fieldErrors(r.error!))).toEqual(['topics.0']);
  });

  it('rejects impossible calendar dates', () => {
    const base = { villageId: 'x', topics: ['M01'] };
    expect(sessionInputSchema.safeParse({ ...base, date: '2026-02-30' }).success).toBe(false);
    expect(sessionInputSchema.safeParse({ ...base, date: '2028-02-29' }).success).toBe(true);
  });

  it('does not let a session claim another id format or commune code', () => {
    const r = sessionSchema.safeParse({
      id: 'not-a-uuid',
      communeCode: '1088',
      villageId: 'x',
      date: '2026-11-05',
      topics: ['M01'],
      createdAt: '2026-11-05T01:00:00.000Z',
      updatedAt: '2026-11-05T01:00:00.000Z',
    });
    expect(Object.keys(fieldErrors(r.error!)).sort()).toEqual(['communeCode', 'id']);
  });

  it('caps a push at 500 mutations', () => {
    const mutation = { seq: 1, name: 'session.put', args: {} };
    const r = pushRequestSchema.safeParse({
      clientId: '019a0000-0000-7000-8000-000000000000',
      communeCode: '10882',
      mutations: Array.from({ length: 501 }, () => mutation),
    });
    expect(r.success).toBe(false);
    expect(r.error!.issues.some((i) => i.path.join('.') === 'mutations')).toBe(true);
  });
});
