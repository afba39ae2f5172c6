import { describe, expect, it } from 'vitest';
import { DB_KINDS } from './databases';
import { erased, isoAgo, putResident, resident } from './factories';
import { useHarness } from './harness';

type ResidentRow = {
  erased: boolean;
  village_id: string;
  full_name: string | null;
  birth_year: number | null;
  sex: string | null;
  phone: string | null;
  age_group: string | null;
  consent: unknown;
  updated_at: string;
};

describe.each(DB_KINDS)('resident.put on %s', (kind) => {
  const h = useHarness(kind);
  const row = async (id: string): Promise<ResidentRow | undefined> => {
    const rows = await h.db.query<ResidentRow>(
      `select erased, village_id, full_name, birth_year, sex, phone, age_group, consent,
              to_char(updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as updated_at
       from residents where commune_code = '10882' and id = $1`,
      [id],
    );
    return rows[0];
  };

  it('stores a resident with the consent record', async () => {
    const r = resident({ sex: null, phone: null });
    expect(await h.outcomes([putResident(r)])).toEqual(['ok']);
    expect(await row(r.id)).toEqual({
      erased: false,
      village_id: 'nhan-bau',
      full_name: 'Nguyễn Văn An',
      birth_year: 1958,
      sex: null,
      phone: null,
      age_group: null,
      consent: r.consent,
      updated_at: r.updatedAt,
    });
  });

  it('keeps the later update when an older one arrives afterwards', async () => {
    const r = resident({ updatedAt: isoAgo(60) });
    const newer = { ...r, fullName: 'Nguyễn Văn Ân', updatedAt: isoAgo(10) };
    const older = { ...r, phone: '0987654321', villageId: 'lap-le', updatedAt: isoAgo(30) };
    await h.outcomes([putResident(r), putResident(newer), putResident(older)]);
    expect(await row(r.id)).toMatchObject({
      full_name: 'Nguyễn Văn Ân',
      phone: '0912345678',
      village_id: 'nhan-bau',
    });
  });

  it('erases: the personal columns become null, what counts need stays', async () => {
    const r = resident({ sex: 'female', updatedAt: isoAgo(60) });
    const gone = erased(r, { updatedAt: isoAgo(5) });
    expect(await h.outcomes([putResident(r), putResident(gone)])).toEqual(['ok', 'ok']);
    expect(await row(r.id)).toEqual({
      erased: true,
      village_id: 'nhan-bau',
      full_name: null,
      birth_year: null,
      sex: 'female',
      phone: null,
      age_group: '60_plus',
      consent: null,
      updated_at: gone.updatedAt,
    });
  });

  it('lets erasure win forever: a later edit is answered ok and ignored', async () => {
    const r = resident({ updatedAt: isoAgo(60) });
    const gone = erased(r, { updatedAt: isoAgo(30) });
    await h.outcomes([putResident(r), putResident(gone)]);
    const edit = { ...r, fullName: 'Nguyễn Văn Bình', updatedAt: isoAgo(1) };
    expect(await h.outcomes([putResident(edit)])).toEqual(['ok']);
    expect(await row(r.id)).toMatchObject({ erased: true, full_name: null, consent: null });
  });

  it('lets an erasure win over an edit made later offline, keeping the later time', async () => {
    const r = resident({ updatedAt: isoAgo(60) });
    const edit = { ...r, phone: '0987654321', updatedAt: isoAgo(5) };
    const gone = erased(r, { updatedAt: isoAgo(30) });
    await h.outcomes([putResident(r), putResident(edit), putResident(gone)]);
    expect(await row(r.id)).toMatchObject({
      erased: true,
      phone: null,
      updated_at: edit.updatedAt,
    });
  });

  it('stores a resident first seen erased', async () => {
    const gone = erased(resident(), { sex: null, ageGroup: '16_35' });
    expect(await h.outcomes([putResident(gone)])).toEqual(['ok']);
    expect(await row(gone.id)).toMatchObject({ erased: true, age_group: '16_35', sex: null });
  });

  it('rejects a resident of another commune or an unknown village', async () => {
    const otherCommune = resident({ communeCode: '10883' });
    const unknownVillage = resident({ villageId: 'khong-co' });
    const outcomes = await h.outcomes([putResident(otherCommune), putResident(unknownVillage)]);
    expect(outcomes).toEqual(['wrong_commune', 'unknown_village']);
    expect(await row(otherCommune.id)).toBeUndefined();
    expect(await row(unknownVillage.id)).toBeUndefined();
  });
});
