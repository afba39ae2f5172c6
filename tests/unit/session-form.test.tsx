import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { hasUnsavedChanges } from '../../src/app/unsaved-changes';
import { db } from '../../src/db/db';
import { replaceReference } from '../../src/db/reference';
import { SessionForm } from '../../src/features/sessions/SessionForm';
import { emptySessionForm } from '../../src/features/sessions/session-form-state';
import { AsVolunteer } from './account-fixtures';
import { village } from './factories';
import { resetDb } from './reset-db';

beforeEach(async () => {
  await resetDb();
  await replaceReference(
    '10882',
    [
      village('vinh-binh', 'Vĩnh Bình', 2),
      village('dong-ha', 'Đồng Hạ', 1),
      village('an-lac', 'An Lạc', 3),
    ],
    [],
  );
});

const renderForm = () =>
  render(<SessionForm draftKey="session:new" initial={() => emptySessionForm(null)} />, {
    wrapper: AsVolunteer,
  });

describe('SessionForm', () => {
  it('lists villages in Vietnamese order', async () => {
    renderForm();
    await screen.findByRole('option', { name: 'Vĩnh Bình' });
    const names = screen.getAllByRole('option').map((o) => o.textContent);
    expect(names.slice(0, 4)).toEqual(['— Chọn thôn —', 'An Lạc', 'Đồng Hạ', 'Vĩnh Bình']);
  });

  it('shows each problem beside its field, in Vietnamese, and keeps what was typed', async () => {
    renderForm();
    const duration = await screen.findByLabelText('Thời lượng (phút)');
    fireEvent.input(duration, { target: { value: '800' } });
    fireEvent.input(screen.getByLabelText('Địa điểm'), { target: { value: 'Nhà văn hoá' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu buổi' }));
    expect(await screen.findByText('Hãy chọn thôn.')).toBeTruthy();
    expect(screen.getByText('Hãy nhập giờ bắt đầu.')).toBeTruthy();
    expect(screen.getByText('Thời lượng từ 1 đến 720 phút.')).toBeTruthy();
    expect(screen.getByText('Hãy chọn ít nhất một chủ đề.')).toBeTruthy();
    expect((screen.getByLabelText('Thời lượng (phút)') as HTMLInputElement).value).toBe('800');
    expect((screen.getByLabelText('Địa điểm') as HTMLInputElement).value).toBe('Nhà văn hoá');
    expect(await db.sessions.count()).toBe(0);
    expect(hasUnsavedChanges()).toBe(true);
  });

  it('rejects a date in the future', async () => {
    renderForm();
    fireEvent.input(await screen.findByLabelText('Ngày'), { target: { value: '2099-01-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu buổi' }));
    expect(await screen.findByText('Ngày không được sau hôm nay.')).toBeTruthy();
  });

  it('saves a valid session to the device, queues it and forgets the draft', async () => {
    renderForm();
    await screen.findByRole('option', { name: 'Đồng Hạ' });
    fireEvent.input(screen.getByLabelText('Ngày'), { target: { value: '2026-10-02' } });
    expect(screen.getByText('02/10/2026')).toBeTruthy(); // dd/MM/yyyy whatever the phone's locale
    fireEvent.input(screen.getByLabelText('Giờ bắt đầu'), { target: { value: '19:30' } });
    fireEvent.change(screen.getByLabelText('Thôn'), { target: { value: 'dong-ha' } });
    fireEvent.click(screen.getByRole('button', { name: 'Định danh điện tử VNeID' }));
    fireEvent.click(screen.getByRole('button', { name: 'Người cao tuổi' }));
    fireEvent.input(screen.getByLabelText('Tài khoản VNeID mức 2 đã kích hoạt'), {
      target: { value: '12' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu buổi' }));
    await waitFor(async () => expect(await db.sessions.count()).toBe(1));
    const [saved] = await db.sessions.toArray();
    expect(saved).toMatchObject({
      date: '2026-10-02',
      startTime: '19:30',
      villageId: 'dong-ha',
      topics: ['M04'],
      targetGroups: ['residents', 'elderly'],
      vneidActivations: 12,
      cancelledAt: null,
    });
    expect(await db.outbox.count()).toBe(1);
    await waitFor(async () => expect(await db.drafts.count()).toBe(0));
    expect(location.pathname).toBe(`/sessions/${saved!.id}`);
  });

  it('restores a half-filled form from its draft after a reload', async () => {
    const first = renderForm();
    fireEvent.input(await screen.findByLabelText('Địa điểm'), {
      target: { value: 'Sân đình Tiên Kiều' },
    });
    await waitFor(async () => expect(await db.drafts.count()).toBe(1));
    first.unmount();
    renderForm();
    expect(((await screen.findByLabelText('Địa điểm')) as HTMLInputElement).value).toBe(
      'Sân đình Tiên Kiều',
    );
  });

  it('asks before discarding typed input on cancel', async () => {
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
    renderForm();
    fireEvent.input(await screen.findByLabelText('Địa điểm'), { target: { value: 'x' } });
    fireEvent.click(screen.getByRole('button', { name: 'Huỷ' }));
    expect(confirm).toHaveBeenCalledOnce();
    expect(await db.drafts.count()).toBe(1);
    confirm.mockRestore();
  });
});
