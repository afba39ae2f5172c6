import { localIsoDate } from '../core/dates';
import { accountSummary } from '../db/account';
import { attentionCount } from '../db/attention';
import { pendingCount } from '../db/outbox';
import { useT } from '../i18n';
import { formatDate, formatNumber, formatTime } from '../i18n/format';
import { requestSync } from '../sync/scheduler';
import { syncStatus } from '../sync/status';
import { navigate } from './router';
import { useLive } from './use-live';
import { useStoreState } from './use-store';
import './sync-bar.css';

/** HH:mm today, else HH:mm dd/MM/yyyy: "08:15" alone would lie about a sync from last week. */
function formatWhen(iso: string): string {
  const day = localIsoDate(new Date(iso));
  return day === localIsoDate() ? formatTime(iso) : `${formatTime(iso)} ${formatDate(day)}`;
}

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
 * What is waiting to be sent, what the last sync did (and why it failed), the way to the records
 * the server would not take, and the "Đồng bộ" button; for a revoked account, a lasting message
 * instead, with the way to the CSV export.
 */
export function SyncBar() {
  const t = useT();
  const status = useStoreState(syncStatus);
  const pending = useLive(pendingCount) ?? 0;
  const attention = useLive(attentionCount) ?? 0;
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
  const pendingText = t('sync.pending', { count: pending, n: formatNumber(pending) });
  const last = status.lastSyncedAt
    ? t('sync.lastSuccess', { time: formatWhen(status.lastSyncedAt) })
    : null;
  let message: string;
  // A second line so a failure still says what waits and when sending last worked.
  let detail: (string | null)[] = [];
  if (status.state === 'syncing') message = t('sync.syncing');
  else if (status.state === 'error') {
    // A kind of failure without its own words yet reads as a server problem, never as a key.
    message = t(`sync.error.${status.error ?? 'server'}`, { defaultValue: t('sync.error.server') });
    detail = [pending > 0 ? pendingText : null, last];
  } else if (pending > 0) {
    message = pendingText;
    detail = [last];
  } else if (status.lastSyncedAt)
    message = t('sync.done', { time: formatWhen(status.lastSyncedAt) });
  else message = t('sync.nothingPending');
  const details = detail.filter(Boolean).join(' · ');
  return (
    <div class="sync-bar">
      <div class="sync-text">
        <span class="sync-message" role="status" aria-live="polite" data-testid="sync-message">
          {message}
        </span>
        {details && (
          <span class="sync-detail" data-testid="sync-detail">
            {details}
          </span>
        )}
      </div>
      <button
        type="button"
        class="btn btn-secondary"
        disabled={status.state === 'syncing'}
        onClick={() => void requestSync()}
      >
        {t('sync.button')}
      </button>
      {attention > 0 && (
        <a
          class="sync-attention"
          href="/attention"
          data-testid="sync-attention"
          onClick={(e) => {
            e.preventDefault();
            navigate('/attention');
          }}
        >
          <span aria-hidden="true">!</span>
          {t('sync.attention', { count: attention, n: formatNumber(attention) })}
          <span class="go" aria-hidden="true">
            ›
          </span>
        </a>
      )}
    </div>
  );
}
