import { describe, expect, it } from 'vitest';
import type { Session } from '../../src/core/session';
import { sessionsResponseSchema } from '../../src/core/wire';
import { bearer } from './accounts';
import { DB_KINDS } from './databases';
import { isoAgo, jsonPost, push, putSession, session } from './factories';
import { useHarness } from './harness';

describe.each(DB_KINDS)('session.put on %s', (kind) => {
  const h = useHarness(kind);
  const stored = async (id: string): Promise<Session | undefined> => {
    const body = await h.getJson('/api/sessions', sessionsResponseSchema);
    return body.sessions.find((s) => s.id === id);
  };

  it('stores a session and gives it back exactly, every field included', async () => {
    const s = session({
      kind: 'team_meeting',
      topics: [],
      targetGroups: ['union_members', 'party_members'],
      venue: 'Hội trường thôn Vĩnh Bình',
      villageId: 'vinh-binh',
      notes: 'Họp tổ công nghệ số.\nPhân công trực.',
      cashlessAccounts: 12,
    });
    expect(await h.outcomes([putSession(s)])).toEqual(['ok']);
    expect(await stored(s.id)).toEqual(s);
  });

  it('takes timestamps in one form only (milliseconds and Z), naming the field otherwise', async () => {
    const s = session({ createdAt: '2026-11-05T07:00:00Z' });
    const res = await h.app.request(
      '/api/sync/push',
      bearer(h.adminToken, jsonPost(push([putSession(s)]))),
    );
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ field: 'mutations.0.args.createdAt' });
  });

  it('syncs a cancel and a restore like any other edit', async () => {
    const s = session({ updatedAt: isoAgo(30) });
    const cancelledAt = isoAgo(20);
    await h.outcomes([putSession(s), putSession({ ...s, cancelledAt, updatedAt: cancelledAt })]);
    expect(await stored(s.id)).toMatchObject({ cancelledAt });
    await h.outcomes([putSession({ ...s, cancelledAt: null, updatedAt: isoAgo(10) })]);
    expect(await stored(s.id)).toMatchObject({ cancelledAt: null });
  });

  it('keeps the later update when an older one arrives afterwards (last writer wins)', async () => {
    const s = session({ updatedAt: isoAgo(60) });
    const newer = { ...s, venue: 'Nhà ông Trưởng thôn', updatedAt: isoAgo(10) };
    const older = { ...s, venue: 'Sân đình', vneidActivations: 9, updatedAt: isoAgo(30) };
    expect(await h.outcomes([putSession(s), putSession(newer), putSession(older)])).toEqual([
      'ok',
      'ok',
      'ok',
    ]);
    expect(await stored(s.id)).toEqual(newer);
  });

  it('keeps createdAt from the first put', async () => {
    const s = session({ createdAt: isoAgo(60), updatedAt: isoAgo(60) });
    await h.outcomes([
      putSession(s),
      putSession({ ...s, createdAt: isoAgo(5), updatedAt: isoAgo(5) }),
    ]);
    expect((await stored(s.id))?.createdAt).toBe(s.createdAt);
  });

  it('rejects, per mutation, a session for an unknown village or another commune', async () => {
    const unknownVillage = session({ villageId: 'khong-co' });
    const otherCommune = session({ communeCode: '10883' });
    const outcomes = await h.outcomes([
      putSession(unknownVillage),
      putSession(otherCommune),
      putSession(session()),
    ]);
    expect(outcomes).toEqual(['unknown_village', 'wrong_commune', 'ok']);
    expect(await stored(unknownVillage.id)).toBeUndefined();
    expect(await stored(otherCommune.id)).toBeUndefined();
  });
});
