import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AuditEntry } from '../../src/core/auth';
import { AuditScreen } from '../../src/features/admin/AuditScreen';
import { listAudit, listStaff } from '../../src/sync/admin-api';
import { ADMIN_ID, offline, signedInAs, staff } from './admin-fixtures';

vi.mock('../../src/sync/admin-api', () => ({ listAudit: vi.fn(), listStaff: vi.fn() }));

const mai = staff({ displayName: 'Trần Thị Mai' });

let n = 0;
function entry(over: Partial<AuditEntry>): AuditEntry {
  n += 1;
  return {
    id: `019a0000-0000-7000-8000-${String(n).padStart(12, '0')}`,
    at: '2026-11-05T01:30:00.000Z',
    actorId: ADMIN_ID,
    actorName: 'Phạm Thu Hà',
    action: 'volunteer.create',
    targetType: 'user',
    targetId: mai.id,
    detail: {},
    ...over,
  };
}

const first = [
  entry({ at: '2026-11-05T01:30:00.000Z', action: 'volunteer.revoke' }),
  entry({
    at: '2026-11-04T16:05:00.000Z',
    action: 'resident.export',
    targetType: 'resident',
    targetId: '019a1111-0000-7000-8000-000000000001',
  }),
  entry({ at: '2026-11-03T08:00:00.000Z', action: 'auth.redeem', actorName: null, actorId: null }),
  entry({
    at: '2026-11-02T08:00:00.000Z',
    action: 'report.print',
    targetType: 'commune',
    targetId: '10882',
  }),
];

beforeEach(async () => {
  await signedInAs('admin');
  vi.mocked(listStaff).mockResolvedValue([mai]);
});
afterEach(() => {
  vi.clearAllMocks();
});

describe('audit log', () => {
  it('shows each entry newest first: Vietnam time, who, what in plain words, on what', async () => {
    vi.mocked(listAudit).mockResolvedValue(first);
    render(<AuditScreen />);
    const rows = await screen.findAllByTestId('audit-entry');
    expect(rows).toHaveLength(4);
    expect(rows[0]!.textContent).toContain('05/11/2026 08:30');
    expect(rows[0]!.textContent).toContain('Phạm Thu Hà — Thu hồi quyền');
    await waitFor(() => expect(rows[0]!.textContent).toContain('Tài khoản: Trần Thị Mai'));
    // 16:05 UTC is 23:05 the same day in Vietnam.
    expect(rows[1]!.textContent).toContain('04/11/2026 23:05');
    expect(rows[1]!.textContent).toContain('Xuất dữ liệu của người dân');
    expect(rows[1]!.textContent).toContain('Người dân: 019a1111-0000-7000-8000-000000000001');
    expect(rows[2]!.textContent).toContain('Hệ thống — Đăng nhập lần đầu bằng mã mời');
    // An action this version does not know is shown as its code, never blank.
    expect(rows[3]!.textContent).toContain('report.print');
  });

  it('loads older entries with "Xem thêm" from the last one shown, until there are none', async () => {
    vi.mocked(listAudit)
      .mockResolvedValueOnce(first)
      .mockResolvedValueOnce([
        entry({ at: '2026-10-01T01:00:00.000Z', action: 'volunteer.invite' }),
      ])
      .mockResolvedValueOnce([]);
    render(<AuditScreen />);
    await screen.findAllByTestId('audit-entry');
    expect(listAudit).toHaveBeenLastCalledWith();
    fireEvent.click(screen.getByRole('button', { name: 'Xem thêm' }));
    await waitFor(() => expect(screen.getAllByTestId('audit-entry')).toHaveLength(5));
    expect(listAudit).toHaveBeenLastCalledWith(
      expect.objectContaining({ at: '2026-11-02T08:00:00.000Z' }),
    );
    expect(screen.getAllByTestId('audit-entry')[4]!.textContent).toContain('Cấp mã mời');
    fireEvent.click(screen.getByRole('button', { name: 'Xem thêm' }));
    expect(await screen.findByText('Không còn mục nào cũ hơn.')).toBeTruthy();
    expect(listAudit).toHaveBeenLastCalledWith(
      expect.objectContaining({ at: '2026-10-01T01:00:00.000Z' }),
    );
  });

  it('says the network is needed when it cannot read the log', async () => {
    vi.mocked(listAudit).mockRejectedValue(offline());
    render(<AuditScreen />);
    expect(await screen.findByText('Cần kết nối mạng')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Thử lại' })).toBeTruthy();
  });

  it('says when the log is empty', async () => {
    vi.mocked(listAudit).mockResolvedValue([]);
    render(<AuditScreen />);
    expect(await screen.findByText('Nhật ký chưa có mục nào.')).toBeTruthy();
  });
});
