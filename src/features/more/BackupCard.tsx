import { useRef, useState } from 'preact/hooks';
import { useCommune } from '../../app/account-context';
import { useLive } from '../../app/use-live';
import { backupFileName, parseBackup } from '../../core/backup';
import { todayInVietnam } from '../../core/dates';
import { backupRecordCount, exportBackup, importBackup } from '../../db/backup';
import { useT } from '../../i18n';
import { formatNumber } from '../../i18n/format';
import { syncNow } from '../../sync/sync-now';
import { downloadJson } from '../admin/download-json';

type Outcome = { ok: boolean; text: string } | null;

/**
 * For villages with no signal at all: one tap saves every unsent record to a file, and another
 * phone imports it (deduplicated) and sends it. A bad or foreign file changes nothing, and says so.
 */
export function BackupCard() {
  const commune = useCommune();
  const t = useT();
  const count = useLive(backupRecordCount);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const picker = useRef<HTMLInputElement>(null);

  const download = async () => {
    setBusy(true);
    try {
      const file = backupFileName(todayInVietnam());
      downloadJson(file, await exportBackup(commune));
      setOutcome({ ok: true, text: t('backup.saved', { file }) });
    } finally {
      setBusy(false);
    }
  };

  const importFile = async (file: File) => {
    setBusy(true);
    setOutcome(null);
    try {
      const parsed = parseBackup(await file.text(), commune);
      if (!parsed.ok) {
        setOutcome({ ok: false, text: t(`backup.error.${parsed.problem}`) });
        return;
      }
      const { added, skipped } = await importBackup(parsed.backup);
      setOutcome({
        ok: true,
        text: t('backup.imported', { added: formatNumber(added), skipped: formatNumber(skipped) }),
      });
      if (added > 0 && navigator.onLine) void syncNow();
    } catch {
      // Storage full or blocked: the import was one transaction, so nothing was written.
      setOutcome({ ok: false, text: t('backup.error.failed') });
    } finally {
      setBusy(false);
      if (picker.current) picker.current.value = '';
    }
  };

  return (
    <div class="card" id="backup">
      <h3>{t('backup.title')}</h3>
      <p class="hint">{t('backup.hint')}</p>
      <p data-testid="backup-count">
        {count ? t('backup.count', { count, n: formatNumber(count) }) : t('backup.nothing')}
      </p>
      <button
        type="button"
        class="btn btn-primary btn-block"
        disabled={busy || !count}
        onClick={() => void download()}
      >
        {t('backup.download')}
      </button>
      <button
        type="button"
        class="btn btn-secondary btn-block"
        disabled={busy}
        onClick={() => picker.current?.click()}
      >
        {busy ? t('backup.importing') : t('backup.import')}
      </button>
      {/* No `accept`: files passed on through Zalo or Bluetooth often lose their JSON type. */}
      <input
        ref={picker}
        type="file"
        hidden
        data-testid="backup-file"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          if (file) void importFile(file);
        }}
      />
      <p
        class={outcome ? (outcome.ok ? 'notice' : 'notice notice-error') : ''}
        role="status"
        data-testid="backup-outcome"
      >
        {outcome?.text}
      </p>
    </div>
  );
}
