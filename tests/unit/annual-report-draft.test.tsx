import { fireEvent, render, screen } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { AccountContext } from '../../src/app/account-context';
import { hasUnsavedChanges } from '../../src/app/unsaved-changes';
import { currentYearInVietnam } from '../../src/core/dates';
import type { Period, SourcedIndicators } from '../../src/core/indicators';
import { loadDraft } from '../../src/db/drafts';
import { AnnualReportScreen } from '../../src/features/reports/annual/AnnualReportScreen';
import type { ReportDraft } from '../../src/features/reports/annual/report-draft';
import { ADMIN_ID, signedInAs } from './admin-fixtures';
import { HAND } from './indicator-fixture';

const asked: Period[] = [];
// The figures come from the dashboard's hook; here, this phone's, for whatever period is asked.
vi.mock('../../src/features/reports/use-indicators', () => ({
  useIndicators: (period: Period) => {
    asked.push(period);
    const device: SourcedIndicators = {
      source: 'device',
      at: '2026-10-30T03:00:00.000Z',
      indicators: { ...HAND, period },
    };
    return { device, loading: false, offline: true, reload: () => {} };
  },
}));

const ADMIN = {
  user: {
    id: ADMIN_ID,
    communeCode: '10882',
    role: 'admin' as const,
    displayName: 'Phạm Thu Hà',
    phone: '0900000001',
    villages: [],
  },
  revoked: false,
  signedInAt: '2026-10-01T00:00:00.000Z',
};

const open = () =>
  render(
    <AccountContext.Provider value={ADMIN}>
      <AnnualReportScreen />
    </AccountContext.Provider>,
  );
const year = currentYearInVietnam();

describe('the annual report screen', () => {
  beforeEach(async () => {
    asked.length = 0;
    await signedInAs('admin');
  });

  it('keeps what was typed on the device, and does not hold the user back for it', async () => {
    const first = open();
    const field = await screen.findByLabelText('IV. Đề xuất, kiến nghị');
    fireEvent.input(field, { target: { value: 'Đề nghị cấp thêm 10 máy tính bảng.' } });
    fireEvent.input(screen.getByLabelText('Số văn bản'), { target: { value: '125' } });
    await vi.waitFor(async () =>
      expect((await loadDraft<ReportDraft>(`annualReport:${year}`))?.number).toBe('125'),
    );
    // The draft is the work itself: leaving the screen needs no "unsaved changes" question.
    expect(hasUnsavedChanges()).toBe(false);
    first.unmount();

    open();
    const again = (await screen.findByLabelText('IV. Đề xuất, kiến nghị')) as HTMLTextAreaElement;
    expect(again.value).toBe('Đề nghị cấp thêm 10 máy tính bảng.');
    expect(document.querySelector('article.doc')!.textContent).toContain('Số: 125/BC-UBND');
  });

  it('asks for the whole year by default, and for 1 January to the report date when chosen', async () => {
    open();
    await screen.findByLabelText('IV. Đề xuất, kiến nghị');
    expect(asked.at(-1)).toEqual({ from: `${year}-01-01`, to: `${year}-12-31` });
    fireEvent.click(screen.getByRole('button', { name: 'Từ 01/01 đến ngày báo cáo' }));
    fireEvent.input(screen.getByLabelText('Ngày báo cáo'), { target: { value: `${year}-10-30` } });
    await vi.waitFor(() =>
      expect(asked.at(-1)).toEqual({ from: `${year}-01-01`, to: `${year}-10-30` }),
    );
    expect(document.querySelector('.doc-period')!.textContent).toBe(
      `(Số liệu từ ngày 01/01/${year} đến ngày 30/10/${year})`,
    );
  });
});
