import { useT } from '../i18n';
import { hasUnsavedChanges } from './unsaved-changes';

interface Props {
  onReload: () => void;
  onLater: () => void;
}

/** "Đã có phiên bản mới — Tải lại": the app never reloads itself; with unsaved input it asks first. */
export function UpdatePrompt({ onReload, onLater }: Props) {
  const t = useT();
  const reload = () => {
    if (hasUnsavedChanges() && !window.confirm(t('update.confirmUnsaved'))) return;
    onReload();
  };
  return (
    <div
      class="update-prompt"
      role="alertdialog"
      aria-live="assertive"
      aria-label={t('update.message')}
    >
      <span>{t('update.message')}</span>
      <div class="row">
        <button type="button" class="btn btn-ghost" onClick={onLater}>
          {t('update.later')}
        </button>
        <button type="button" class="btn btn-primary" onClick={reload}>
          {t('update.reload')}
        </button>
      </div>
    </div>
  );
}
