import { navigate } from '../../../app/router';
import { useLive } from '../../../app/use-live';
import { todayInVietnam } from '../../../core/dates';
import { markReportSent, reportSentAt } from '../../../db/report-sent';
import { useT } from '../../../i18n';
import { formatDate } from '../../../i18n/format';
import { useAdminAccount } from '../../admin/use-admin';
import { reminderFor } from './report-reminder';

/**
 * The banner that asks administrators for the year's report, from 15/10 until it is marked sent.
 * Nothing for volunteers, nor while this device's mark is being read.
 */
export function ReportReminder() {
  const t = useT();
  const admin = useAdminAccount();
  const today = todayInVietnam();
  const year = Number(today.slice(0, 4));
  const sentAt = useLive(() => reportSentAt(year), [year]);
  if (!admin || sentAt === undefined) return null;
  const reminder = reminderFor(today, () => sentAt !== null);
  if (!reminder) return null;
  const words = { year: reminder.year, deadline: formatDate(reminder.deadline) };
  return (
    <div class="notice notice-warn" role="status" data-testid="report-reminder">
      <p>
        {reminder.overdue
          ? t('annualReport.reminder.overdue', words)
          : t('annualReport.reminder.due', words)}
      </p>
      <div class="row form-actions">
        <button type="button" class="btn btn-primary" onClick={() => navigate('/reports/annual')}>
          {t('annualReport.reminder.open')}
        </button>
        <button
          type="button"
          class="btn btn-secondary"
          onClick={() => void markReportSent(reminder.year)}
        >
          {t('annualReport.markSent')}
        </button>
      </div>
    </div>
  );
}
