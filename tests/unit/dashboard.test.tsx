import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AccountContext } from '../../src/app/account-context';
import type { AccountUser } from '../../src/core/auth';
import { computeIndicators } from '../../src/core/indicator-compute';
import type { Indicators, Period, SourcedIndicators } from '../../src/core/indicators';
import { deviceIndicators } from '../../src/db/local-indicators';
import { replaceReference } from '../../src/db/reference';
import { DashboardScreen } from '../../src/features/reports/DashboardScreen';
import { fetchIndicators, setVillageAdults } from '../../src/sync/reports-api';
import { offline } from './admin-fixtures';
import { village } from './factories';
import { resetDb } from './reset-db';

vi.mock('../../src/sync/reports-api', () => ({
  fetchIndicators: vi.fn(),
  setVillageAdults: vi.fn(),
}));
vi.mock('../../src/db/local-indicators', () => ({ deviceIndicators: vi.fn() }));

const SERVER_TIME = '2026-11-24T07:05:00.000Z'; // 14:05 in Vietnam

/** Zeros for `period` over both villages (Tiên Kiều without a population), then `over`. */
function indicators(period: Period, over: Partial<Indicators> = {}): Indicators {
  const villages = [
    { id: 'nhan-bau', adults: 400 },
    { id: 'tien-kieu', adults: null },
  ];
  const none = { sessions: [], attendance: [], residents: [], feedback: [], completions: [] };
  return { ...computeIndicators({ ...none, villages }, period), ...over };
}

/** A busy year: 12 sessions, 90 attendances, 40 residents, figures by village and month. */
function busy(period: Period): Indicators {
  const base = indicators(period);
  return {
    ...base,
    sessions: 12,
    attendances: 90,
    uniqueResidents: 40,
    vneidActivations: 7,
    onlineApplications: 3,
    cashlessAccounts: 5,
    byVillage: [
      {
        ...base.byVillage[0]!,
        sessions: 8,
        attendances: 60,
        uniqueResidents: 30,
        adultsReached: 100,
        reachedShare: 0.25,
      },
      {
        ...base.byVillage[1]!,
        sessions: 4,
        attendances: 30,
        uniqueResidents: 10,
        adultsReached: 9,
      },
    ],
    byMonth: base.byMonth.map((m) =>
      m.month.endsWith('-11') ? { ...m, sessions: 12, attendances: 90, uniqueResidents: 40 } : m,
    ),
    bySex: { female: 25, male: 14, unknown: 1 },
    completions: { ...base.completions, total: 6, linked: 2 },
    feedback: {
      count: 3,
      averageRating: 4.25,
      tags: { ...base.feedback.tags, weak_network: 2 },
      recent: [
        {
          createdAt: '2026-11-20T03:00:00.000Z',
          villageId: 'nhan-bau',
          rating: 5,
          text: '<b>Rất</b> dễ hiểu',
        },
      ],
    },
  };
}

const sourced = (source: 'server' | 'device', ind: Indicators): SourcedIndicators => ({
  source,
  at: source === 'server' ? SERVER_TIME : '2026-11-24T08:30:00.000Z',
  indicators: ind,
});

const ADMIN: AccountUser = {
  id: '019a0000-0000-7000-8000-00000000ad01',
  communeCode: '10882',
  role: 'admin',
  displayName: 'Phạm Thu Hà',
  phone: '0900000001',
  villages: ['nhan-bau', 'tien-kieu'],
};
const VOLUNTEER: AccountUser = { ...ADMIN, role: 'volunteer', villages: ['nhan-bau'] };

function renderAs(user: AccountUser = ADMIN) {
  const account = { user, revoked: false, signedInAt: '2026-11-01T00:00:00.000Z' };
  return render(
    <AccountContext.Provider value={account}>
      <DashboardScreen />
    </AccountContext.Provider>,
  );
}

/** The figures are on screen (village names read), then their source label. */
async function sourceLabel() {
  await screen.findByTestId('stat-sessions');
  return screen.getByTestId('source-label');
}
let onLine: ReturnType<typeof vi.spyOn>;

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(SERVER_TIME));
  await resetDb();
  await replaceReference(
    '10882',
    [village('nhan-bau', 'Nhân Bầu', 1), village('tien-kieu', 'Tiên Kiều', 2)],
    [],
  );
  onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(true);
  vi.mocked(fetchIndicators).mockImplementation(async (p) => sourced('server', busy(p)));
  vi.mocked(deviceIndicators).mockImplementation(async (_scope, p) =>
    sourced('device', indicators(p, { sessions: 1 })),
  );
});
afterEach(() => {
  vi.useRealTimers();
  vi.clearAllMocks();
  onLine.mockRestore();
});

describe('dashboard', () => {
  it('shows the server’s figures for this year, labelled with their source and time', async () => {
    renderAs();
    expect(await sourceLabel()).toHaveProperty(
      'textContent',
      'Máy chủ Toàn xã — máy chủ, cập nhật 14:05 24/11/2026',
    );
    expect(fetchIndicators).toHaveBeenCalledWith({ from: '2026-01-01', to: '2026-12-31' });
    expect(screen.getByText('Từ 01/01/2026 đến 31/12/2026')).toBeTruthy();
    expect(screen.getByTestId('stat-sessions').textContent).toContain('12');
    expect(screen.getByTestId('stat-attendances').textContent).toContain('90');
    expect(screen.getByTestId('stat-uniqueResidents').textContent).toContain('40');
    expect(screen.getByTestId('stat-completions').textContent).toContain('6');
    expect(screen.queryByTestId('empty-period')).toBeNull();

    // Bars by village, named by their summary, with the table of every village beside them.
    expect(
      screen.getByRole('img', {
        name: /Người dân được tiếp cận theo thôn: cao nhất là Nhân Bầu \(30\)/,
      }),
    ).toBeTruthy();
    const activity = screen.getByRole('table', { name: 'Hoạt động theo thôn' });
    const rows = within(activity).getAllByRole('row');
    expect(rows.map((r) => r.textContent)).toEqual([
      'ThônBuổi tập huấnLượt tham dựNgười dân được tiếp cậnHoàn thành học phần',
      'Nhân Bầu860300',
      'Tiên Kiều430100',
      'Cả kỳ1290406',
    ]);
    // A line by month with its table; help counts, people, completions, feedback.
    expect(
      screen.getByRole('img', {
        name: /Lượt tham dự theo tháng: cao nhất vào Tháng 11\/2026 \(90\)/,
      }),
    ).toBeTruthy();
    expect(
      within(screen.getByRole('table', { name: 'Hoạt động theo tháng' })).getAllByRole('row'),
    ).toHaveLength(14);
    const help = screen.getByRole('table', { name: 'Hỗ trợ cụ thể trong các buổi' });
    expect(help.textContent).toContain('Tài khoản VNeID mức 2 đã kích hoạt7');
    expect(screen.getByRole('table', { name: 'Theo giới tính' }).textContent).toContain('Nữ25');
    expect(
      screen.getByRole('table', { name: 'Người học hoàn thành từng học phần' }).textContent,
    ).toContain('Cả kỳ6');
    expect(screen.getByTestId('stat-rating').textContent).toContain('4,3 / 5');
    expect(screen.getByRole('table', { name: 'Vướng mắc người dân nêu' }).textContent).toContain(
      'Mạng yếu2',
    );
  });

  it('shows a village without a population with counts and no percentage, and says why', async () => {
    renderAs();
    const table = await screen.findByRole('table', {
      name: 'Người từ 16 tuổi trở lên được tiếp cận',
    });
    const [, nhanBau, tienKieu] = within(table).getAllByRole('row');
    expect(nhanBau!.textContent).toBe('Nhân Bầu10040025%');
    expect(tienKieu!.textContent).toBe('Tiên Kiều9Chưa nhậpChưa có số dân');
    expect(tienKieu!.textContent).not.toContain('%');
    expect(screen.getByText(/chưa tính được tỉ lệ/)).toBeTruthy();
    // The bars of the share too: a value in words, never a 0 % standing for "unknown".
    fireEvent.click(screen.getByRole('button', { name: 'Tỉ lệ người lớn được tiếp cận' }));
    const chart = screen.getByRole('img', { name: /Tỉ lệ người lớn được tiếp cận theo thôn/ });
    expect(chart.textContent).toContain('Tiên Kiều Chưa có số dân');
    expect(chart.textContent).toContain('Nhân Bầu 25%');
  });

  it('asks again for the period chosen: a month, then another month', async () => {
    renderAs();
    await sourceLabel();
    fireEvent.change(screen.getByLabelText('Xem theo'), { target: { value: 'month' } });
    await waitFor(() =>
      expect(fetchIndicators).toHaveBeenLastCalledWith({ from: '2026-11-01', to: '2026-11-30' }),
    );
    fireEvent.change(screen.getByLabelText('Tháng'), { target: { value: '2' } });
    await waitFor(() =>
      expect(fetchIndicators).toHaveBeenLastCalledWith({ from: '2026-02-01', to: '2026-02-28' }),
    );
    await waitFor(() =>
      expect(deviceIndicators).toHaveBeenLastCalledWith(
        { communeCode: '10882', villages: null },
        { from: '2026-02-01', to: '2026-02-28' },
      ),
    );
    expect(await screen.findByText('Từ 01/02/2026 đến 28/02/2026')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Xem theo'), { target: { value: 'phase' } });
    await waitFor(() =>
      expect(fetchIndicators).toHaveBeenLastCalledWith({ from: '2025-01-01', to: '2027-12-31' }),
    );
    // Any range of days, starting from the period on screen; a reversed range is put in order.
    fireEvent.change(screen.getByLabelText('Xem theo'), { target: { value: 'custom' } });
    expect((screen.getByLabelText('Từ ngày') as HTMLInputElement).value).toBe('2025-01-01');
    fireEvent.change(screen.getByLabelText('Từ ngày'), { target: { value: '2026-10-15' } });
    fireEvent.change(screen.getByLabelText('Đến ngày'), { target: { value: '2026-09-01' } });
    await waitFor(() =>
      expect(fetchIndicators).toHaveBeenLastCalledWith({ from: '2026-09-01', to: '2026-10-15' }),
    );
  });

  it('says so when nothing happened in the period, and shows zeros', async () => {
    vi.mocked(fetchIndicators).mockImplementation(async (p) => sourced('server', indicators(p)));
    renderAs();
    expect((await screen.findByTestId('empty-period')).textContent).toContain(
      'Không có hoạt động nào trong khoảng thời gian này',
    );
    expect(screen.getByTestId('stat-sessions').textContent).toContain('0');
    expect(screen.getByTestId('stat-rating').textContent).toContain('Chưa có');
    expect(screen.getByText('Chưa có ý kiến nào trong khoảng thời gian này.')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('switches between the server’s figures and this phone’s, each with its own label', async () => {
    renderAs();
    await sourceLabel();
    fireEvent.click(screen.getByRole('button', { name: 'Trên máy này' }));
    expect((await sourceLabel()).textContent).toBe(
      'Máy này Trên máy này — chỉ những gì máy đang giữ, tính lúc 15:30 24/11/2026',
    );
    expect(screen.getByTestId('stat-sessions').textContent).toContain('1');
    fireEvent.click(screen.getByRole('button', { name: 'Toàn xã (máy chủ)' }));
    expect((await sourceLabel()).textContent).toContain('Toàn xã — máy chủ');
  });

  it('offline, shows this phone’s figures and says the commune’s come with the network', async () => {
    onLine.mockReturnValue(false);
    renderAs();
    expect((await sourceLabel()).textContent).toContain('Trên máy này — chỉ những gì máy đang giữ');
    expect(fetchIndicators).not.toHaveBeenCalled();
    expect(screen.getByText(/Không có mạng: đang hiện số liệu trên máy này/)).toBeTruthy();
    expect(screen.getByTestId('stat-sessions').textContent).toContain('1');
    // Back online: the server's figures replace them.
    onLine.mockReturnValue(true);
    window.dispatchEvent(new Event('online'));
    await waitFor(() =>
      expect(screen.getByTestId('source-label').textContent).toContain('Toàn xã'),
    );
  });

  it('falls back to this phone’s figures when the server cannot be reached', async () => {
    vi.mocked(fetchIndicators).mockRejectedValue(offline());
    renderAs();
    await waitFor(() => expect(fetchIndicators).toHaveBeenCalled());
    await screen.findByText(/Không có mạng: đang hiện số liệu trên máy này/);
    expect((await sourceLabel()).textContent).toContain('Trên máy này');
    // The phone thinks it is online: trying again reaches the server this time.
    vi.mocked(fetchIndicators).mockImplementation(async (p) => sourced('server', busy(p)));
    fireEvent.click(screen.getByRole('button', { name: 'Thử lại' }));
    await waitFor(() =>
      expect(screen.getByTestId('source-label').textContent).toContain('Toàn xã'),
    );
  });

  it('renders residents’ comments as text, never as markup', async () => {
    renderAs();
    const comment = await screen.findByTestId('comment');
    expect(comment.textContent).toContain('<b>Rất</b> dễ hiểu');
    expect(comment.querySelector('b')).toBeNull();
    expect(comment.textContent).toContain('20/11/2026 · Nhân Bầu · Hài lòng 5/5');
  });

  it('lets the administrator enter a village’s adult population, then asks for the figures again', async () => {
    vi.mocked(setVillageAdults).mockResolvedValue();
    renderAs();
    await sourceLabel();
    const field = screen.getByLabelText('Tiên Kiều');
    fireEvent.input(field, { target: { value: '1.250' } });
    fireEvent.click(within(field.closest('form')!).getByRole('button', { name: 'Lưu' }));
    await screen.findByText('Đã lưu.');
    expect(setVillageAdults).toHaveBeenCalledWith('10882', 'tien-kieu', 1250);
    await waitFor(() => expect(fetchIndicators).toHaveBeenCalledTimes(2));
    // Not a number: said beside the field, nothing sent.
    fireEvent.input(field, { target: { value: 'một nghìn' } });
    fireEvent.click(within(field.closest('form')!).getByRole('button', { name: 'Lưu' }));
    expect(await screen.findByText(/Hãy nhập một số nguyên/)).toBeTruthy();
    expect(setVillageAdults).toHaveBeenCalledTimes(1);
  });

  it('cannot save a population offline, and says it needs the network', async () => {
    onLine.mockReturnValue(false);
    renderAs();
    await sourceLabel();
    expect(screen.getByText(/Cần có mạng để lưu số dân/)).toBeTruthy();
    expect((screen.getByLabelText('Nhân Bầu') as HTMLInputElement).disabled).toBe(true);
  });

  it('gives a volunteer the figures of their villages, without population editing', async () => {
    renderAs(VOLUNTEER);
    expect((await sourceLabel()).textContent).toContain(
      'Các thôn bạn phụ trách — máy chủ, cập nhật 14:05 24/11/2026',
    );
    expect(screen.getByRole('heading', { name: 'Số liệu các thôn bạn phụ trách' })).toBeTruthy();
    expect(deviceIndicators).toHaveBeenCalledWith(
      { communeCode: '10882', villages: ['nhan-bau'] },
      { from: '2026-01-01', to: '2026-12-31' },
    );
    expect(screen.queryByTestId('population')).toBeNull();
  });
});
