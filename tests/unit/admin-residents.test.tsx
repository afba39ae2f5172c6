import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ResidentsRightsScreen } from '../../src/features/admin/ResidentsRightsScreen';
import {
  type AdminResident,
  eraseResident,
  exportResident,
  searchResidents,
} from '../../src/sync/admin-api';
import { signedInAs } from './admin-fixtures';

vi.mock('../../src/sync/admin-api', () => ({
  searchResidents: vi.fn(),
  exportResident: vi.fn(),
  eraseResident: vi.fn(),
}));

const anh: AdminResident = {
  id: '019a1111-0000-7000-8000-000000000001',
  fullName: 'Nguyễn Thị Ánh',
  villageId: 'nhan-bau',
  birthYear: 1958,
  erased: false,
};

beforeEach(async () => {
  await signedInAs('admin');
  vi.mocked(searchResidents).mockResolvedValue([anh]);
});
afterEach(() => {
  vi.clearAllMocks();
  vi.restoreAllMocks();
});

async function find(q: string) {
  fireEvent.input(await screen.findByLabelText('Tìm người dân theo họ tên'), {
    target: { value: q },
  });
  return screen.findByTestId('rights-card', {}, { timeout: 2000 });
}

describe("residents' rights", () => {
  it('searches the server once typing pauses, not on every key', async () => {
    render(<ResidentsRightsScreen />);
    const box = await screen.findByLabelText('Tìm người dân theo họ tên');
    fireEvent.input(box, { target: { value: 'a' } });
    expect(screen.getByText(/Gõ ít nhất 2 chữ/)).toBeTruthy();
    fireEvent.input(box, { target: { value: 'ng' } });
    fireEvent.input(box, { target: { value: 'nguyen an' } });
    const card = await screen.findByTestId('rights-card', {}, { timeout: 2000 });
    expect(searchResidents).toHaveBeenCalledTimes(1);
    expect(searchResidents).toHaveBeenCalledWith('nguyen an');
    expect(card.textContent).toContain('Nguyễn Thị Ánh');
    expect(card.textContent).toContain('Nhân Bầu · sinh năm 1958');
  });

  it('erases only after reading what happens and pressing the named button', async () => {
    vi.mocked(eraseResident).mockResolvedValue({
      ...anh,
      fullName: null,
      birthYear: null,
      erased: true,
    });
    render(<ResidentsRightsScreen />);
    const card = await find('anh');
    fireEvent.click(within(card).getByRole('button', { name: 'Xoá dữ liệu cá nhân' }));
    const dialog = within(card).getByRole('alertdialog', {
      name: 'Xoá dữ liệu cá nhân của Nguyễn Thị Ánh?',
    });
    expect(dialog.textContent).toContain('Họ tên, năm sinh, số điện thoại và sự đồng ý');
    expect(dialog.textContent).toContain('lần đồng bộ tới');
    expect(dialog.textContent).toContain('vẫn được giữ');
    expect(eraseResident).not.toHaveBeenCalled();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Không xoá' }));
    expect(within(card).queryByRole('alertdialog')).toBeNull();

    fireEvent.click(within(card).getByRole('button', { name: 'Xoá dữ liệu cá nhân' }));
    fireEvent.click(
      within(card).getByRole('button', { name: 'Xoá vĩnh viễn dữ liệu của Nguyễn Thị Ánh' }),
    );
    await waitFor(() => expect(eraseResident).toHaveBeenCalledWith(anh.id));
    const after = await screen.findByTestId('rights-card');
    expect(
      await within(after).findByText(/Đã xoá dữ liệu cá nhân của Nguyễn Thị Ánh trên máy chủ/),
    ).toBeTruthy();
    expect(within(after).getByText('(Đã xoá tên)')).toBeTruthy();
    expect(within(after).queryByRole('button', { name: 'Xoá dữ liệu cá nhân' })).toBeNull();
  });

  it('downloads the export as du-lieu-cu-dan-<id>.json', async () => {
    const data = {
      serverTime: '2026-11-05T01:30:00.000Z',
      resident: { id: anh.id },
      attendance: [],
      feedback: [],
      audit: [],
    };
    vi.mocked(exportResident).mockResolvedValue(data);
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((b: Blob) => {
      blobs.push(b);
      return 'blob:test';
    });
    URL.revokeObjectURL = vi.fn();
    const clicked: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this.download);
    });
    render(<ResidentsRightsScreen />);
    const card = await find('anh');
    fireEvent.click(within(card).getByRole('button', { name: 'Xuất dữ liệu' }));
    const file = `du-lieu-cu-dan-${anh.id}.json`;
    expect(await within(card).findByText(`Đã tải về tệp ${file}.`)).toBeTruthy();
    expect(clicked).toEqual([file]);
    expect(JSON.parse(await blobs[0]!.text())).toEqual(data);
  });

  it('says searching needs the network when offline, and asks nothing', async () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    render(<ResidentsRightsScreen />);
    fireEvent.input(await screen.findByLabelText('Tìm người dân theo họ tên'), {
      target: { value: 'nguyen' },
    });
    expect(screen.getByText('Cần kết nối mạng')).toBeTruthy();
    await new Promise((r) => setTimeout(r, 700));
    expect(searchResidents).not.toHaveBeenCalled();
  });
});
