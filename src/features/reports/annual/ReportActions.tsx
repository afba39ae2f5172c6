import { useState } from 'preact/hooks';
import { useLive } from '../../../app/use-live';
import { todayInVietnam } from '../../../core/dates';
import { markReportSent, reportSentAt, unmarkReportSent } from '../../../db/report-sent';
import { useT } from '../../../i18n';
import { formatDate } from '../../../i18n/format';
import { downloadCsv, downloadXlsx } from './export-files';
import type { ReportTable } from './report-tables';

/** "Đã gửi": silences the reminder for the year; undone as easily, in case of a slip. */
function SentMark({ year }: { year: number }) {
  const t = useT();
  const sentAt = useLive(() => reportSentAt(year), [year]);
  if (sentAt === undefined) return null;
  if (sentAt === null)
    return (
      <button type="button" class="btn btn-secondary" onClick={() => void markReportSent(year)}>
        {t('annualReport.markSent')}
      </button>
    );
  return (
    <p class="muted" role="status">
      {t('annualReport.sentOn', { date: formatDate(todayInVietnam(new Date(sentAt))) })}{' '}
      <button type="button" class="btn btn-ghost" onClick={() => void unmarkReportSent(year)}>
        {t('annualReport.unmarkSent')}
      </button>
    </p>
  );
}

/** Print (or save as PDF) and download the tables; null tables while the figures are not there. */
export function ReportActions({ year, tables }: { year: number; tables: ReportTable[] | null }) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const xlsx = async () => {
    if (!tables) return;
    setBusy(true);
    setFailed(false);
    try {
      await downloadXlsx(tables, year);
    } catch (err) {
      // A chunk that could not load (offline before it was cached) or a full disk: say so.
      console.error('XLSX export failed', err);
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="card report-actions">
      <div class="row">
        <button
          type="button"
          class="btn btn-primary"
          disabled={!tables}
          onClick={() => window.print()}
        >
          {t('annualReport.print')}
        </button>
        <button
          type="button"
          class="btn btn-secondary"
          disabled={!tables || busy}
          onClick={() => void xlsx()}
        >
          {t('annualReport.xlsx')}
        </button>
        <button
          type="button"
          class="btn btn-secondary"
          disabled={!tables}
          onClick={() => tables && downloadCsv(tables, year)}
        >
          {t('annualReport.csv')}
        </button>
      </div>
      <p class="hint">{t('annualReport.printHint')}</p>
      {failed && (
        <p class="notice notice-error" role="alert">
          {t('annualReport.exportFailed')}
        </p>
      )}
      <SentMark year={year} />
    </div>
  );
}
