import { navigate } from '../../app/router';
import type { Session } from '../../core/session';
import { useT } from '../../i18n';
import { formatDate } from '../../i18n/format';
import { RecordStateChip, type ShownState } from '../../ui/RecordStateChip';

interface Props {
  session: Session;
  villageName: string | undefined;
  /** Whether its changes (attendance included) reached the server. */
  state: ShownState;
}

export function SessionCard({ session: s, villageName, state }: Props) {
  const t = useT();
  return (
    <li class={`card${s.cancelledAt ? ' card-cancelled' : ''}`} data-testid="session-card">
      <a
        class="card-link"
        href={`/sessions/${s.id}`}
        onClick={(e) => {
          e.preventDefault();
          navigate(`/sessions/${s.id}`);
        }}
      >
        <div class="card-head">
          <strong>
            {formatDate(s.date)} · {s.startTime}
          </strong>
          <span class="badges">
            {s.cancelledAt && <span class="badge badge-muted">{t('sessions.cancelled')}</span>}
            {/* A cancelled session that reached the server says only that it is cancelled. */}
            {(!s.cancelledAt || state !== 'sent') && <RecordStateChip state={state} />}
          </span>
        </div>
        <div>
          {villageName ?? t('sessions.unknownVillage')} · {t(`kind.${s.kind}`)}
        </div>
        <div class="muted">{s.topics.map((code) => t(`module.${code}`)).join(' · ')}</div>
      </a>
    </li>
  );
}
