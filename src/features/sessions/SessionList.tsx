import { useLive } from '../../app/use-live';
import { unsyncedRecordIds } from '../../db/outbox';
import { listSessions } from '../../db/sessions';
import { listVillages } from '../../db/villages';
import { useT } from '../../i18n';
import { formatDate, formatNumber } from '../../i18n/format';

export function SessionList({ communeCode }: { communeCode: string }) {
  const t = useT();
  const sessions = useLive(listSessions);
  const villages = useLive(() => listVillages(communeCode), [communeCode]);
  const unsynced = useLive(unsyncedRecordIds);
  if (!sessions) return null;
  if (sessions.length === 0) return <p class="empty">{t('sessions.empty')}</p>;
  const villageName = new Map(villages?.map((v) => [v.id, v.name]));
  return (
    <>
      <p class="count">
        {t('sessions.count', { count: sessions.length, n: formatNumber(sessions.length) })}
      </p>
      <ul class="cards" aria-label={t('sessions.title')}>
        {sessions.map((s) => {
          const pending = unsynced?.has(s.id) ?? true;
          return (
            <li key={s.id} class="card" data-testid="session-card">
              <div class="card-head">
                <strong>{formatDate(s.date)}</strong>
                <span class={`badge ${pending ? 'badge-warn' : 'badge-ok'}`}>
                  <span aria-hidden="true">{pending ? '○' : '✓'}</span>{' '}
                  {t(pending ? 'sessions.unsynced' : 'sessions.synced')}
                </span>
              </div>
              <div>{villageName.get(s.villageId) ?? t('sessions.unknownVillage')}</div>
              <div class="muted">{s.topics.map((code) => t(`module.${code}`)).join(' · ')}</div>
            </li>
          );
        })}
      </ul>
    </>
  );
}
