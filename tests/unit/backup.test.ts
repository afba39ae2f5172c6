import { beforeEach, describe, expect, it, vi } from 'vitest';
import { type Backup, backupFileName, parseBackup } from '../../src/core/backup';
import { erase } from '../../src/core/resident';
import { backupRecordCount, exportBackup, importBackup } from '../../src/db/backup';
import { db } from '../../src/db/db';
import { nextHlc } from '../../src/db/hlc-clock';
import {
  attendance,
  feedback,
  resident,
  session,
  storeFeedback,
  storeResident,
  storeSession,
  storeTick,
} from './outbox-fixtures';
import { resetDb } from './reset-db';

beforeEach(resetDb);

const later = (iso: string, ms = 60_000) => new Date(Date.parse(iso) + ms).toISOString();

/** A phone with one of each record unsent, and one session already on the server. */
async function phoneWithUnsent() {
  const s = session();
  const r = resident();
  const a = attendance(s.id, r.id);
  const f = feedback({ sessionId: s.id });
  await storeSession(s);
  await storeSession({ ...s, venue: 'Sân đình', updatedAt: later(s.updatedAt) });
  await storeResident(r, { status: 'rejected', reason: 'forbidden_village' });
  await storeTick(a);
  await storeFeedback(f);
  await db.sessions.put(session({ venue: 'Đã gửi' }));
  return { s: (await db.sessions.get(s.id))!, r, a, f };
}

/** The file as another phone reads it. */
async function fileText(): Promise<string> {
  return JSON.stringify(await exportBackup('10882'));
}

function parsed(text: string): Backup {
  const p = parseBackup(text, '10882');
  if (!p.ok) throw new Error(p.problem);
  return p.backup;
}

describe('backup export', () => {
  it('holds every unsent record once, with all its changes in order', async () => {
    const { s, r, a, f } = await phoneWithUnsent();
    expect(await backupRecordCount()).toBe(4);
    const b = parsed(await fileText());
    expect(b).toMatchObject({ format: 'hoc-vu-so-backup', version: 1, communeCode: '10882' });
    expect(b.records).toEqual({ sessions: [s], residents: [r], attendance: [a], feedback: [f] });
    expect(b.mutations.map((m) => m.name)).toEqual([
      'session.put',
      'session.put',
      'resident.put',
      'attendance.set',
      'feedback.add',
    ]);
    // Every field a change carries travels with it (the clock included).
    const [first] = await db.outbox.toArray();
    expect(b.mutations[0]).toMatchObject({ hlc: first!.hlc, args: first!.args });
  });

  it('is named by the day in Vietnam', () => {
    expect(backupFileName('2026-11-24')).toBe('hoc-vu-so-sao-luu-2026-11-24.json');
  });
});

describe('backup file checks', () => {
  it('refuses what is not a backup, a newer one, a damaged one and another commune’s', async () => {
    await phoneWithUnsent();
    const good = JSON.parse(await fileText()) as Backup;
    const check = (v: unknown, commune = '10882') =>
      parseBackup(typeof v === 'string' ? v : JSON.stringify(v), commune);
    expect(check('not json {')).toEqual({ ok: false, problem: 'not_backup' });
    expect(check({ hello: 1 })).toEqual({ ok: false, problem: 'not_backup' });
    expect(check({ ...good, version: 2 })).toEqual({ ok: false, problem: 'newer_version' });
    expect(check({ ...good, clientId: 'x' })).toMatchObject({ problem: 'invalid' });
    expect(check(good, '10883')).toEqual({
      ok: false,
      problem: 'foreign_commune',
      communeCode: '10882',
    });
    // A record from another commune smuggled into this commune's file.
    const smuggled = {
      ...good,
      records: { ...good.records, feedback: [feedback({ communeCode: '10883' })] },
    };
    expect(check(smuggled)).toMatchObject({ problem: 'foreign_commune' });
    // A record without the change that would send it, or a change without its record.
    expect(check({ ...good, mutations: good.mutations.slice(1) })).toMatchObject({ ok: true });
    expect(check({ ...good, mutations: good.mutations.slice(0, -1) })).toEqual({
      ok: false,
      problem: 'invalid',
    });
    const noRecord = { ...good, records: { ...good.records, feedback: [] } };
    expect(check(noRecord)).toEqual({ ok: false, problem: 'invalid' });
  });
});

describe('backup import', () => {
  it('writes the records and queues their changes on another phone', async () => {
    const { s, r, a, f } = await phoneWithUnsent();
    const text = await fileText();
    await resetDb(); // the other phone
    expect(await importBackup(parsed(text))).toEqual({ added: 4, skipped: 0 });
    expect(await db.sessions.get(s.id)).toEqual(s);
    expect(await db.residents.get(r.id)).toEqual(r);
    expect(await db.attendance.get([a.sessionId, a.residentId])).toEqual(a);
    expect(await db.feedback.get(f.id)).toEqual(f);
    const queued = await db.outbox.toArray();
    // Each change keeps its clock, and this phone's next change is ordered after all of them.
    const file = parsed(text);
    expect(queued.map((e) => e.hlc)).toEqual(file.mutations.map((m) => m.hlc));
    const mine = await nextHlc(Date.parse('2020-01-01T00:00:00Z'));
    expect(queued.every((e) => e.hlc < mine)).toBe(true);
    expect(queued.map((e) => [e.name, e.recordId, e.status])).toEqual([
      ['session.put', s.id, 'pending'],
      ['session.put', s.id, 'pending'],
      ['resident.put', r.id, 'pending'],
      ['attendance.set', s.id, 'pending'],
      ['feedback.add', f.id, 'pending'],
    ]);
  });

  it('changes nothing the second time, nor on the phone that made it', async () => {
    await phoneWithUnsent();
    const text = await fileText();
    const before = await db.outbox.count();
    expect(await importBackup(parsed(text))).toEqual({ added: 0, skipped: 4 });
    expect(await db.outbox.count()).toBe(before);
    await resetDb();
    await importBackup(parsed(text));
    expect(await importBackup(parsed(text))).toEqual({ added: 0, skipped: 4 });
    expect(await db.outbox.count()).toBe(before);
  });

  it('keeps what is newer here, never brings an erased resident back, keeps the later tick', async () => {
    const { s, r, a } = await phoneWithUnsent();
    const text = await fileText();
    await resetDb();
    const newerHere = { ...s, venue: 'Sửa trên máy này', updatedAt: later(s.updatedAt) };
    await db.sessions.put(newerHere);
    await db.residents.put(erase(r, r.createdAt)); // erased, with an OLDER timestamp
    await db.attendance.put({ ...a, present: false, updatedAt: later(a.updatedAt, -60_000) });
    expect(await importBackup(parsed(text))).toEqual({ added: 2, skipped: 2 });
    expect(await db.sessions.get(s.id)).toEqual(newerHere);
    expect((await db.residents.get(r.id))?.erased).toBe(true);
    expect(await db.attendance.get([a.sessionId, a.residentId])).toEqual(a);
    expect((await db.outbox.toArray()).map((e) => e.name)).toEqual([
      'attendance.set',
      'feedback.add',
    ]);
  });

  it('is all or nothing', async () => {
    await phoneWithUnsent();
    const text = await fileText();
    await resetDb();
    const spy = vi.spyOn(db.outbox, 'add').mockRejectedValueOnce(new Error('QuotaExceededError'));
    await expect(importBackup(parsed(text))).rejects.toThrow('QuotaExceededError');
    spy.mockRestore();
    expect(await db.sessions.count()).toBe(0);
    expect(await db.feedback.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });
});
