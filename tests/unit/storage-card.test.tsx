import { fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatBytes, StorageCard } from '../../src/features/more/StorageCard';

const MB = 1024 * 1024;

function stubStorage(storage: Partial<StorageManager> | undefined) {
  Object.defineProperty(navigator, 'storage', { value: storage, configurable: true });
}

afterEach(() => {
  Reflect.deleteProperty(navigator, 'storage');
});

describe('StorageCard', () => {
  it('shows usage and that storage may be cleared, and asks to keep it', async () => {
    let persisted = false;
    const persist = vi.fn(async () => {
      persisted = true;
      return true;
    });
    stubStorage({
      estimate: async () => ({ usage: 12.5 * MB, quota: 2048 * MB }),
      persisted: async () => persisted,
      persist,
    });
    render(<StorageCard />);
    expect(await screen.findByText('Ứng dụng đang dùng 12,5 MB trên 2 GB được phép.')).toBeTruthy();
    expect(screen.getByText(/Trình duyệt có thể tự xoá dữ liệu/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Giữ dữ liệu lâu dài' }));
    expect(await screen.findByText(/Dữ liệu được giữ lâu dài/)).toBeTruthy();
    expect(persist).toHaveBeenCalledOnce();
    expect(screen.queryByRole('button', { name: 'Giữ dữ liệu lâu dài' })).toBeNull();
  });

  it('says when the browser refuses, and warns when storage is almost full', async () => {
    stubStorage({
      estimate: async () => ({ usage: 90 * MB, quota: 100 * MB }),
      persisted: async () => false,
      persist: async () => false,
    });
    render(<StorageCard />);
    expect(await screen.findByText(/Sắp hết chỗ lưu/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Giữ dữ liệu lâu dài' }));
    expect(await screen.findByText(/Trình duyệt chưa đồng ý/)).toBeTruthy();
  });

  it('still shows a card where the browser tells nothing', async () => {
    stubStorage(undefined);
    render(<StorageCard />);
    expect(
      await screen.findByText('Máy này không cho biết dung lượng bộ nhớ đã dùng.'),
    ).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });
});

describe('formatBytes', () => {
  it('uses MB below a gigabyte and GB above, with Vietnamese decimals', () => {
    expect(formatBytes(0)).toBe('0 MB');
    expect(formatBytes(1.25 * MB)).toBe('1,3 MB');
    expect(formatBytes(1536 * MB)).toBe('1,5 GB');
  });
});
