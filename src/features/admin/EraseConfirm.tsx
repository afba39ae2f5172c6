import { useEffect, useId, useRef } from 'preact/hooks';
import { useT } from '../../i18n';

interface Props {
  name: string;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * The second press of an erasure, after reading what it does. Two presses on clearly labelled
 * buttons rather than typing the name: typing a Vietnamese name with its marks on a phone keyboard
 * is slow and error-prone for older officers, and a mistyped tone would block a lawful request.
 */
export function EraseConfirm({ name, busy, onConfirm, onCancel }: Props) {
  const t = useT();
  const titleId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div class="admin-panel admin-confirm" role="alertdialog" aria-labelledby={titleId}>
      <h3 id={titleId} ref={heading} tabIndex={-1}>
        {t('admin.residents.eraseTitle', { name })}
      </h3>
      <ul class="admin-consequences">
        <li>{t('admin.residents.eraseWhat')}</li>
        <li>{t('admin.residents.erasePhones')}</li>
        <li>{t('admin.residents.eraseCounts')}</li>
        <li>
          <strong>{t('admin.residents.eraseFinal')}</strong>
        </li>
      </ul>
      <p class="hint">{t('admin.residents.eraseAdvice')}</p>
      <div class="admin-confirm-actions">
        <button type="button" class="btn btn-ghost" onClick={onCancel}>
          {t('admin.residents.eraseCancel')}
        </button>
        <button type="button" class="btn btn-danger-solid" disabled={busy} onClick={onConfirm}>
          {t('admin.residents.eraseConfirm', { name })}
        </button>
      </div>
    </div>
  );
}
