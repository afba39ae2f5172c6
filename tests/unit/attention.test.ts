import { beforeEach, describe, expect, it } from 'vitest';
import {
  attentionCount,
  discardRejected,
  listAttention,
  recordStates,
  retryRejected,
} from '../../src/db/attention';
import { db } from '../../src/db/db';
import { pendingCount } from '../../src/db/outbox';
import {
  attendance,
  resident,
  session,
  storeResident,
  storeSession,
  storeTick,
} from './outbox-fixtures';
import { resetDb } from './reset-db';

beforeEach(resetDb);

const rejected = (reason: string) => ({ status: 'rejected' as const, reason });

describe('record states', () => {
  it('says pending, needs attention, or nothing (sent) per record', async () => {
    const sent = session();
    await db.sessions.put(sent);
    const waiting = session();
    await storeSession(waiting);
    const refused = session();
    await storeSession(refused);
    await storeSession(refused, rejected('forbidden_village'));
    const r = resident();
    await storeResident(r);
    const states = await recordStates();
    expect(states.get(sent.id)).toBeUndefined();
    expect(states.get(waiting.id)).toBe('pending');
    // One rejected change is enough, whatever else of the record waits.
    expect(states.get(refused.id)).toBe('attention');
    expect(states.get(r.id)).toBe('pending');
  });

  it('shows a rejected attendance tick on its session', async () => {
    const s = session();
    await db.sessions.put(s);
    await storeTick(attendance(s.id, resident().id), rejected('unknown_resident'));
    expect((await recordStates()).get(s.id)).toBe('attention');
  });
});

describe('needs attention list', () => {
  it('groups a session’s rejected ticks into one item, with the latest reason', async () => {
    const s = session();
    await db.sessions.put(s);
    const [a, b] = [resident(), resident()];
    await storeTick(attendance(s.id, a.id), rejected('unknown_session'));
    await storeTick(attendance(s.id, b.id), rejected('unknown_session'));
    await storeTick(attendance(s.id, a.id, { present: false }), rejected('forbidden_village'));
    await storeTick(attendance(s.id, resident().id)); // pending: not listed
    const items = await listAttention();
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      name: 'attendance.set',
      recordId: s.id,
      reason: 'forbidden_village',
      people: 2,
      session: s,
    });
    expect(items[0]!.seqs).toHaveLength(3);
    expect(await attentionCount()).toBe(1);
  });

  it('describes each record from this phone, oldest first', async () => {
    const s = session();
    await storeSession(s, rejected('forbidden_village'));
    const r = resident({ fullName: 'Trần Thị Ánh' });
    await storeResident(r, rejected('unknown_village'));
    const items = await listAttention();
    expect(items.map((i) => i.name)).toEqual(['session.put', 'resident.put']);
    expect(items[0]!.session).toEqual(s);
    expect(items[1]!.resident).toEqual(r);
    expect(await attentionCount()).toBe(2);
  });
});

describe('retry', () => {
  it('re-queues rejected entries as pending under new seqs, in order, keeping the change', async () => {
    const s = session();
    const first = await storeSession(s, rejected('forbidden_village'));
    const second = await storeSession({ ...s, venue: 'Sân đình' }, rejected('forbidden_village'));
    const other = await storeSession(session());
    const [before1, before2] = await db.outbox.bulkGet([first, second]);
    await retryRejected([first, second, other]);
    expect(await db.outbox.get(first)).toBeUndefined();
    const requeued = await db.outbox.where('recordId').equals(s.id).toArray();
    expect(requeued.map((e) => e.seq! > other)).toEqual([true, true]);
    expect(requeued.map((e) => e.args)).toEqual([before1!.args, before2!.args]);
    expect(requeued[0]).toMatchObject({
      status: 'pending',
      attempts: 0,
      lastError: null,
      hlc: before1!.hlc,
    });
    // The pending entry passed in by mistake is untouched.
    expect(await db.outbox.get(other)).toMatchObject({ status: 'pending' });
    expect(await pendingCount()).toBe(3);
    expect(await attentionCount()).toBe(0);
  });
});

describe('discard', () => {
  it('drops only the rejected change; the record stays, shown as only on this phone', async () => {
    const s = session();
    const seq = await storeSession(s, rejected('forbidden_village'));
    const pending = await storeSession(session());
    await discardRejected([seq, pending]);
    expect(await db.outbox.get(seq)).toBeUndefined();
    expect(await db.outbox.get(pending)).toBeDefined();
    expect(await db.sessions.get(s.id)).toEqual(s);
    expect((await recordStates()).get(s.id)).toBe('local');
    expect(await listAttention()).toEqual([]);
  });

  it('stops saying "only on this phone" once a later edit has gone out', async () => {
    const s = session();
    await discardRejected([await storeSession(s, rejected('forbidden_village'))]);
    const edited = {
      ...s,
      venue: 'Sân đình',
      updatedAt: new Date(Date.now() + 1000).toISOString(),
    };
    const seq = await storeSession(edited);
    expect((await recordStates()).get(s.id)).toBe('pending');
    await db.outbox.delete(seq); // the server answered ok
    expect((await recordStates()).get(s.id)).toBeUndefined();
  });

  it('keeps discarded attendance "only on this phone" even after the session is edited', async () => {
    const s = session();
    await db.sessions.put(s);
    await discardRejected([
      await storeTick(attendance(s.id, resident().id), rejected('unknown_resident')),
    ]);
    await db.sessions.put({ ...s, updatedAt: new Date(Date.now() + 1000).toISOString() });
    expect((await recordStates()).get(s.id)).toBe('local');
  });
});
