import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { hasUnsavedChanges } from '../../src/app/unsaved-changes';
import { db } from '../../src/db/db';
import { replaceVillages } from '../../src/db/villages';
import { SessionForm } from '../../src/features/sessions/SessionForm';
import { resetDb } from './reset-db';

beforeEach(async () => {
  await resetDb();
  await replaceVillages('10882', [
    { id: 'vinh-binh', communeCode: '10882', name: 'Vĩnh Bình', formerCommune: null, sortOrder: 2 },
    { id: 'dong-ha', communeCode: '10882', name: 'Đồng Hạ', formerCommune: null, sortOrder: 1 },
    { id: 'an-lac', communeCode: '10882', name: 'An Lạc', formerCommune: null, sortOrder: 3 },
  ]);
});

describe('SessionForm', () => {
  it('lists villages in Vietnamese order', async () => {
    render(<SessionForm communeCode="10882" onDone={() => {}} />);
    await screen.findByRole('option', { name: 'Vĩnh Bình' });
    const names = screen.getAllByRole('option').map((o) => o.textContent);
    expect(names.slice(0, 4)).toEqual(['— Chọn thôn —', 'An Lạc', 'Đồng Hạ', 'Vĩnh Bình']);
  });

  it('shows what is missing beside each field and keeps what was typed', async () => {
    const onDone = vi.fn();
    render(<SessionForm communeCode="10882" onDone={onDone} />);
    const date = screen.getByLabelText('Ngày') as HTMLInputElement;
    fireEvent.input(date, { target: { value: '2026-10-02' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu buổi' }));
    expect(await screen.findByText('Hãy chọn thôn.')).toBeTruthy();
    expect(screen.getByText('Hãy chọn ít nhất một chủ đề.')).toBeTruthy();
    expect(date.value).toBe('2026-10-02');
    expect(screen.getByText('02/10/2026')).toBeTruthy(); // dd/MM/yyyy whatever the phone's locale
    expect(onDone).not.toHaveBeenCalled();
    expect(await db.sessions.count()).toBe(0);
    expect(hasUnsavedChanges()).toBe(true);
  });

  it('saves a valid session to the device and queues it for sync', async () => {
    const onDone = vi.fn();
    render(<SessionForm communeCode="10882" onDone={onDone} />);
    await screen.findByRole('option', { name: 'Đồng Hạ' });
    fireEvent.input(screen.getByLabelText('Ngày'), { target: { value: '2026-10-02' } });
    fireEvent.change(screen.getByLabelText('Thôn'), { target: { value: 'dong-ha' } });
    const topics = screen.getByLabelText('Chủ đề') as HTMLSelectElement;
    for (const o of topics.options) o.selected = o.value === 'M04' || o.value === 'M07';
    fireEvent.change(topics);
    fireEvent.click(screen.getByRole('button', { name: 'Lưu buổi' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith(true));
    const [saved] = await db.sessions.toArray();
    expect(saved).toMatchObject({
      date: '2026-10-02',
      villageId: 'dong-ha',
      topics: ['M04', 'M07'],
    });
    expect(await db.outbox.count()).toBe(1);
  });

  it('asks before discarding typed input on cancel', async () => {
    const onDone = vi.fn();
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
    render(<SessionForm communeCode="10882" onDone={onDone} />);
    fireEvent.input(screen.getByLabelText('Ngày'), { target: { value: '2026-10-02' } });
    fireEvent.click(screen.getByRole('button', { name: 'Huỷ' }));
    expect(confirm).toHaveBeenCalledOnce();
    expect(onDone).not.toHaveBeenCalled();
    confirm.mockReturnValue(true);
    fireEvent.click(screen.getByRole('button', { name: 'Huỷ' }));
    expect(onDone).toHaveBeenCalledWith(false);
    confirm.mockRestore();
  });
});
