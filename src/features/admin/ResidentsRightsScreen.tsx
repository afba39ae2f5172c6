import { useState } from 'preact/hooks';
import { navigate } from '../../app/router';
import { useOnline } from '../../app/use-online';
import type { AccountUser } from '../../core/auth';
import { useT } from '../../i18n';
import { ScreenHeader } from '../../ui/ScreenHeader';
import { SearchBox } from '../../ui/SearchBox';
import { AdminGate } from './AdminGate';
import { ProblemNotice } from './ProblemNotice';
import { ResidentRightsCard } from './ResidentRightsCard';
import { MIN_QUERY, useResidentSearch } from './use-resident-search';
import { useVillages } from './use-villages';

/**
 * Residents' rights over their data: find a person anywhere in the commune (on the server, so it
 * needs the network), then download everything stored about them or erase their personal data.
 */
export function ResidentsRightsScreen() {
  const t = useT();
  return (
    <section aria-labelledby="rights-title">
      <ScreenHeader
        title={t('admin.residents.title')}
        backLabel={t('nav.back')}
        onBack={() => navigate('/more')}
      />
      <p class="muted">{t('admin.residents.hint')}</p>
      <AdminGate>{(admin) => <ResidentsRights admin={admin} />}</AdminGate>
    </section>
  );
}

function ResidentsRights({ admin }: { admin: AccountUser }) {
  const t = useT();
  const online = useOnline();
  const villages = useVillages(admin.communeCode);
  const [query, setQuery] = useState('');
  const { state, retry, replace } = useResidentSearch(query, online);
  return (
    <>
      <SearchBox label={t('admin.residents.search')} value={query} onChange={setQuery} />
      {!online && (
        <div class="notice notice-warn" role="alert">
          <h3>{t('admin.network.title')}</h3>
          <p>{t('admin.residents.offline')}</p>
        </div>
      )}
      {online && query.trim().length < MIN_QUERY && (
        <p class="muted">{t('admin.residents.typeMore')}</p>
      )}
      {state.status === 'searching' && (
        <p class="muted" role="status">
          {t('admin.residents.searching')}
        </p>
      )}
      {state.status === 'error' && <ProblemNotice error={state.error} onRetry={retry} />}
      {state.status === 'ok' && state.residents.length === 0 && (
        <p class="empty" role="status">
          {t('admin.residents.none')}
        </p>
      )}
      {state.status === 'ok' && state.residents.length > 0 && (
        <ul class="cards">
          {state.residents.map((r) => (
            <ResidentRightsCard
              key={r.id}
              resident={r}
              villageName={villages?.name(r.villageId) ?? r.villageId}
              onErased={replace}
            />
          ))}
        </ul>
      )}
    </>
  );
}
