import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { currentPath } from '../../src/app/router';
import { SyncBar } from '../../src/app/SyncBar';
import { db } from '../../src/db/db';
import { RosterScreen } from '../../src/features/residents/RosterScreen';
import { SessionCard } from '../../src/features/sessions/SessionCard';
import { SessionDetail } from '../../src/features/sessions/SessionDetail';
import { syncStatus } from '../../src/sync/status';
import { AsVolunteer } from './account-fixtures';
import { resident, session, storeResident, storeSession, village } from './outbox-fixtures';
import { resetDb } from './reset-db';

vi.mock('../../src/sync/sync-now', () => ({ syncNow: vi.fn(async () => {}) }));

const rejected = { status: 'rejected' as const, reason: 'forbidden_village' };

beforeEach(async () => {
  await resetDb();
  await db.villages.put(village('nhan-bau', 'Nhân Bầu'));
  syncStatus.setState({ state: 'idle', error: null, lastSyncedAt: null });
});

afterEach(() => {
  syncStatus.setState({ state: 'idle', error: null, lastSyncedAt: null });
});

describe('record state chip', () => {
  it('names all four states on a session card', () => {
    const s = session();
    const words = {
      pending: 'Đã lưu trên máy',
      sent: 'Đã gửi lên xã',
      attention: 'Cần xử lý',
      local: 'Chỉ có trên máy này',
    } as const;
    for (const [state, text] of Object.entries(words)) {
      const { unmount } = render(
        <ul>
          <SessionCard session={s} villageName="Nhân Bầu" state={state as keyof typeof words} />
        </ul>,
      );
      expect(screen.getByTestId('record-state').textContent).toContain(text);
      unmount();
    }
  });

  it('follows the outbox on roster cards', async () => {
    const waiting = resident({ fullName: 'Nguyễn Văn An' });
    await storeResident(waiting);
    const refused = resident({ fullName: 'Trần Thị Ánh' });
    await storeResident(refused, rejected);
    await db.residents.put(resident({ fullName: 'Lê Văn Bình' }));
    render(
      <AsVolunteer>
        <RosterScreen />
      </AsVolunteer>,
    );
    await waitFor(() => expect(screen.getAllByTestId('resident-card')).toHaveLength(3));
    const chip = (name: string) =>
      screen
        .getAllByTestId('resident-card')
        .find((c) => c.textContent?.includes(name))
        ?.querySelector('[data-testid="record-state"]')?.textContent;
    await waitFor(() => expect(chip('Trần Thị Ánh')).toContain('Cần xử lý'));
    expect(chip('Nguyễn Văn An')).toContain('Đã lưu trên máy');
    expect(chip('Lê Văn Bình')).toContain('Đã gửi lên xã');
  });

  it('shows on the session detail, leading to the list when it needs attention', async () => {
    const s = session();
    await storeSession(s, rejected);
    render(
      <AsVolunteer>
        <SessionDetail id={s.id} />
      </AsVolunteer>,
    );
    const chip = await screen.findByRole('link', { name: /Cần xử lý/ });
    fireEvent.click(chip);
    expect(currentPath.getState().path).toBe('/attention');
  });
});

describe('SyncBar', () => {
  it('leads to the records needing attention when there are any', async () => {
    await storeSession(session(), rejected);
    await storeResident(resident(), rejected);
    await storeSession(session());
    render(<SyncBar />);
    const link = await screen.findByRole('link', { name: /2 bản ghi cần xử lý/ });
    expect(screen.getByTestId('sync-message').textContent).toBe('1 mục chờ gửi');
    fireEvent.click(link);
    expect(currentPath.getState().path).toBe('/attention');
  });

  it('says what failed, what still waits, and when sending last worked', async () => {
    await storeSession(session());
    await storeSession(session());
    const at = new Date();
    at.setHours(8, 15, 0, 0);
    syncStatus.setState({ state: 'error', error: 'timeout', lastSyncedAt: at.toISOString() });
    render(<SyncBar />);
    expect(screen.getByTestId('sync-message').textContent).toBe('Mạng quá chậm. Hãy thử lại sau.');
    await waitFor(() =>
      expect(screen.getByTestId('sync-detail').textContent).toBe(
        '2 mục chờ gửi · Lần đồng bộ được gần nhất: 08:15',
      ),
    );
    expect(screen.queryByTestId('sync-attention')).toBeNull();
  });

  it('dates a last sync that was not today, and reads an unknown failure as the server’s', () => {
    syncStatus.setState({
      state: 'error',
      error: 'something_new' as 'server',
      lastSyncedAt: '2026-01-02T01:30:00.000Z',
    });
    render(<SyncBar />);
    expect(screen.getByTestId('sync-message').textContent).toBe(
      'Máy chủ chưa nhận. Hãy thử lại sau.',
    );
    expect(screen.getByTestId('sync-detail').textContent).toMatch(/\d\d:\d\d 0[12]\/01\/2026$/);
  });
});
