import { useState } from 'preact/hooks';
import { navigate } from '../../app/router';
import type { AuditEntry } from '../../core/auth';
import { useT } from '../../i18n';
import { listAudit, listStaff } from '../../sync/admin-api';
import { ScreenHeader } from '../../ui/ScreenHeader';
import { AdminGate } from './AdminGate';
import { actionWords, targetWords } from './audit-words';
import { formatAtVn } from './format-at';
import { ProblemNotice } from './ProblemNotice';
import { useRemote } from './use-remote';

/** Who changed or exported what, and when: newest first, older pages on "Xem thêm". */
export function AuditScreen() {
  const t = useT();
  return (
    <section aria-labelledby="audit-title">
      <ScreenHeader
        title={t('admin.audit.title')}
        backLabel={t('nav.back')}
        onBack={() => navigate('/more')}
      />
      <p class="muted">{t('admin.audit.hint')}</p>
      <AdminGate>{() => <AuditLog />}</AdminGate>
    </section>
  );
}

type Older = { status: 'idle' | 'loading' | 'end' } | { status: 'error'; error: unknown };

function AuditLog() {
  const t = useT();
  const { state, reload } = useRemote(() => listAudit());
  // Names for the accounts the entries are about; the log still shows if this fails.
  const staff = useRemote(() => listStaff().catch(() => []));
  const [older, setOlder] = useState<AuditEntry[]>([]);
  const [more, setMore] = useState<Older>({ status: 'idle' });
  if (state.status === 'loading')
    return (
      <p class="muted" role="status">
        {t('admin.loading')}
      </p>
    );
  if (state.status === 'error') return <ProblemNotice error={state.error} onRetry={reload} />;
  const seen = new Set(state.data.map((e) => e.id));
  const entries = [...state.data, ...older.filter((e) => !seen.has(e.id))];
  const names = new Map(
    staff.state.status === 'ok' ? staff.state.data.map((s) => [s.id, s.displayName]) : [],
  );
  if (entries.length === 0) return <p class="empty">{t('admin.audit.empty')}</p>;
  const loadMore = async () => {
    setMore({ status: 'loading' });
    try {
      const page = await listAudit(entries[entries.length - 1]);
      setOlder((o) => [...o, ...page]);
      setMore({ status: page.length === 0 ? 'end' : 'idle' });
    } catch (error) {
      setMore({ status: 'error', error });
    }
  };
  return (
    <>
      <ul class="cards">
        {entries.map((e) => (
          <AuditRow key={e.id} entry={e} staffName={(id) => names.get(id)} />
        ))}
      </ul>
      {more.status === 'error' && <ProblemNotice error={more.error} />}
      {more.status === 'end' ? (
        <p class="muted" role="status">
          {t('admin.audit.end')}
        </p>
      ) : (
        <button
          type="button"
          class="btn btn-secondary btn-block"
          disabled={more.status === 'loading'}
          onClick={() => void loadMore()}
        >
          {t('admin.audit.more')}
        </button>
      )}
    </>
  );
}

function AuditRow(props: { entry: AuditEntry; staffName: (id: string) => string | undefined }) {
  const { entry, staffName } = props;
  const t = useT();
  return (
    <li class="card audit-entry" data-testid="audit-entry">
      <time class="muted" dateTime={entry.at}>
        {formatAtVn(entry.at)}
      </time>
      <p class="audit-line">
        <strong>{entry.actorName ?? t('admin.audit.system')}</strong>
        {' — '}
        {actionWords(t, entry.action)}
      </p>
      <p class="muted audit-line">{targetWords(t, entry, staffName)}</p>
    </li>
  );
}
