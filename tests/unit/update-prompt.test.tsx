import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UpdatePrompt } from '../../src/app/UpdatePrompt';
import { useUnsavedChanges } from '../../src/app/unsaved-changes';
import { pendingCount } from '../../src/db/outbox';
import { requestSync } from '../../src/sync/scheduler';

vi.mock('../../src/db/outbox', () => ({ pendingCount: vi.fn(async () => 0) }));
vi.mock('../../src/sync/scheduler', () => ({ requestSync: vi.fn(async () => 'ok') }));

const pending = vi.mocked(pendingCount);
const sync = vi.mocked(requestSync);

function DirtyForm() {
  useUnsavedChanges('test-form', true);
  return null;
}

beforeEach(() => {
  pending.mockReset().mockResolvedValue(0);
  sync.mockClear();
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('UpdatePrompt with records not yet sent', () => {
  it('updates at once when nothing is waiting', async () => {
    const onReload = vi.fn();
    render(<UpdatePrompt onReload={onReload} onLater={() => {}} />);
    fireEvent.click(screen.getByRole('button', { name: 'Tải lại' }));
    await waitFor(() => expect(onReload).toHaveBeenCalledOnce());
  });

  it('asks first, and updates when the volunteer chooses to', async () => {
    pending.mockResolvedValue(3);
    const onReload = vi.fn();
    render(<UpdatePrompt onReload={onReload} onLater={() => {}} />);
    fireEvent.click(screen.getByRole('button', { name: 'Tải lại' }));
    expect(
      await screen.findByText(
        '3 bản ghi chưa gửi. Hãy đồng bộ trước khi cập nhật, hoặc cập nhật ngay (dữ liệu vẫn được giữ).',
      ),
    ).toBeTruthy();
    expect(onReload).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Cập nhật ngay' }));
    expect(onReload).toHaveBeenCalledOnce();
  });

  it('syncs first when asked, and offers the update again', async () => {
    pending.mockResolvedValue(1);
    const onReload = vi.fn();
    render(<UpdatePrompt onReload={onReload} onLater={() => {}} />);
    fireEvent.click(screen.getByRole('button', { name: 'Tải lại' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Đồng bộ trước' }));
    await waitFor(() => expect(sync).toHaveBeenCalledOnce());
    expect(onReload).not.toHaveBeenCalled();
    expect(screen.getByText('Đã có phiên bản mới')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Tải lại' })).toBeTruthy();
  });

  it('asks about unsaved input before anything else, and stops there on "no"', async () => {
    pending.mockResolvedValue(2);
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
    const onReload = vi.fn();
    render(
      <>
        <DirtyForm />
        <UpdatePrompt onReload={onReload} onLater={() => {}} />
      </>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Tải lại' }));
    expect(confirm).toHaveBeenCalledOnce();
    await Promise.resolve();
    expect(pending).not.toHaveBeenCalled();
    expect(onReload).not.toHaveBeenCalled();
  });

  it('does not block the update when the count cannot be read', async () => {
    pending.mockRejectedValue(new Error('store closed'));
    const onReload = vi.fn();
    render(<UpdatePrompt onReload={onReload} onLater={() => {}} />);
    fireEvent.click(screen.getByRole('button', { name: 'Tải lại' }));
    await waitFor(() => expect(onReload).toHaveBeenCalledOnce());
  });
});
