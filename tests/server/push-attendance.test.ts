import { beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../src/core/ids';
import { createStaff, signIn } from './accounts';
import { DB_KINDS } from './databases';
import {
  attendance,
  isoAgo,
  push,
  putResident,
  putSession,
  resident,
  session,
  setAttendance,
} from './factories';
import { addCommune, attendanceResponse, useHarness } from './harness';

describe.each(DB_KINDS)('attendance.set on %s', (kind) => {
  const h = useHarness(kind);
  const s = session();
  const an = resident();
  const binh = resident({ fullName: 'Lê Thị Bình', sex: 'female', birthYear: 1990 });
  beforeAll(async () => {
    expect(await h.outcomes([putSession(s), putResident(an), putResident(binh)])).toEqual([
      'ok',
      'ok',
      'ok',
    ]);
  });
  const list = async (sessionId: string) =>
    (await h.getJson(`/api/attendance?session=${sessionId}`, attendanceResponse)).attendance;

  it('stores attendance and gives it back exactly', async () => {
    const s2 = session();
    const a = attendance(s2, an);
    const b = attendance(s2, binh, { present: false });
    const outcomes = await h.outcomes([putSession(s2), setAttendance(a), setAttendance(b)]);
    expect(outcomes).toEqual(['ok', 'ok', 'ok']);
    expect(await list(s2.id)).toEqual(
      [a, b].sort((x, y) => (x.residentId < y.residentId ? -1 : 1)),
    );
  });

  it('answers an empty list for a session the server has not received', async () => {
    expect(await list(newId())).toEqual([]);
  });

  it('ends in the latest state after present → absent → present', async () => {
    const client = newId();
    await h.send(push([setAttendance(attendance(s, an, { updatedAt: isoAgo(30) }))], client, 1));
    await h.send(
      push(
        [setAttendance(attendance(s, an, { present: false, updatedAt: isoAgo(20) }))],
        client,
        2,
      ),
    );
    const last = attendance(s, an, { present: true, updatedAt: isoAgo(10) });
    await h.send(push([setAttendance(last)], client, 3));
    expect((await list(s.id)).find((x) => x.residentId === an.id)).toEqual(last);
  });

  it('keeps the later setting when an older one arrives afterwards', async () => {
    const newer = attendance(s, binh, { present: false, updatedAt: isoAgo(2) });
    const older = attendance(s, binh, { present: true, updatedAt: isoAgo(40) });
    expect(await h.outcomes([setAttendance(newer)])).toEqual(['ok']);
    expect(await h.outcomes([setAttendance(older)])).toEqual(['ok']);
    expect((await list(s.id)).find((x) => x.residentId === binh.id)).toEqual(newer);
  });

  it('rejects attendance for an unknown session or resident', async () => {
    const outcomes = await h.outcomes([
      setAttendance(attendance(session(), an)),
      setAttendance(attendance(s, resident())),
    ]);
    expect(outcomes).toEqual(['unknown_session', 'unknown_resident']);
  });

  it('does not find a session or resident of another commune', async () => {
    await addCommune(h.db, '10883', 'thon-thu');
    const theirSession = session({ communeCode: '10883', villageId: 'thon-thu' });
    const theirResident = resident({ communeCode: '10883', villageId: 'thon-thu' });
    const theirAdmin = await createStaff(h.db, { commune: '10883', role: 'admin' });
    const theirs = await h.send(
      push([putSession(theirSession), putResident(theirResident)]),
      (await signIn(h.app, theirAdmin.phone)).accessToken,
    );
    expect(theirs.map((r) => r.status)).toEqual(['ok', 'ok']);
    const outcomes = await h.outcomes([
      setAttendance(attendance(theirSession, an)),
      setAttendance(attendance(s, theirResident)),
    ]);
    expect(outcomes).toEqual(['unknown_session', 'unknown_resident']);
  });
});
