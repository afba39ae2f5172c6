import { describe, expect, it } from 'vitest';
import { lockCommuneChanges } from '../../server/db/changes';
import { writePushBatch } from '../../server/db/push-writes';
import { buildPull } from '../../server/services/pull';
import { emptyWrites } from '../../server/services/push-batch';
import { encodeHlc } from '../../src/core/hlc';
import { newId } from '../../src/core/ids';
import { type PullResponse, pullResponseSchema } from '../../src/core/wire';
import { bearer } from './accounts';
import { DB_KINDS } from './databases';
import {
  addFeedback,
  attendance,
  feedback,
  isoAgo,
  push,
  putResident,
  putSession,
  resident,
  session,
  setAttendance,
} from './factories';
import { useHarness } from './harness';

describe.each(DB_KINDS)('sync pull and replays on %s', (kind) => {
  const h = useHarness(kind);

  async function pull(cursor = ''): Promise<PullResponse> {
    const res = await h.app.request(
      `/api/sync/pull?cursor=${encodeURIComponent(cursor)}`,
      bearer(h.adminToken),
    );
    expect(res.status).toBe(200);
    return pullResponseSchema.parse(await res.json());
  }
  /** Pulls every page after `cursor`; answers the session ids and the final cursor. */
  async function pullAll(cursor = ''): Promise<{ ids: string[]; cursor: string }> {
    const ids: string[] = [];
    for (;;) {
      const page = await pull(cursor);
      ids.push(...page.sessions.map((s) => s.record.id));
      cursor = page.cursor;
      if (!page.more) return { ids, cursor };
    }
  }

  it('answers a replayed batch exactly as the first time, rejections included', async () => {
    const req = push([putSession(session()), putSession(session({ villageId: 'khong-co' }))]);
    const first = await h.send(req);
    expect(first.map((r) => r.status)).toEqual(['ok', 'rejected']);
    expect(await h.send(req)).toEqual(first);
  });

  it('lets the later clock win whatever order two phones’ batches arrive in', async () => {
    const s = session({ venue: 'Ban đầu', updatedAt: isoAgo(60) });
    await h.send(push([putSession(s)]));
    const later = { ...s, venue: 'Sửa sau', updatedAt: isoAgo(1) };
    const earlier = { ...s, venue: 'Sửa trước', updatedAt: isoAgo(2) };
    // The later edit arrives first; the earlier one, held up on 2G, arrives afterwards.
    await h.send(push([putSession(later)]));
    await h.send(push([putSession(earlier)]));
    const [row] = await h.db.query<{ venue: string }>('select venue from sessions where id = $1', [
      s.id,
    ]);
    expect(row?.venue).toBe('Sửa sau');
  });

  it('pages by change order and never repeats or skips a row', async () => {
    const sessions = Array.from({ length: 30 }, () => session());
    await h.send(push(sessions.map(putSession)));
    // Small pages, so that many page boundaries fall between the rows.
    const scope = { commune: '10882', villages: 'all' } as const;
    const seen: string[] = [];
    let small = '';
    for (let more = true; more; ) {
      const page = await buildPull(h.db, scope, small, { limit: 7 });
      expect(
        page.sessions.length + page.residents.length + page.attendance.length,
      ).toBeLessThanOrEqual(7);
      seen.push(...page.sessions.map((s) => s.record.id));
      small = page.cursor;
      more = page.more;
    }
    const { cursor } = await pullAll();
    expect(new Set(seen).size).toBe(seen.length);
    for (const s of sessions) expect(seen).toContain(s.id);
    // Nothing new: an empty page, the same cursor, one round trip.
    const again = await pull(cursor);
    expect(again.sessions).toEqual([]);
    expect(again.cursor).toBe(cursor);
  });

  it('sends a tick again after a phone’s older tick lost, so that phone converges', async () => {
    const s = session();
    const r = resident();
    await h.send(push([putSession(s), putResident(r)]));
    const { cursor } = await pullAll();
    await h.send(push([setAttendance(attendance(s, r, { present: true, updatedAt: isoAgo(1) }))]));
    await h.send(push([setAttendance(attendance(s, r, { present: false, updatedAt: isoAgo(5) }))]));
    const page = await pull(cursor);
    expect(page.attendance.filter((a) => a.residentId === r.id)).toMatchObject([{ present: true }]);
  });

  // PostgreSQL only: PGlite is a single connection, so no pull can run while a push is open there
  // (it serialises everything, and cannot show the race this test is about).
  it.skipIf(kind === 'pglite')('never lets a pull pass a slow push that commits late', async () => {
    const { cursor } = await pullAll();
    const slow = session({ venue: 'Chậm' });
    const hlc = encodeHlc({ wall: Date.now(), counter: 0, node: 'slow00000000' });
    let during: PullResponse | undefined;
    await h.db.transact(async (tx) => {
      const writes = emptyWrites();
      writes.sessions.set(slow.id, { record: slow, clocks: { venue: hlc } });
      await writePushBatch(tx, '10882', newId(), writes, await lockCommuneChanges(tx, '10882'));
      // Another connection pulls while this push is still open.
      during = await pull(cursor);
    });
    expect(during?.sessions.map((s) => s.record.id)).not.toContain(slow.id);
    const after = await pull(during!.cursor);
    expect(after.sessions.map((s) => s.record.id)).toContain(slow.id);
  });

  it('narrows a pull to a time window, and starts again when the window changes', async () => {
    const old = session({ date: '2025-03-01' });
    const oldFeedback = feedback({ createdAt: '2025-03-01T03:00:00.000Z' });
    const newFeedback = feedback();
    const recent = session({ date: '2026-11-05' });
    const r = resident();
    await h.send(
      push([
        putSession(old),
        putSession(recent),
        putResident(r),
        setAttendance(attendance(old, r)),
        setAttendance(attendance(recent, r)),
        addFeedback(oldFeedback),
        addFeedback(newFeedback),
      ]),
    );
    const windowed = async (since: string, cursor = '') => {
      const res = await h.app.request(
        `/api/sync/pull?since=${since}&cursor=${encodeURIComponent(cursor)}`,
        bearer(h.adminToken),
      );
      expect(res.status).toBe(200);
      return pullResponseSchema.parse(await res.json());
    };
    const page = await windowed('2026-01-01');
    const ids = page.sessions.map((s) => s.record.id);
    expect(ids).toContain(recent.id);
    expect(ids).not.toContain(old.id);
    expect(page.attendance.map((a) => a.sessionId)).not.toContain(old.id);
    expect(page.attendance.map((a) => a.sessionId)).toContain(recent.id);
    expect(page.feedback.map((f) => f.id)).toEqual([newFeedback.id]);
    // Residents are the roster: always there.
    expect(page.residents.map((x) => x.record.id)).toContain(r.id);
    // A wider window is a new scope: the pull starts again and brings the older session too.
    const wider = await windowed('2025-01-01', page.cursor);
    expect(wider.reset).toBe(true);
    expect(wider.sessions.map((s) => s.record.id)).toContain(old.id);
    const bad = await h.app.request('/api/sync/pull?since=01/01/2026', bearer(h.adminToken));
    expect(bad.status).toBe(400);
  });

  it('starts a volunteer again from the beginning when their villages change', async () => {
    const page = await pull(`999999.${newId().slice(0, 8)}`);
    expect(page.reset).toBe(true);
  });
});
