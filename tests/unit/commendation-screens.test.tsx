import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AccountContext } from '../../src/app/account-context';
import type { AccountUser } from '../../src/core/auth';
import type { Period, SourcedIndicators } from '../../src/core/indicators';
import { loadCommendationYear } from '../../src/db/commendation';
import { db } from '../../src/db/db';
import { deviceIndicators } from '../../src/db/local-indicators';
import { replaceReference } from '../../src/db/reference';
import { CommendationScreen, DossierScreen } from '../../src/features/reports/commendation/screens';
import { fetchIndicators } from '../../src/sync/reports-api';
import { ADMIN_ID, signedInAs } from './admin-fixtures';
import { HOA, LAN, MINH, yearIndicators } from './commendation-fixtures';
import { village } from './factories';

vi.mock('../../src/sync/reports-api', () => ({ fetchIndicators: vi.fn() }));
vi.mock('../../src/db/local-indicators', () => ({ deviceIndicators: vi.fn() }));

const SERVER_TIME = '2026-11-24T07:05:00.000Z';
const ADMIN: AccountUser = {
  id: ADMIN_ID,
  communeCode: '10882',
  role: 'admin',
  displayName: 'Phạm Thu Hà',
  phone: '0900000001',
  villages: ['nhan-bau', 'tien-kieu'],
};

/** The fixture's figures for 2026; nothing in other years. */
function figures(source: 'server' | 'device', period: Period): SourcedIndicators {
  const ind = yearIndicators();
  const empty = period.from !== '2026-01-01';
  return {
    source,
    at: SERVER_TIME,
    indicators: empty ? { ...ind, period, byVolunteer: [], byVillage: [] } : { ...ind, period },
  };
}

function renderAs(node: preact.ComponentChild) {
  const account = { user: ADMIN, revoked: false, signedInAt: '2026-11-01T00:00:00.000Z' };
  return render(<AccountContext.Provider value={account}>{node}</AccountContext.Provider>);
}

let onLine: ReturnType<typeof vi.spyOn>;

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(SERVER_TIME));
  await signedInAs('admin');
  await replaceReference(
    '10882',
    [village('nhan-bau', 'Nhan Bầu', 1), village('tien-kieu', 'Tiên Kiều', 2)],
    [
      { id: HOA, communeCode: '10882', displayName: 'Nguyễn Thị Hoa' },
      { id: MINH, communeCode: '10882', displayName: 'Trần Văn Minh' },
      { id: LAN, communeCode: '10882', displayName: 'Vũ Thị Lan' },
    ],
  );
  onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(true);
  vi.mocked(fetchIndicators).mockImplementation(async (p) => figures('server', p));
  vi.mocked(deviceIndicators).mockImplementation(async (_s, p) => figures('device', p));
});
afterEach(() => {
  vi.useRealTimers();
  vi.clearAllMocks();
  onLine.mockRestore();
});

describe('commendation screens', () => {
  it('rank the server’s figures for this year, and keep the nominations on the device', async () => {
    renderAs(<CommendationScreen />);
    expect(await screen.findByTestId('source-label')).toHaveProperty(
      'textContent',
      expect.stringContaining('14:05 24/11/2026'),
    );
    expect((screen.getByLabelText('Năm xét khen thưởng') as HTMLSelectElement).value).toBe('2026');
    expect(fetchIndicators).toHaveBeenCalledWith({ from: '2026-01-01', to: '2026-12-31' });
    await waitFor(() => expect(screen.getAllByTestId('shortlist-row')).toHaveLength(5));
    const hoa = screen.getAllByTestId('shortlist-row')[0]!;
    expect(hoa.textContent).toContain('Nguyễn Thị Hoa');
    fireEvent.click(within(hoa).getByLabelText('Đề nghị khen thưởng'));
    await waitFor(async () =>
      expect(
        (await loadCommendationYear('10882', 2026)).checklists[`volunteer:${HOA}`]?.nominated,
      ).toBe(true),
    );
    cleanup();

    // The dossier opens on the same year, with the nomination read back from the device.
    renderAs(<DossierScreen kind="volunteer" id={HOA} />);
    const report = await screen.findByTestId('dossier-report');
    await waitFor(() =>
      expect(report.textContent).toContain(
        'Năm 2026, đã tổ chức 12 buổi, hướng dẫn 312 lượt người dân (98 người); hỗ trợ 45 người kích hoạt VNeID mức 2',
      ),
    );
    expect(screen.queryByText(/Chưa có trong danh sách đề nghị/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Tờ trình' }));
    expect(screen.getByTestId('proposal-list').textContent).toContain('Nguyễn Thị Hoa');
  });

  it('remember the year chosen, and show no candidates for a year without sessions', async () => {
    renderAs(<CommendationScreen />);
    const year = (await screen.findByLabelText('Năm xét khen thưởng')) as HTMLSelectElement;
    fireEvent.change(year, { target: { value: '2025' } });
    await waitFor(() =>
      expect(fetchIndicators).toHaveBeenCalledWith({ from: '2025-01-01', to: '2025-12-31' }),
    );
    // Neither a volunteer nor a village to suggest.
    expect(await screen.findAllByText('Năm 2025 chưa có buổi nào: chưa có ứng viên.')).toHaveLength(
      2,
    );
    await waitFor(async () => expect((await db.meta.get('commendation:year'))?.value).toBe(2025));
  });

  it('offer to nominate someone whose dossier is opened before being nominated', async () => {
    renderAs(<DossierScreen kind="volunteer" id={LAN} />);
    expect(
      await screen.findByText('Chưa có trong danh sách đề nghị khen thưởng năm nay.'),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Đề nghị khen thưởng' }));
    await waitFor(() => expect(screen.queryByText(/Chưa có trong danh sách/)).toBeNull());
    await waitFor(async () =>
      expect(
        (await loadCommendationYear('10882', 2026)).checklists[`volunteer:${LAN}`]?.nominated,
      ).toBe(true),
    );
  });

  it('say so for an address naming nobody this device knows', async () => {
    renderAs(<DossierScreen kind="volunteer" id="019a0000-0000-7000-8000-0000000000ff" />);
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Không tìm thấy người hoặc tập thể này trên máy.',
    );
  });

  it('are for administrators only', async () => {
    await signedInAs('volunteer');
    renderAs(<CommendationScreen />);
    expect((await screen.findByRole('alert')).textContent).toMatch(/quản trị|administrator/i);
  });
});
