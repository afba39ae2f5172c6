import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { navigate } from '../../app/router';
import { type AttentionItem, discardRejected, retryRejected } from '../../db/attention';
import { useT } from '../../i18n';
import { syncNow } from '../../sync/sync-now';
import { itemTitle, openPath, reasonText } from './attention-words';

interface Props {
  item: AttentionItem;
  villageName: (id: string) => string;
  /** Says what was done, on the screen (the card itself goes away). */
  onDone: (message: string) => void;
}

/** One record the server would not take: what it is, why, and what can be done about it. */
export function AttentionCard({ item, villageName, onDone }: Props) {
  const t = useT();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const path = openPath(item);
  const act = async (work: () => Promise<void>, message: string) => {
    setBusy(true);
    try {
      await work();
      onDone(message);
    } finally {
      setBusy(false);
    }
  };
  const retry = () =>
    act(async () => {
      await retryRejected(item.seqs);
      if (navigator.onLine) void syncNow();
    }, t('attention.retried'));
  const discard = () => act(() => discardRejected(item.seqs), t('attention.discarded'));
  return (
    <li class="card attention-card" data-testid="attention-item">
      <h3 class="attention-what">{itemTitle(item, t, villageName)}</h3>
      <p class="attention-why">
        <strong>{t('attention.reasonLabel')}</strong> {reasonText(item.reason, t)}
      </p>
      {confirming ? (
        <DiscardConfirm busy={busy} onConfirm={discard} onCancel={() => setConfirming(false)} />
      ) : (
        <div class="attention-actions">
          {path && (
            <button type="button" class="btn btn-secondary" onClick={() => navigate(path)}>
              {t('attention.open')}
            </button>
          )}
          <button
            type="button"
            class={`btn btn-primary${path ? '' : ' span-all'}`}
            disabled={busy}
            onClick={retry}
          >
            {t('attention.retry')}
          </button>
          <button
            type="button"
            class="btn attention-discard"
            disabled={busy}
            onClick={() => setConfirming(true)}
          >
            {t('attention.discard')}
          </button>
        </div>
      )}
    </li>
  );
}

interface ConfirmProps {
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** The second press, after reading that the record then stays on this phone only. */
function DiscardConfirm({ busy, onConfirm, onCancel }: ConfirmProps) {
  const t = useT();
  const titleId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div class="attention-confirm" role="alertdialog" aria-labelledby={titleId}>
      <h4 id={titleId} ref={heading} tabIndex={-1}>
        {t('attention.discardTitle')}
      </h4>
      <p>{t('attention.discardLocal')}</p>
      <div class="attention-actions">
        <button type="button" class="btn btn-ghost" onClick={onCancel}>
          {t('attention.discardCancel')}
        </button>
        <button
          type="button"
          class="btn attention-discard-confirm"
          disabled={busy}
          onClick={onConfirm}
        >
          {t('attention.discardConfirm')}
        </button>
      </div>
    </div>
  );
}
