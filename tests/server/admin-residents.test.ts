import { describe, expect, it } from 'vitest';
import { listErasedResidentIds } from '../../server/db/admin-queries';
import { auditEntrySchema } from '../../src/core/auth';
import { currentYearInVietnam } from '../../src/core/dates';
import { newId } from '../../src/core/ids';
import { ageGroupOf, residentSchema } from '../../src/core/resident';
import { bearer, createStaff, signIn } from './accounts';
import { DB_KINDS } from './databases';
import {
  addFeedback,
  attendance,
  consent,
  feedback,
  putResident,
  putSession,
  resident,
  session,
  setAttendance,
} from './factories';
import { addCommune, useHarness } from './harness';

describe.each(DB_KINDS)('admin: residents’ rights on %s', (kind) => {
  const h = useHarness(kind);

  const admin = (method: string, path: string, token = h.adminToken) =>
    h.app.request(`/api/admin${path}`, bearer(token, { method }));

  type Found = { id: string; fullName: string | null; erased: boolean; birthYear: number | null };
  async function search(q: string): Promise<Found[]> {
    const res = await admin('GET', `/residents?q=${encodeURIComponent(q)}`);
    expect(res.status).toBe(200);
    return ((await res.json()) as { residents: Found[] }).residents;
  }

  /** A resident who attended a session and gave feedback in their own words. */
  async function withHistory(fullName: string) {
    const s = session({ villageId: 'tien-kieu' });
    const r = resident({ fullName, villageId: 'tien-kieu', birthYear: 1990 });
    const f = feedback({
      villageId: 'tien-kieu',
      sessionId: s.id,
      byResident: true,
      residentId: r.id,
      consent: consent(),
      helped: `Tôi là ${fullName}, đã biết dùng VNeID`,
      text: 'Cảm ơn cô Hoa',
      tags: ['weak_network'],
      rating: 5,
    });
    expect(
      await h.outcomes([
        putSession(s),
        putResident(r),
        setAttendance(attendance(s, r)),
        addFeedback(f),
      ]),
    ).toEqual(['ok', 'ok', 'ok', 'ok']);
    return { s, r, f };
  }

  it('finds residents ignoring marks and case, exact words first, and logs who looked', async () => {
    await h.outcomes([
      putResident(resident({ fullName: 'Nguyễn Văn Anh' })),
      putResident(resident({ fullName: 'Nguyễn Văn An' })),
      putResident(resident({ fullName: 'Trần Thị Bình' })),
    ]);
    const found = await search('nguyen van an');
    expect(found.map((r) => r.fullName)).toEqual(['Nguyễn Văn An', 'Nguyễn Văn Anh']);
    expect(Object.keys(found[0] ?? {}).sort()).toEqual([
      'birthYear',
      'erased',
      'fullName',
      'id',
      'villageId',
    ]);
    expect(await search('ĐẶNG')).toEqual([]);
    const byId = await search(found[1]?.id ?? '');
    expect(byId.map((r) => r.fullName)).toEqual(['Nguyễn Văn Anh']);
    const [entry] = await h.db.query<{ detail: { residentIds: string[] } }>(
      "select detail from audit_log where action = 'resident.search' order by at, id limit 1",
    );
    expect(entry?.detail.residentIds).toEqual(found.map((r) => r.id));
  });

  it('answers at most 50, and 400 for a query over 100 characters', async () => {
    await h.outcomes(
      Array.from({ length: 55 }, (_, i) => putResident(resident({ fullName: `Lê Văn Số ${i}` }))),
    );
    expect(await search('le van so')).toHaveLength(50);
    expect((await admin('GET', `/residents?q=${'a'.repeat(101)}`)).status).toBe(400);
  });

  it('exports everything stored about one resident, and logs the export', async () => {
    const { s, r, f } = await withHistory('Phạm Thị Xuất');
    const res = await admin('GET', `/residents/${r.id}/export`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain(`resident-${r.id}.json`);
    const body = (await res.json()) as {
      resident: unknown;
      attendance: unknown[];
      feedback: unknown[];
      audit: unknown[];
    };
    expect(residentSchema.parse(body.resident)).toEqual(r);
    expect(body.attendance).toEqual([
      expect.objectContaining({
        sessionId: s.id,
        present: true,
        date: s.date,
        villageId: 'tien-kieu',
        topics: s.topics,
      }),
    ]);
    expect(body.feedback).toEqual([expect.objectContaining({ id: f.id, helped: f.helped })]);
    const audit = body.audit.map((a) => auditEntrySchema.parse(a));
    expect(audit.at(-1)).toMatchObject({
      action: 'resident.export',
      targetId: r.id,
      actorName: 'Cán bộ Phòng Văn hoá - Xã hội',
    });
  });

  it('erases a resident: no name left anywhere, counts still work, every device learns of it', async () => {
    const { s, r, f } = await withHistory('Hoàng Văn Xoá');
    const res = await admin('POST', `/residents/${r.id}/erase`);
    expect(res.status).toBe(200);
    const { resident: erased } = (await res.json()) as { resident: unknown };
    expect(erased).toEqual({
      id: r.id,
      fullName: null,
      villageId: 'tien-kieu',
      birthYear: null,
      erased: true,
    });
    const [row] = await h.db.query<{ sex: string; age_group: string }>(
      'select sex, age_group from residents where id = $1',
      [r.id],
    );
    expect(row).toEqual({ sex: r.sex, age_group: ageGroupOf(1990, currentYearInVietnam()) });
    const dump = JSON.stringify(
      await h.db.query(
        `select (select json_agg(x) from residents x where id = $1) as r,
                (select json_agg(x) from feedback x where id = $2) as f,
                (select json_agg(x) from audit_log x) as a`,
        [r.id, f.id],
      ),
    );
    expect(dump).not.toContain('Xoá');
    expect(dump).not.toContain('Cảm ơn');
    const [kept] = await h.db.query<{ rating: number; tags: string[]; resident_id: null }>(
      'select rating, tags, resident_id from feedback where id = $1',
      [f.id],
    );
    expect(kept).toEqual({ rating: 5, tags: ['weak_network'], resident_id: null });
    const [count] = await h.db.query<{ n: number }>(
      'select count(*)::int as n from attendance where session_id = $1 and present',
      [s.id],
    );
    expect(count?.n).toBe(1);
    expect(await listErasedResidentIds(h.db, { commune: '10882', villages: 'all' })).toContain(
      r.id,
    );
    expect(
      await listErasedResidentIds(h.db, { commune: '10882', villages: ['nhan-bau'] }),
    ).not.toContain(r.id);
    // An edit made offline before the device heard of the erasure does not bring the name back.
    expect(await h.outcomes([putResident({ ...r, updatedAt: new Date().toISOString() })])).toEqual([
      'ok',
    ]);
    expect((await search('hoang van xoa')).length).toBe(0);
    const again = await admin('POST', `/residents/${r.id}/erase`);
    expect(again.status).toBe(200);
    const exported = (await (await admin('GET', `/residents/${r.id}/export`)).json()) as {
      feedback: unknown[];
      audit: { action: string }[];
    };
    expect(exported.feedback).toEqual([]);
    expect(exported.audit.map((a) => a.action)).toEqual([
      'resident.erase',
      'resident.erase',
      'resident.export',
    ]);
  });

  it('answers 400 for a malformed id, 404 for an unknown one or another commune’s', async () => {
    await addCommune(h.db, '10883', 'thon-khac');
    const stranger = newId();
    await h.db.query(
      `insert into residents (commune_code, id, village_id, full_name, birth_year, consent,
         created_at, updated_at)
       values ('10883', $1, 'thon-khac', 'Người Xã Khác', 1980, '{}', now(), now())`,
      [stranger],
    );
    for (const path of ['export', 'erase']) {
      const method = path === 'erase' ? 'POST' : 'GET';
      const bad = await admin(method, `/residents/not-a-uuid/${path}`);
      expect(bad.status).toBe(400);
      expect(await bad.json()).toEqual({ error: 'invalid', field: 'id' });
      for (const id of [newId(), stranger]) {
        const res = await admin(method, `/residents/${id}/${path}`);
        expect(res.status).toBe(404);
        expect(await res.json()).toEqual({ error: 'not_found' });
      }
    }
    const [row] = await h.db.query<{ erased: boolean }>(
      'select erased from residents where id = $1',
      [stranger],
    );
    expect(row?.erased).toBe(false);
    expect((await search('nguoi xa khac')).length).toBe(0);
  });

  it('is for administrators only: another commune’s administrator sees nothing of ours', async () => {
    const { r } = await withHistory('Vũ Thị Riêng');
    await addCommune(h.db, '10883', 'thon-khac');
    const other = await createStaff(h.db, { commune: '10883', role: 'admin' });
    const token = (await signIn(h.app, other.phone)).accessToken;
    expect((await admin('GET', `/residents/${r.id}/export`, token)).status).toBe(404);
    const res = await admin('GET', '/residents?q=vu', token);
    expect(((await res.json()) as { residents: unknown[] }).residents).toEqual([]);
    const v = await createStaff(h.db, {
      commune: '10882',
      role: 'volunteer',
      villages: ['tien-kieu'],
    });
    const vt = (await signIn(h.app, v.phone)).accessToken;
    expect((await admin('POST', `/residents/${r.id}/erase`, vt)).status).toBe(403);
  });
});
