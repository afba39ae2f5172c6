import { describe, expect, it } from 'vitest';
import { applyPush } from '../../server/services/push';
import { newId } from '../../src/core/ids';
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

describe.each(DB_KINDS)('a push batch on %s', (kind) => {
  const h = useHarness(kind);
  const count = async (table: string, column: string, id: string): Promise<number> => {
    const [row] = await h.db.query<{ n: number }>(
      `select count(*)::int as n from ${table} where commune_code = '10882' and ${column} = $1`,
      [id],
    );
    return row!.n;
  };

  it('applies every mutation name, in seq order, and a replay of the batch once', async () => {
    const s = session();
    const r = resident();
    const f = feedback({ sessionId: s.id });
    const req = push([
      putSession(s),
      putResident(r),
      setAttendance(attendance(s, r)),
      addFeedback(f),
    ]);
    // Listed out of order: the server sorts by seq, so the session and resident come first.
    const shuffled = { ...req, mutations: [...req.mutations].reverse() };
    for (let i = 0; i < 3; i++) {
      const results = await h.send(shuffled);
      expect(results).toEqual([1, 2, 3, 4].map((seq) => ({ seq, status: 'ok' })));
    }
    expect(await count('sessions', 'id', s.id)).toBe(1);
    expect(await count('residents', 'id', r.id)).toBe(1);
    expect(await count('attendance', 'session_id', s.id)).toBe(1);
    expect(await count('feedback', 'id', f.id)).toBe(1);
  });

  it('applies a batch that overtook the one it names only after that one', async () => {
    const client = newId();
    const [s1, s2] = [session(), session()];
    const second = { ...push([putSession(s2)], client, 2), after: 1 };
    const early = h.send(second);
    await new Promise((r) => setTimeout(r, 50));
    expect(await h.send(push([putSession(s1)], client, 1))).toEqual([{ seq: 1, status: 'ok' }]);
    expect(await early).toEqual([{ seq: 2, status: 'ok' }]);
    // Applied first, the second would have made seq 1 look like a replay: never stored.
    expect(await count('sessions', 'id', s1.id)).toBe(1);
    expect(await count('sessions', 'id', s2.id)).toBe(1);
  });

  it('refuses whole (409 out_of_order) a batch whose earlier one does not come', async () => {
    const client = newId();
    const s = session();
    await h.send(push([putSession(session())], client, 1));
    const req = { ...push([putSession(s)], client, 3), after: 2 };
    const scope = { commune: '10882', villages: 'all' as const };
    await expect(applyPush(h.db, scope, req, { waitForEarlierMs: 50 })).rejects.toMatchObject({
      status: 409,
    });
    expect(await count('sessions', 'id', s.id)).toBe(0);
    const [row] = await h.db.query<{ last_seq: string }>(
      'select last_seq::text as last_seq from sync_clients where client_id = $1',
      [client],
    );
    expect(row?.last_seq).toBe('1');
  });

  it('skips what an earlier push applied, even when the records changed since', async () => {
    const client = newId();
    const s = session({ venue: 'Lần đầu', updatedAt: isoAgo(30) });
    await h.send(push([putSession(s)], client, 1));
    // Seq 1 again, even with other content, is not applied twice: the server goes by
    // (client, seq), not by content; only seq 2 takes effect.
    const edited = { ...s, venue: 'Sửa sau', updatedAt: isoAgo(20) };
    const second = session();
    await h.send(push([putSession(edited), putSession(second)], client, 1));
    const [row] = await h.db.query<{ venue: string }>('select venue from sessions where id = $1', [
      s.id,
    ]);
    expect(row!.venue).toBe('Lần đầu');
    expect(await count('sessions', 'id', second.id)).toBe(1);
  });
});
