import { navigate } from '../../app/router';
import type { Session } from '../../core/session';
import { useT } from '../../i18n';
import { formatDate } from '../../i18n/format';

interface Props {
  session: Session;
  villageName: string | undefined;
  /** Has changes not yet on the server. */
  pending: boolean;
}

export function SessionCard({ session: s, villageName, pending }: Props) {
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
          {s.cancelledAt ? (
            <span class="badge badge-muted">{t('sessions.cancelled')}</span>
          ) : (
            <span class={`badge ${pending ? 'badge-warn' : 'badge-ok'}`}>
              <span aria-hidden="true">{pending ? '○' : '✓'}</span>{' '}
              {t(pending ? 'sessions.unsynced' : 'sessions.synced')}
            </span>
          )}
        </div>
        <div>
          {villageName ?? t('sessions.unknownVillage')} · {t(`kind.${s.kind}`)}
        </div>
        <div class="muted">{s.topics.map((code) => t(`module.${code}`)).join(' · ')}</div>
      </a>
    </li>
  );
}
