import { useState } from 'preact/hooks';
import { useT } from '../i18n';
import { formatNumber } from '../i18n/format';
import { hasUnsavedChanges } from './unsaved-changes';

interface Props {
  onReload: () => void;
  onLater: () => void;
}

/**
 * Records on this phone not yet sent. Loaded on demand so the local store stays out of the shell
 * bundle (the workspace chunk has it by the time an update is offered); 0 when it cannot be read.
 */
async function unsentCount(): Promise<number> {
  try {
    const { pendingCount } = await import('../db/outbox');
    return await pendingCount();
  } catch {
    return 0;
  }
}

async function syncNowFromPrompt(): Promise<void> {
  const { requestSync } = await import('../sync/scheduler');
  await requestSync();
}

/**
 * "Đã có phiên bản mới — Tải lại": the app never reloads itself. With unsaved input it asks
 * first; with records not yet sent it offers to sync first.
 *
 * Unsent records survive an update anyway: a new service worker replaces cached files, never
 * IndexedDB, and a Dexie schema upgrade keeps the outbox table (src/db/db.ts). The question is
 * so the volunteer is not surprised — and a sync before updating is the safer order on a shared
 * or failing phone.
 */
export function UpdatePrompt({ onReload, onLater }: Props) {
  const t = useT();
  const [unsent, setUnsent] = useState(0);
  const reload = async () => {
    if (hasUnsavedChanges() && !window.confirm(t('update.confirmUnsaved'))) return;
    const n = await unsentCount();
    if (n > 0) setUnsent(n);
    else onReload();
  };
  const syncFirst = () => {
    setUnsent(0);
    void syncNowFromPrompt();
  };
  const asking = unsent > 0;
  const message = asking
    ? t('update.pending', { count: unsent, n: formatNumber(unsent) })
    : t('update.message');
  return (
    <div class="update-prompt" role="alertdialog" aria-live="assertive" aria-label={message}>
      <span>{message}</span>
      {asking ? (
        <div class="row">
          <button type="button" class="btn btn-ghost" onClick={syncFirst}>
            {t('update.syncFirst')}
          </button>
          <button type="button" class="btn btn-primary" onClick={onReload}>
            {t('update.updateNow')}
          </button>
        </div>
      ) : (
        <div class="row">
          <button type="button" class="btn btn-ghost" onClick={onLater}>
            {t('update.later')}
          </button>
          <button type="button" class="btn btn-primary" onClick={() => void reload()}>
            {t('update.reload')}
          </button>
        </div>
      )}
    </div>
  );
}
