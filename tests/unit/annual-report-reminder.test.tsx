import { act, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { navigate } from '../../src/app/router';
import { Workspace } from '../../src/app/Workspace';
import { markReportSent, reportSentAt, unmarkReportSent } from '../../src/db/report-sent';
import { ReportReminder } from '../../src/features/reports/annual/ReportReminder';
import { reminderFor } from '../../src/features/reports/annual/report-reminder';
import { signedInAs } from './admin-fixtures';

const never = () => false;

describe('when the annual report reminder shows', () => {
  it('not on 14/10, from 15/10, due before 05/11', () => {
    expect(reminderFor('2026-10-14', never)).toBeNull();
    expect(reminderFor('2026-01-10', never)).toBeNull();
    expect(reminderFor('2026-10-15', never)).toEqual({
      year: 2026,
      deadline: '2026-11-05',
      overdue: false,
    });
    expect(reminderFor('2026-11-04', never)?.overdue).toBe(false);
  });

  it('past 05/11 still, as overdue, until the year is marked sent', () => {
    expect(reminderFor('2026-11-05', never)?.overdue).toBe(true);
    expect(reminderFor('2026-12-31', never)).toMatchObject({ year: 2026, overdue: true });
    expect(reminderFor('2026-11-20', (y) => y === 2026)).toBeNull();
  });

  it('again the next year: a mark is for one year only', () => {
    const sent = (y: number) => y === 2026;
    expect(reminderFor('2027-10-14', sent)).toBeNull();
    expect(reminderFor('2027-10-15', sent)).toMatchObject({ year: 2027, overdue: false });
  });
});

describe('the sent mark on this device', () => {
  beforeEach(() => signedInAs('admin'));

  it('is kept per year and can be undone', async () => {
    expect(await reportSentAt(2026)).toBeNull();
    await markReportSent(2026, new Date('2026-10-30T03:00:00.000Z'));
    expect(await reportSentAt(2026)).toBe('2026-10-30T03:00:00.000Z');
    expect(await reportSentAt(2027)).toBeNull();
    await unmarkReportSent(2026);
    expect(await reportSentAt(2026)).toBeNull();
  });
});

describe('the reminder banner', () => {
  afterEach(() => vi.useRealTimers());
  const onDay = (iso: string) => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(iso));
  };

  it('asks an administrator for the report from 15/10 until it is marked sent', async () => {
    await signedInAs('admin');
    onDay('2026-10-15T02:00:00.000Z');
    render(<ReportReminder />);
    const banner = await screen.findByTestId('report-reminder');
    expect(banner.textContent).toContain(
      'Báo cáo kết quả Phong trào thi đua năm 2026 cần gửi Phòng Văn hoá - Xã hội trước ngày 05/11/2026.',
    );
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Đánh dấu đã gửi' }));
    });
    await vi.waitFor(() => expect(screen.queryByTestId('report-reminder')).toBeNull());
    expect(await reportSentAt(2026)).not.toBeNull();
  });

  it('says when the report is overdue', async () => {
    await signedInAs('admin');
    onDay('2026-11-10T02:00:00.000Z');
    render(<ReportReminder />);
    expect((await screen.findByTestId('report-reminder')).textContent).toContain(
      'Đã quá hạn gửi báo cáo',
    );
  });

  it('shows nothing to a volunteer, nor before 15/10', async () => {
    await signedInAs('volunteer');
    onDay('2026-10-20T02:00:00.000Z');
    const { container, unmount } = render(<ReportReminder />);
    await new Promise((r) => setTimeout(r, 50));
    expect(container.textContent).toBe('');
    unmount();
    await signedInAs('admin');
    onDay('2026-10-14T02:00:00.000Z');
    const again = render(<ReportReminder />);
    await new Promise((r) => setTimeout(r, 50));
    expect(again.container.textContent).toBe('');
  });

  it('stands over every screen but the report itself (marked sent there, once generated)', async () => {
    await signedInAs('admin');
    onDay('2026-11-10T02:00:00.000Z');
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('Failed to fetch');
      }),
    );
    history.replaceState(null, '', '/');
    try {
      render(<Workspace />);
      expect(await screen.findByTestId('report-reminder')).toBeTruthy();
      await act(async () => {
        await navigate('/reports/annual');
      });
      expect(await screen.findByRole('heading', { name: 'Báo cáo năm' })).toBeTruthy();
      expect(screen.queryByTestId('report-reminder')).toBeNull();
      await act(async () => {
        await navigate('/reports');
      });
      expect(await screen.findByTestId('report-reminder')).toBeTruthy();
    } finally {
      vi.unstubAllGlobals();
      history.replaceState(null, '', '/');
    }
  });
});
