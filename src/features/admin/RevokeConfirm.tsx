import { useEffect, useId, useRef } from 'preact/hooks';
import { useT } from '../../i18n';

interface Props {
  name: string;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * Asks before revoking, saying what happens: the phone stops syncing, its unsynced records stay on
 * it. Shown in place (not a browser dialog) so the words are large and readable on a phone.
 */
export function RevokeConfirm({ name, busy, onConfirm, onCancel }: Props) {
  const t = useT();
  const titleId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div class="admin-panel admin-confirm" role="alertdialog" aria-labelledby={titleId}>
      <h3 id={titleId} ref={heading} tabIndex={-1}>
        {t('admin.volunteers.revokeTitle', { name })}
      </h3>
      <ul class="admin-consequences">
        <li>{t('admin.volunteers.revokeSync', { name })}</li>
        <li>{t('admin.volunteers.revokeKeep')}</li>
        <li>{t('admin.volunteers.revokeSignIn')}</li>
      </ul>
      <div class="admin-confirm-actions">
        <button type="button" class="btn btn-ghost" onClick={onCancel}>
          {t('admin.volunteers.revokeCancel')}
        </button>
        <button type="button" class="btn btn-danger-solid" disabled={busy} onClick={onConfirm}>
          {t('admin.volunteers.revokeConfirm')}
        </button>
      </div>
    </div>
  );
}
