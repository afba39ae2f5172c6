import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../src/db/db';
import { listVillages } from '../../src/db/reference';
import { addResident, getResident, updateResident } from '../../src/db/residents';
import { createSession } from '../../src/db/sessions';
import { pullReference } from '../../src/sync/pull-reference';
import { signedIn } from './account-fixtures';
import { consent, residentInput, sessionInput, village } from './factories';
import { resetDb } from './reset-db';

beforeEach(async () => {
  await resetDb();
  vi.unstubAllGlobals();
  await signedIn();
});

function stubReference(erasedResidents: string[]) {
  const fetchMock = vi.fn(async () =>
    Response.json({
      serverTime: new Date().toISOString(),
      villages: [village('nhan-bau', 'Nhân Bầu')],
      volunteers: [],
      erasedResidents,
    }),
  );
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

describe('pullReference', () => {
  it('stores the villages and erases residents the administrator erased, dropping their queued changes', async () => {
    const an = await addResident('10882', residentInput(), consent());
    await updateResident(an.id, residentInput({ phone: '0912345678' }));
    const binh = await addResident('10882', residentInput({ fullName: 'Lê Thị Bình' }), consent());
    await createSession('10882', sessionInput());
    const fetchMock = stubReference([an.id, '019a0000-0000-7000-8000-00000000dead']);

    await pullReference('10882');

    expect(fetchMock).toHaveBeenCalledWith('/api/reference', expect.anything());
    expect((await listVillages('10882')).map((v) => v.id)).toEqual(['nhan-bau']);
    const erased = await getResident(an.id);
    expect(erased).toMatchObject({ erased: true, villageId: 'nhan-bau', sex: 'male' });
    expect(erased).not.toHaveProperty('fullName');
    expect(erased).not.toHaveProperty('phone');
    // Nothing left in the outbox holds the erased person's name; other changes still wait.
    const outbox = await db.outbox.toArray();
    expect(JSON.stringify(outbox)).not.toContain('Nguyễn Văn An');
    expect(outbox.map((e) => e.recordId)).toContain(binh.id);
    expect(outbox.filter((e) => e.name === 'session.put')).toHaveLength(1);
    expect(await getResident(binh.id)).toMatchObject({ erased: false, fullName: 'Lê Thị Bình' });
  });

  it('leaves an already erased resident as it is', async () => {
    const an = await addResident('10882', residentInput(), consent());
    stubReference([an.id]);
    await pullReference('10882');
    const first = await getResident(an.id);
    await pullReference('10882');
    expect(await getResident(an.id)).toEqual(first);
  });
});
