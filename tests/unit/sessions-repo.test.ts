import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../src/db/db';
import {
  applyResults,
  pendingCount,
  pendingMutations,
  unsyncedRecordIds,
} from '../../src/db/outbox';
import { requestPersistenceOnce } from '../../src/db/persist';
import {
  createSession,
  listSessions,
  setSessionCancelled,
  updateSession,
} from '../../src/db/sessions';
import { sessionInput } from './factories';
import { resetDb } from './reset-db';

const input = sessionInput();

beforeEach(resetDb);

describe('sessions repository', () => {
  it('saves the session and its outbox mutation together', async () => {
    const s = await createSession('10882', input);
    expect(await db.sessions.get(s.id)).toEqual(s);
    const [m] = await pendingMutations(10);
    expect(m).toMatchObject({ name: 'session.put', args: s });
    expect(await unsyncedRecordIds()).toEqual(new Set([s.id]));
  });

  it('writes nothing when the input is invalid', async () => {
    await expect(createSession('10882', { ...input, durationMinutes: 0 })).rejects.toThrow();
    expect(await db.sessions.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });

  it('writes nothing when the outbox write fails (one transaction)', async () => {
    const spy = vi.spyOn(db.outbox, 'add').mockRejectedValueOnce(new Error('disk full'));
    await expect(createSession('10882', input)).rejects.toThrow('disk full');
    spy.mockRestore();
    expect(await db.sessions.count()).toBe(0);
  });

  it('numbers mutations in order and never reuses a number after they are acknowledged', async () => {
    await createSession('10882', input);
    await createSession('10882', input);
    const seqs = (await pendingMutations(10)).map((m) => m.seq);
    expect(seqs).toHaveLength(2);
    expect(seqs[1]!).toBeGreaterThan(seqs[0]!);
    await applyResults(seqs.map((seq) => ({ seq, status: 'ok' as const })));
    expect(await pendingCount()).toBe(0);
    await createSession('10882', input);
    const [next] = await pendingMutations(10);
    expect(next!.seq).toBeGreaterThan(seqs[1]!);
  });

  it('reads the first pending mutations after a seq, past those waiting for attention', async () => {
    for (let i = 0; i < 6; i += 1) await createSession('10882', input);
    const seqs = (await pendingMutations(10)).map((m) => m.seq);
    // The 2nd to 4th were refused: they stay in the outbox, but are not sent again.
    await applyResults(seqs.slice(1, 4).map((seq) => ({ seq, status: 'rejected', reason: 'x' })));
    expect((await pendingMutations(2)).map((m) => m.seq)).toEqual([seqs[0], seqs[4]]);
    expect((await pendingMutations(2, undefined, seqs[0])).map((m) => m.seq)).toEqual(
      seqs.slice(4),
    );
    expect(await pendingMutations(2, undefined, seqs[5])).toEqual([]);
    expect(await pendingMutations(2, ['attempt.add'])).toEqual([]);
  });

  it('lists sessions newest date first', async () => {
    const old = await createSession('10882', { ...input, date: '2026-03-01' });
    const recent = await createSession('10882', { ...input, date: '2026-11-20' });
    const middle = await createSession('10882', { ...input, date: '2026-07-15' });
    expect((await listSessions()).map((s) => s.id)).toEqual([recent.id, middle.id, old.id]);
  });

  it('edits, cancels and restores a session, queueing each change', async () => {
    const s = await createSession('10882', input);
    const edited = await updateSession(s.id, {
      ...input,
      venue: 'Nhà ông Trưởng thôn',
      vneidActivations: 7,
    });
    expect(edited).toMatchObject({
      venue: 'Nhà ông Trưởng thôn',
      vneidActivations: 7,
      createdAt: s.createdAt,
    });
    const cancelled = await setSessionCancelled(s.id, true);
    expect(cancelled.cancelledAt).not.toBeNull();
    const restored = await setSessionCancelled(s.id, false);
    expect(restored.cancelledAt).toBeNull();
    expect(await db.sessions.count()).toBe(1);
    expect(await pendingCount()).toBe(4);
  });

  it('keeps a permanently rejected mutation visible with its reason', async () => {
    await createSession('10882', input);
    const [m] = await pendingMutations(10);
    await applyResults([{ seq: m!.seq, status: 'rejected', reason: 'unknown_village' }]);
    expect(await pendingCount()).toBe(0);
    expect(await db.outbox.get(m!.seq)).toMatchObject({
      status: 'rejected',
      lastError: 'unknown_village',
    });
  });
});

describe('persistent storage request', () => {
  it('asks the browser once, after the first saved record', async () => {
    const persist = vi.fn().mockResolvedValue(true);
    vi.stubGlobal('navigator', { ...navigator, storage: { persist } });
    try {
      await createSession('10882', input);
      await vi.waitFor(() => expect(persist).toHaveBeenCalledTimes(1));
      await createSession('10882', input);
      expect(await requestPersistenceOnce()).toBeUndefined();
      expect(persist).toHaveBeenCalledTimes(1);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
