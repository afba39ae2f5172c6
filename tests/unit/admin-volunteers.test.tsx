import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { VolunteersScreen } from '../../src/features/admin/VolunteersScreen';
import {
  issueInvite,
  listStaff,
  revokeVolunteer,
  setVolunteerVillages,
} from '../../src/sync/admin-api';
import { offline, signedInAs, staff } from './admin-fixtures';

vi.mock('../../src/sync/admin-api', () => ({
  listStaff: vi.fn(),
  issueInvite: vi.fn(),
  setVolunteerVillages: vi.fn(),
  revokeVolunteer: vi.fn(),
}));

const binh = staff({ displayName: 'Lê Văn Bình', phone: '0900000012', status: 'invited' });
const an = staff({
  displayName: 'Trần Thị An',
  phone: '0900000011',
  villages: ['nhan-bau', 'tien-kieu'],
});
const cuong = staff({ displayName: 'Đỗ Văn Cường', status: 'revoked' });
const admin = staff({ displayName: 'Phạm Thu Hà', role: 'admin' });

beforeEach(async () => {
  await signedInAs('admin');
  vi.mocked(listStaff).mockResolvedValue([cuong, binh, admin, an]);
});
afterEach(() => {
  vi.clearAllMocks();
});

const cards = () => screen.findAllByTestId('volunteer-card');
const cardOf = async (name: string) =>
  (await cards()).find((c) => c.textContent?.includes(name)) as HTMLElement;

describe('volunteers', () => {
  it('lists volunteers by given name (An, Bình), revoked last, with phone, villages and status', async () => {
    render(<VolunteersScreen />);
    const list = await cards();
    expect(list.map((c) => c.querySelector('strong')?.textContent)).toEqual([
      'Trần Thị An',
      'Lê Văn Bình',
      'Đỗ Văn Cường',
    ]);
    expect(list[0]!.textContent).toContain('0900 000 011');
    expect(list[0]!.textContent).toContain('Phụ trách: Nhân Bầu, Tiên Kiều');
    expect(within(list[0]!).getByText('Đang hoạt động')).toBeTruthy();
    expect(within(list[1]!).getByText('Chờ kích hoạt')).toBeTruthy();
    expect(within(list[2]!).getByText('Đã thu hồi')).toBeTruthy();
    // The administrator is not in the volunteers' list.
    expect(screen.queryByText('Phạm Thu Hà')).toBeNull();
  });

  it('asks before revoking, saying the phone stops syncing and keeps its unsynced records', async () => {
    vi.mocked(revokeVolunteer).mockResolvedValue({ ...an, status: 'revoked' });
    render(<VolunteersScreen />);
    const card = await cardOf('Trần Thị An');
    fireEvent.click(within(card).getByRole('button', { name: 'Quản lý' }));
    fireEvent.click(within(card).getByRole('button', { name: 'Thu hồi quyền' }));
    const dialog = within(card).getByRole('alertdialog', {
      name: 'Thu hồi quyền của Trần Thị An?',
    });
    expect(dialog.textContent).toContain('ngừng đồng bộ');
    expect(dialog.textContent).toContain('chưa đồng bộ vẫn nằm trên điện thoại đó, không bị xoá');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Không, giữ lại' }));
    expect(revokeVolunteer).not.toHaveBeenCalled();
    expect(within(card).queryByRole('alertdialog')).toBeNull();

    fireEvent.click(within(card).getByRole('button', { name: 'Thu hồi quyền' }));
    fireEvent.click(within(card).getByRole('button', { name: 'Đồng ý thu hồi quyền' }));
    await waitFor(() => expect(revokeVolunteer).toHaveBeenCalledWith(an.id));
    const revoked = await cardOf('Trần Thị An');
    expect(await within(revoked).findByText('Đã thu hồi quyền của Trần Thị An.')).toBeTruthy();
    expect(within(revoked).getByText('Đã thu hồi')).toBeTruthy();
  });

  it('shows why a revoke failed and changes nothing', async () => {
    vi.mocked(revokeVolunteer).mockRejectedValue(offline());
    render(<VolunteersScreen />);
    const card = await cardOf('Trần Thị An');
    fireEvent.click(within(card).getByRole('button', { name: 'Quản lý' }));
    fireEvent.click(within(card).getByRole('button', { name: 'Thu hồi quyền' }));
    fireEvent.click(within(card).getByRole('button', { name: 'Đồng ý thu hồi quyền' }));
    expect(
      await within(card).findByText(
        'Cần có mạng để làm việc này. Hãy bật 4G hoặc Wi-Fi rồi thử lại.',
      ),
    ).toBeTruthy();
    expect(within(card).getByText('Đang hoạt động')).toBeTruthy();
  });

  it('issues a new invite code and shows it in the card', async () => {
    vi.mocked(issueInvite).mockResolvedValue({
      code: '12345678',
      expiresAt: '2026-03-01T10:00:00.000Z',
    });
    render(<VolunteersScreen />);
    const card = await cardOf('Lê Văn Bình');
    fireEvent.click(within(card).getByRole('button', { name: 'Quản lý' }));
    fireEvent.click(within(card).getByRole('button', { name: 'Cấp mã mời mới' }));
    const invite = await within(card).findByTestId('invite-card');
    expect(invite.textContent).toContain('1234 5678');
    expect(invite.textContent).toContain('Hết hạn ngày 01/03/2026');
  });

  it('changes the villages a volunteer looks after, at least one', async () => {
    vi.mocked(setVolunteerVillages).mockResolvedValue({ ...binh, villages: ['tien-kieu'] });
    render(<VolunteersScreen />);
    const card = await cardOf('Lê Văn Bình');
    fireEvent.click(within(card).getByRole('button', { name: 'Quản lý' }));
    fireEvent.click(within(card).getByRole('button', { name: 'Sửa thôn phụ trách' }));
    fireEvent.click(within(card).getByRole('button', { name: 'Nhân Bầu' }));
    fireEvent.click(within(card).getByRole('button', { name: 'Lưu thôn phụ trách' }));
    expect(within(card).getByText('Hãy chọn ít nhất một thôn.')).toBeTruthy();
    expect(setVolunteerVillages).not.toHaveBeenCalled();
    fireEvent.click(within(card).getByRole('button', { name: 'Tiên Kiều' }));
    fireEvent.click(within(card).getByRole('button', { name: 'Lưu thôn phụ trách' }));
    await waitFor(() => expect(setVolunteerVillages).toHaveBeenCalledWith(binh.id, ['tien-kieu']));
    expect(await screen.findByText('Phụ trách: Tiên Kiều')).toBeTruthy();
  });

  it('says the network is needed instead of a blank screen, and tries again', async () => {
    vi.mocked(listStaff).mockRejectedValueOnce(offline());
    render(<VolunteersScreen />);
    expect(await screen.findByText('Cần kết nối mạng')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Thử lại' }));
    expect(await cards()).toHaveLength(3);
  });
});
