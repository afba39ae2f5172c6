import { useMemo, useState } from 'preact/hooks';
import { useCommune } from '../../app/account-context';
import { navigate } from '../../app/router';
import { useLive } from '../../app/use-live';
import { useStoreState } from '../../app/use-store';
import { recordStates } from '../../db/attention';
import { listVillages } from '../../db/reference';
import { listRoster } from '../../db/residents';
import { useT } from '../../i18n';
import { formatNumber } from '../../i18n/format';
import { Field } from '../../ui/Field';
import { RecordStateChip, stateOf } from '../../ui/RecordStateChip';
import { SearchBox } from '../../ui/SearchBox';
import { indexRoster, searchRoster } from './roster-search';
import { rosterVillage } from './roster-village';

/** A village's roster: Vietnamese order, search ignoring diacritics, add a resident. */
export function RosterScreen() {
  const commune = useCommune();
  const t = useT();
  const villages = useLive(() => listVillages(commune));
  const { villageId: chosen } = useStoreState(rosterVillage);
  const villageId = chosen || villages?.[0]?.id || '';
  const roster = useLive(() => listRoster(villageId), [villageId]);
  const states = useLive(recordStates);
  const index = useMemo(() => indexRoster(roster ?? []), [roster]);
  const [query, setQuery] = useState('');
  const found = useMemo(() => searchRoster(index, query), [index, query]);
  return (
    <section aria-labelledby="roster-title">
      <h2 id="roster-title">{t('roster.title')}</h2>
      <Field id="roster-village" label={t('sessionForm.village')}>
        <select
          id="roster-village"
          value={villageId}
          onChange={(e) => rosterVillage.setState({ villageId: e.currentTarget.value })}
        >
          {villages?.map((v) => (
            <option key={v.id} value={v.id}>
              {v.name}
            </option>
          ))}
        </select>
      </Field>
      <button
        type="button"
        class="btn btn-primary btn-block"
        disabled={!villageId}
        onClick={() => {
          rosterVillage.setState({ villageId });
          navigate('/residents/new');
        }}
      >
        + {t('roster.add')}
      </button>
      <SearchBox label={t('roster.search')} value={query} onChange={setQuery} />
      {roster && (
        <p class="count" role="status">
          {t('roster.count', { count: found.length, n: formatNumber(found.length) })}
        </p>
      )}
      <ul class="cards">
        {found.slice(0, 100).map((r) => (
          <li key={r.id} class="card" data-testid="resident-card">
            <a
              class="card-link"
              href={`/residents/${r.id}`}
              onClick={(e) => {
                e.preventDefault();
                navigate(`/residents/${r.id}`);
              }}
            >
              <div class="card-head">
                <span>
                  <strong>{r.fullName}</strong>
                  <span class="muted">
                    {' '}
                    · {r.birthYear}
                    {r.sex ? ` · ${t(`sex.${r.sex}`)}` : ''}
                  </span>
                </span>
                <RecordStateChip state={stateOf(states, r.id)} />
              </div>
            </a>
          </li>
        ))}
      </ul>
      {found.length > 100 && <p class="muted">{t('roster.narrow')}</p>}
    </section>
  );
}
