import { beforeEach, describe, expect, it, vi } from 'vitest';
import { summarizeAttendance } from '../../src/core/attendance-summary';
import {
  addWalkIn,
  presentCounts,
  presentIds,
  presentResidents,
  setAttendance,
} from '../../src/db/attendance';
import { db } from '../../src/db/db';
import { addResident, eraseResident, likelyDuplicates, listRoster } from '../../src/db/residents';
import { createSession } from '../../src/db/sessions';
import { consent, residentInput, sessionInput } from './factories';
import { resetDb } from './reset-db';

beforeEach(resetDb);

describe('attendance', () => {
  it('ticks, unticks and re-ticks a resident as one (session, resident) fact', async () => {
    const s = await createSession('10882', sessionInput());
    const r = await addResident('10882', residentInput(), consent());
    await setAttendance(s.id, r.id, true);
    await setAttendance(s.id, r.id, false);
    expect(await presentIds(s.id)).toEqual(new Set());
    await setAttendance(s.id, r.id, true);
    expect(await presentIds(s.id)).toEqual(new Set([r.id]));
    expect(await db.attendance.count()).toBe(1);
    const names = (await db.outbox.toArray()).map((m) => m.name);
    expect(names.filter((n) => n === 'attendance.set')).toHaveLength(3);
  });

  it('adds a walk-in to the roster and ticks them in one transaction', async () => {
    const s = await createSession('10882', sessionInput());
    const w = await addWalkIn('10882', s.id, residentInput({ fullName: 'Đỗ Thị Bích' }), consent());
    expect(await presentIds(s.id)).toEqual(new Set([w.id]));
    expect((await listRoster('nhan-bau')).map((r) => r.fullName)).toEqual(['Đỗ Thị Bích']);

    const spy = vi.spyOn(db.attendance, 'put').mockRejectedValueOnce(new Error('disk full'));
    await expect(
      addWalkIn('10882', s.id, residentInput({ fullName: 'Vũ Văn Dũng' }), consent()),
    ).rejects.toThrow();
    spy.mockRestore();
    expect((await listRoster('nhan-bau')).map((r) => r.fullName)).toEqual(['Đỗ Thị Bích']);
  });

  it('counts by sex and age group, and keeps counting an erased resident', async () => {
    const s = await createSession('10882', sessionInput({ date: '2026-11-05' }));
    const people = [
      residentInput({ fullName: 'Trần Thị Ánh', sex: 'female', birthYear: 1950 }),
      residentInput({ fullName: 'Lê Văn Hùng', sex: 'male', birthYear: 1995 }),
      residentInput({ fullName: 'Phạm Thị Lan', sex: 'female', birthYear: 1975 }),
      residentInput({ fullName: 'Hoàng Minh', sex: null, birthYear: 2015 }),
    ];
    const ids: string[] = [];
    for (const p of people) {
      const by = p.birthYear > 2010 ? { ...consent(), givenBy: 'guardian' as const } : consent();
      ids.push((await addWalkIn('10882', s.id, p, by)).id);
    }
    await eraseResident(ids[0]!);
    const summary = summarizeAttendance(await presentResidents(s.id), 2026);
    expect(summary).toEqual({
      total: 4,
      bySex: { female: 2, male: 1, unknown: 1 },
      byAge: { under_16: 1, '16_35': 1, '36_59': 1, '60_plus': 1 },
    });
    expect(await presentCounts([s.id])).toEqual(new Map([[s.id, 4]]));
    const erased = await db.residents.get(ids[0]!);
    expect(JSON.stringify(erased)).not.toContain('Ánh');
    expect((await listRoster('nhan-bau')).map((r) => r.fullName)).not.toContain('Trần Thị Ánh');
  });
});

describe('consent', () => {
  it('for a child must come from a parent or guardian, whatever the form did', async () => {
    const child = residentInput({
      fullName: 'Hoàng Minh',
      birthYear: new Date().getFullYear() - 8,
    });
    await expect(addResident('10882', child, consent())).rejects.toThrow();
    const ok = await addResident('10882', child, { ...consent(), givenBy: 'guardian' });
    expect(ok.consent.givenBy).toBe('guardian');
  });
});

describe('likely duplicates', () => {
  it('match the same folded name, birth year and village only', async () => {
    await addResident(
      '10882',
      residentInput({ fullName: 'Nguyễn Văn An', birthYear: 1960 }),
      consent(),
    );
    const probe = { fullName: 'NGUYEN VAN AN', birthYear: 1960, villageId: 'nhan-bau' };
    expect(await likelyDuplicates(probe)).toHaveLength(1);
    expect(await likelyDuplicates({ ...probe, birthYear: 1961 })).toHaveLength(0);
    expect(await likelyDuplicates({ ...probe, villageId: 'lap-le' })).toHaveLength(0);
    expect(await likelyDuplicates({ ...probe, fullName: 'Nguyễn Văn Ân' })).toHaveLength(1);
  });
});
