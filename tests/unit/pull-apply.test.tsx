import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { erase } from '../../src/core/resident';
import type { PullResponse } from '../../src/core/wire';
import { db } from '../../src/db/db';
import { applyPullPage, getPullCursor } from '../../src/db/pull-apply';
import { addResident } from '../../src/db/residents';
import { createSession, updateSession } from '../../src/db/sessions';
import { ConflictList } from '../../src/features/attention/ConflictList';
import { AsVolunteer } from './account-fixtures';
import { consent, residentInput, sessionInput } from './factories';
import { resetDb } from './reset-db';

const HLC = '0mhuv1r6k0000serverclock1';
const page = (over: Partial<PullResponse>): PullResponse => ({
  serverTime: '2026-11-24T00:00:00.000Z',
  cursor: '42.all',
  more: false,
  reset: false,
  sessions: [],
  residents: [],
  attendance: [],
  feedback: [],
  conflicts: [],
  ...over,
});

beforeEach(resetDb);

describe('applying a pulled page', () => {
  it('takes the server row when nothing is waiting, and stores the cursor with it', async () => {
    const s = await createSession('10882', sessionInput());
    await db.outbox.clear();
    await applyPullPage(
      page({ sessions: [{ record: { ...s, venue: 'Đình làng' }, clocks: { venue: HLC } }] }),
    );
    expect((await db.sessions.get(s.id))?.venue).toBe('Đình làng');
    expect((await db.clocks.get(s.id))?.clocks).toEqual({ venue: HLC });
    expect(await getPullCursor()).toBe('42.all');
  });

  it('keeps a local edit not yet acknowledged, and names its fields and seen clocks', async () => {
    const s = await createSession('10882', sessionInput());
    await db.outbox.clear();
    await applyPullPage(page({ sessions: [{ record: s, clocks: { venue: HLC } }] }));
    await updateSession(s.id, sessionInput({ venue: 'Nhà ông trưởng thôn' }));
    await applyPullPage(
      page({ sessions: [{ record: { ...s, venue: 'Đình làng' }, clocks: { venue: HLC } }] }),
    );
    expect((await db.sessions.get(s.id))?.venue).toBe('Nhà ông trưởng thôn');
    const [queued] = await db.outbox.toArray();
    expect(queued).toMatchObject({ seen: { venue: HLC } });
    expect(queued && 'hlc' in queued && queued.hlc > HLC).toBe(true);
  });

  it('applies an erasure over pending edits and drops those edits from the outbox', async () => {
    // Added on this phone, not yet sent; meanwhile the commune erased the person on request.
    const r = await addResident('10882', residentInput(), consent());
    await addResident('10882', residentInput({ fullName: 'Trần Thị Bình' }), consent());
    const erased = erase(r, '2026-11-24T00:00:00.000Z');
    await applyPullPage(page({ residents: [{ record: erased, clocks: {} }] }));
    expect((await db.residents.get(r.id))?.erased).toBe(true);
    expect(await db.outbox.where('recordId').equals(r.id).count()).toBe(0);
    expect(await db.outbox.count()).toBe(1);
  });
});

describe('the conflict review list', () => {
  it('shows what was kept and what was replaced, until marked seen', async () => {
    const s = await createSession('10882', sessionInput());
    await db.conflicts.put({
      id: '019a0000-0000-7000-8000-00000000c0f1',
      recordType: 'session',
      recordId: s.id,
      field: 'venue',
      kept: 'Đình làng',
      lost: 'Nhà văn hoá thôn',
      at: '2026-11-20T08:00:00.000Z',
    });
    render(<ConflictList />, { wrapper: AsVolunteer });
    const item = await screen.findByTestId('conflict');
    expect(item.textContent).toContain('Đình làng');
    expect(item.textContent).toContain('Nhà văn hoá thôn');
    expect(item.textContent).toContain('05/11/2026');
    fireEvent.click(screen.getByRole('button', { name: 'Đã xem' }));
    await waitFor(() => expect(screen.queryByTestId('conflict')).toBeNull());
  });
});
