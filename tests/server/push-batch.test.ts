import { describe, expect, it } from 'vitest';
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
