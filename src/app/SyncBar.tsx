import { DEMO_COMMUNE_CODE } from '../core/wire';
import { pendingCount } from '../db/outbox';
import { useT } from '../i18n';
import { formatNumber, formatTime } from '../i18n/format';
import { syncStatus } from '../sync/status';
import { syncNow } from '../sync/sync-now';
import { useLive } from './use-live';
import { useStoreState } from './use-store';

/** What is waiting to be sent, what the last sync did, and the "Đồng bộ" button. */
export function SyncBar() {
  const t = useT();
  const status = useStoreState(syncStatus);
  const pending = useLive(pendingCount) ?? 0;
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
        onClick={() => void syncNow(DEMO_COMMUNE_CODE)}
      >
        {t('sync.button')}
      </button>
    </div>
  );
}
