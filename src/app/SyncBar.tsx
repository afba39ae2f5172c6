import { accountSummary } from '../db/account';
import { pendingCount } from '../db/outbox';
import { useT } from '../i18n';
import { formatNumber, formatTime } from '../i18n/format';
import { syncStatus } from '../sync/status';
import { syncNow } from '../sync/sync-now';
import { navigate } from './router';
import { useLive } from './use-live';
import { useStoreState } from './use-store';

/** Settings, scrolled to the CSV export (a lazy screen: waits for it to be drawn). */
function openExport() {
  if (!navigate('/more')) return;
  const until = Date.now() + 5000;
  const scroll = () => {
    const card = document.getElementById('export-month');
    if (card) card.scrollIntoView({ block: 'center' });
    else if (Date.now() < until) requestAnimationFrame(scroll);
  };
  requestAnimationFrame(scroll);
}

/**
 * What is waiting to be sent, what the last sync did, and the "Đồng bộ" button; for a revoked
 * account, a lasting message instead, with the way to the CSV export.
 */
export function SyncBar() {
  const t = useT();
  const status = useStoreState(syncStatus);
  const pending = useLive(pendingCount) ?? 0;
  const account = useLive(accountSummary);
  // Revoked is kept on the phone, so the message stays until someone signs in again.
  if (account?.revoked) {
    return (
      <div class="sync-bar sync-bar-revoked" role="alert" data-testid="sync-revoked">
        <p class="sync-message" data-testid="sync-message">
          {pending > 0
            ? t('sync.revoked', { count: pending, n: formatNumber(pending) })
            : t('sync.revokedNothing')}
        </p>
        <button type="button" class="btn btn-secondary" onClick={openExport}>
          {t('sync.exportCsv')}
        </button>
      </div>
    );
  }
  let message: string;
  if (status.state === 'syncing') message = t('sync.syncing');
  else if (status.state === 'error') message = t(`sync.error.${status.error ?? 'server'}`);
  else if (pending > 0) message = t('sync.pending', { count: pending, n: formatNumber(pending) });
  else if (status.lastSyncedAt) message = t('sync.done', { time: formatTime(status.lastSyncedAt) });
  else message = t('sync.nothingPending');
  return (
    <div class="sync-bar">
      <span class="sync-message" role="status" aria-live="polite" data-testid="sync-message">
        {message}
      </span>
      <button
        type="button"
        class="btn btn-secondary"
        disabled={status.state === 'syncing'}
        onClick={() => void syncNow()}
      >
        {t('sync.button')}
      </button>
    </div>
  );
}
