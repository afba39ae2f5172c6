import type { RecordState } from '../db/attention';
import { useT } from '../i18n';
import './record-state.css';

/** What a card shows: the outbox's view of the record, or "sent" when it holds nothing of it. */
export type ShownState = RecordState | 'sent';

/**
 * The state of record `id` from `recordStates()`. Until those are read, "saved on this phone" —
 * always true of a record this phone shows, where "sent" might not be.
 */
export function stateOf(states: Map<string, RecordState> | undefined, id: string): ShownState {
  if (!states) return 'pending';
  return states.get(id) ?? 'sent';
}

const LOOK: Record<ShownState, { className: string; mark: string }> = {
  pending: { className: 'badge-warn', mark: '○' },
  sent: { className: 'badge-ok', mark: '✓' },
  attention: { className: 'badge-danger', mark: '!' },
  local: { className: 'badge-muted', mark: '–' },
};

interface Props {
  state: ShownState;
  /** Where a tap on a "needs attention" chip leads (only outside another link). */
  onOpenAttention?: () => void;
}

/** "Đã lưu trên máy" / "Đã gửi lên xã" / "Cần xử lý" / "Chỉ có trên máy này" beside a record. */
export function RecordStateChip({ state, onOpenAttention }: Props) {
  const t = useT();
  const { className, mark } = LOOK[state];
  const body = (
    <>
      <span aria-hidden="true">{mark}</span> {t(`recordState.${state}`)}
    </>
  );
  if (state === 'attention' && onOpenAttention) {
    return (
      <a
        class={`badge ${className}`}
        href="/attention"
        data-testid="record-state"
        onClick={(e) => {
          e.preventDefault();
          onOpenAttention();
        }}
      >
        {body}
      </a>
    );
  }
  return (
    <span class={`badge ${className}`} data-testid="record-state">
      {body}
    </span>
  );
}
