import { useState } from 'preact/hooks';
import { useCommune } from '../../app/account-context';
import { todayInVietnam } from '../../core/dates';
import { presentCounts } from '../../db/attendance';
import { listVillages, listVolunteers } from '../../db/reference';
import { sessionsBetween } from '../../db/sessions';
import { useT } from '../../i18n';
import { Field } from '../../ui/Field';
import { saveBlob } from '../../ui/save-file';

/** Last day of a yyyy-MM month, as yyyy-MM-dd. */
const monthEnd = (month: string) => {
  const [y, m] = month.split('-').map(Number);
  return `${month}-${String(new Date(Date.UTC(y!, m!, 0)).getUTCDate()).padStart(2, '0')}`;
};

/** Downloads a month's sessions as CSV, made on the phone (no network needed). */
export function ExportCard() {
  const commune = useCommune();
  const t = useT();
  const [month, setMonth] = useState(todayInVietnam().slice(0, 7));
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    try {
      const [{ sessionsCsv }, sessions, villages, volunteers] = await Promise.all([
        import('./sessions-csv'),
        sessionsBetween(`${month}-01`, monthEnd(month)),
        listVillages(commune),
        listVolunteers(commune),
      ]);
      const counts = await presentCounts(sessions.map((s) => s.id));
      const csv = sessionsCsv(t, sessions, counts, villages, volunteers);
      saveBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), `buoi-tap-huan-${month}.csv`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="card">
      <h3>{t('export.title')}</h3>
      <Field id="export-month" label={t('export.month')}>
        <input
          id="export-month"
          type="month"
          value={month}
          onInput={(e) => setMonth(e.currentTarget.value)}
        />
      </Field>
      <button
        type="button"
        class="btn btn-primary btn-block"
        disabled={busy || !/^\d{4}-\d{2}$/.test(month)}
        onClick={() => void download()}
      >
        {t('export.download')}
      </button>
    </div>
  );
}
