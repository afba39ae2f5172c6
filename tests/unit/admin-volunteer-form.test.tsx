import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../src/db/db';
import { NewVolunteerScreen } from '../../src/features/admin/NewVolunteerScreen';
import { createVolunteer } from '../../src/sync/admin-api';
import { offline, refused, signedInAs, staff } from './admin-fixtures';

vi.mock('../../src/sync/admin-api', () => ({ createVolunteer: vi.fn() }));
const create = vi.mocked(createVolunteer);

beforeEach(async () => {
  await signedInAs('admin');
});
afterEach(() => {
  vi.clearAllMocks();
});

async function fill(name: string, phone: string, village?: string) {
  fireEvent.input(await screen.findByLabelText('Họ và tên'), { target: { value: name } });
  fireEvent.input(screen.getByLabelText('Số điện thoại'), { target: { value: phone } });
  if (village) fireEvent.click(await screen.findByRole('button', { name: village }));
}

const submit = () => fireEvent.click(screen.getByRole('button', { name: 'Tạo mã mời' }));

describe('new volunteer', () => {
  it('checks every field with the shared schema before asking the server', async () => {
    render(<NewVolunteerScreen />);
    await fill('   ', '12345');
    submit();
    expect(await screen.findByText('Hãy nhập họ và tên (tối đa 120 ký tự).')).toBeTruthy();
    expect(screen.getByText('Số điện thoại gồm 10 chữ số, bắt đầu bằng 0.')).toBeTruthy();
    expect(screen.getByText('Hãy chọn ít nhất một thôn.')).toBeTruthy();
    expect(create).not.toHaveBeenCalled();
  });

  it('creates the volunteer and shows the invite code in large groups of four, with its expiry', async () => {
    create.mockResolvedValue({
      volunteer: staff({ displayName: 'Trần Thị Mai', phone: '0912345678', status: 'invited' }),
      invite: { code: '48210937', expiresAt: '2026-11-12T16:59:59.000Z' },
    });
    render(<NewVolunteerScreen />);
    await fill('  Trần   Thị Mai ', '0912 345 678', 'Tiên Kiều');
    submit();
    const card = await screen.findByTestId('invite-card');
    expect(create).toHaveBeenCalledWith({
      displayName: 'Trần Thị Mai',
      phone: '0912345678',
      villages: ['tien-kieu'],
    });
    expect(card.querySelector('.invite-code')?.textContent).toBe('4821 0937');
    expect(screen.getByText('Hết hạn ngày 12/11/2026')).toBeTruthy();
    expect(screen.getByText('Chọn “Lần đầu đăng nhập (có mã mời)”.')).toBeTruthy();
    expect(screen.getByText('Nhập số điện thoại 0912 345 678 và mã mời này.')).toBeTruthy();
    // The draft is gone once the volunteer exists.
    await waitFor(async () => expect(await db.drafts.get('volunteer:new')).toBeUndefined());
  });

  it('copies a message with the code, ready to paste into Zalo', async () => {
    create.mockResolvedValue({
      volunteer: staff({ displayName: 'Trần Thị Mai', phone: '0912345678', status: 'invited' }),
      invite: { code: '48210937', expiresAt: '2026-11-12T16:59:59.000Z' },
    });
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<NewVolunteerScreen />);
    await fill('Trần Thị Mai', '0912345678', 'Nhân Bầu');
    submit();
    fireEvent.click(await screen.findByRole('button', { name: 'Sao chép' }));
    expect(await screen.findByText('Đã sao chép. Có thể dán vào Zalo hoặc tin nhắn.')).toBeTruthy();
    expect(writeText.mock.calls[0]?.[0]).toContain('4821 0937');
  });

  it('says a phone is already taken beside the phone field, keeping what was typed', async () => {
    create.mockRejectedValue(refused(409, 'phone_taken'));
    render(<NewVolunteerScreen />);
    await fill('Lê Văn Bình', '0900000011', 'Nhân Bầu');
    submit();
    expect(
      await screen.findByText('Số điện thoại này đã có tài khoản. Hãy kiểm tra lại số.'),
    ).toBeTruthy();
    expect((screen.getByLabelText('Họ và tên') as HTMLInputElement).value).toBe('Lê Văn Bình');
    expect((screen.getByLabelText('Số điện thoại') as HTMLInputElement).value).toBe('0900000011');
    expect(screen.getByRole('button', { name: 'Nhân Bầu' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    expect(screen.queryByTestId('invite-card')).toBeNull();
  });

  it('says the network is needed when offline, keeps the input, and succeeds on retry', async () => {
    create.mockRejectedValueOnce(offline());
    render(<NewVolunteerScreen />);
    await fill('Lê Văn Bình', '0900000011', 'Nhân Bầu');
    submit();
    expect(
      await screen.findByText('Cần có mạng để làm việc này. Hãy bật 4G hoặc Wi-Fi rồi thử lại.'),
    ).toBeTruthy();
    expect((screen.getByLabelText('Họ và tên') as HTMLInputElement).value).toBe('Lê Văn Bình');
    create.mockResolvedValueOnce({
      volunteer: staff({ displayName: 'Lê Văn Bình', status: 'invited' }),
      invite: { code: '11112222', expiresAt: '2026-11-12T16:59:59.000Z' },
    });
    submit();
    expect((await screen.findByTestId('invite-card')).textContent).toContain('1111 2222');
  });

  it('keeps the typed form as a draft on the device', async () => {
    render(<NewVolunteerScreen />);
    await fill('Lê Văn Bình', '0900000011');
    await waitFor(async () =>
      expect((await db.drafts.get('volunteer:new'))?.value).toMatchObject({
        displayName: 'Lê Văn Bình',
        phone: '0900000011',
      }),
    );
  });

  it('is refused to a volunteer who opens the address', async () => {
    await signedInAs('volunteer');
    render(<NewVolunteerScreen />);
    expect(await screen.findByText('Chỉ cán bộ quản trị xã được dùng chức năng này.')).toBeTruthy();
    expect(screen.queryByLabelText('Họ và tên')).toBeNull();
  });
});
