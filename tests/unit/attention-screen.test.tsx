import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { currentPath, matchRoute } from '../../src/app/router';
import { db } from '../../src/db/db';
import { AttentionScreen } from '../../src/features/attention/AttentionScreen';
import { setLanguage } from '../../src/i18n';
import { AsVolunteer } from './account-fixtures';
import {
  attendance,
  feedback,
  resident,
  session,
  storeFeedback,
  storeResident,
  storeSession,
  storeTick,
  village,
} from './outbox-fixtures';
import { resetDb } from './reset-db';

vi.mock('../../src/sync/sync-now', () => ({ syncNow: vi.fn(async () => {}) }));

const rejected = (reason: string) => ({ status: 'rejected' as const, reason });

beforeEach(async () => {
  await resetDb();
  await db.villages.bulkPut([village('nhan-bau', 'Nhân Bầu'), village('tien-kieu', 'Tiên Kiều')]);
});

afterEach(async () => {
  await setLanguage('vi');
});

const show = () =>
  render(
    <AsVolunteer>
      <AttentionScreen />
    </AsVolunteer>,
  );

const item = (text: string) =>
  screen.getAllByTestId('attention-item').find((el) => el.textContent?.includes(text))!;

describe('AttentionScreen', () => {
  it('has its own address', () => {
    expect(matchRoute('/attention')).toEqual({ name: 'attention' });
  });

  it('says so when nothing needs attention', async () => {
    show();
    expect(await screen.findByText('Không có bản ghi nào cần xử lý.')).toBeTruthy();
  });

  it('lists each rejected record in plain words with its reason', async () => {
    const s = session({ date: '2026-11-05', startTime: '08:00', villageId: 'tien-kieu' });
    await storeSession(s, rejected('forbidden_village'));
    await storeResident(resident({ fullName: 'Trần Thị Ánh', birthYear: 1962 }), rejected('x_new'));
    await storeTick(attendance(s.id, resident().id), rejected('unknown_session'));
    await storeTick(attendance(s.id, resident().id), rejected('unknown_session'));
    await storeFeedback(feedback(), rejected('wrong_commune'));
    show();
    await screen.findByText('Buổi 05/11/2026 · 08:00 · Tiên Kiều');
    expect(screen.getAllByTestId('attention-item')).toHaveLength(4);
    expect(item('Buổi 05/11/2026').textContent).toContain('không nằm trong các thôn bạn được giao');
    // A reason code this version does not know gets the generic words, never the code.
    const person = item('Trần Thị Ánh (1962) · Nhân Bầu');
    expect(person.textContent).toContain('Máy chủ xã không nhận thay đổi này');
    expect(person.textContent).not.toContain('x_new');
    expect(screen.getByText('Điểm danh buổi 05/11/2026 · Tiên Kiều (2 người)')).toBeTruthy();
    expect(item('Góp ý ngày 05/11/2026 · Nhân Bầu').textContent).toContain('thuộc xã khác');
  });

  it('speaks the current language', async () => {
    await storeSession(
      session({ date: '2026-11-05', startTime: '08:00' }),
      rejected('forbidden_village'),
    );
    await setLanguage('en');
    show();
    await screen.findByText('Session 05/11/2026 · 08:00 · Nhân Bầu');
    expect(screen.getByText(/not one of the villages assigned to you/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Send again' })).toBeTruthy();
  });

  it('opens the record', async () => {
    const s = session();
    await storeTick(attendance(s.id, resident().id), rejected('unknown_resident'));
    await db.sessions.put(s);
    show();
    fireEvent.click(await screen.findByRole('button', { name: 'Mở bản ghi' }));
    expect(matchRoute(currentPath.getState().path)).toEqual({ name: 'attendance', id: s.id });
  });

  it('sends a record again: it goes back in the queue and leaves the list', async () => {
    const seq = await storeSession(session(), rejected('forbidden_village'));
    show();
    fireEvent.click(await screen.findByRole('button', { name: 'Gửi lại' }));
    expect(await screen.findByText('Đã đưa vào hàng chờ gửi lại.')).toBeTruthy();
    await waitFor(() => expect(screen.queryAllByTestId('attention-item')).toHaveLength(0));
    expect(await db.outbox.get(seq)).toBeUndefined();
    expect(await db.outbox.where('status').equals('pending').count()).toBe(1);
  });

  it('drops a change only after a confirmation saying the record stays on this phone', async () => {
    const s = session();
    await storeSession(s, rejected('unknown_village'));
    show();
    fireEvent.click(await screen.findByRole('button', { name: 'Bỏ thay đổi này' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Bỏ thay đổi này?' });
    expect(dialog.textContent).toContain('Bản ghi vẫn còn trên máy này, nhưng chỉ trên máy này');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Giữ lại' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(await db.outbox.count()).toBe(1);

    fireEvent.click(screen.getByRole('button', { name: 'Bỏ thay đổi này' }));
    fireEvent.click(screen.getByRole('button', { name: 'Bỏ thay đổi' }));
    expect(await screen.findByText('Đã bỏ thay đổi. Bản ghi chỉ còn trên máy này.')).toBeTruthy();
    expect(await db.outbox.count()).toBe(0);
    expect(await db.sessions.get(s.id)).toEqual(s);
  });
});
