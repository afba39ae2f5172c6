import { useMemo, useState } from 'preact/hooks';
import { useCommune } from '../../app/account-context';
import { navigate } from '../../app/router';
import { useLive } from '../../app/use-live';
import { MODULE_CODES, type ModuleCode } from '../../core/curriculum';
import { SESSION_KINDS, type SessionKind } from '../../core/session';
import { recordStates } from '../../db/attention';
import { listVillages } from '../../db/reference';
import { listSessions } from '../../db/sessions';
import { useT } from '../../i18n';
import { formatNumber } from '../../i18n/format';
import { Field } from '../../ui/Field';
import { stateOf } from '../../ui/RecordStateChip';
import { SearchBox } from '../../ui/SearchBox';
import { VillageSelect } from '../VillageSelect';
import { SessionCard } from './SessionCard';
import { filterSessions, groupByMonth, NO_FILTER, type SessionFilter } from './session-filter';

const PAGE = 40;

/** The volunteer's sessions: search, filters, grouped by month, a page at a time. */
export function SessionsScreen() {
  const commune = useCommune();
  const t = useT();
  const sessions = useLive(listSessions);
  const villages = useLive(() => listVillages(commune));
  const states = useLive(recordStates);
  const [filter, setFilter] = useState<SessionFilter>(NO_FILTER);
  const [showFilters, setShowFilters] = useState(false);
  const [shown, setShown] = useState(PAGE);
  const names = useMemo(() => new Map(villages?.map((v) => [v.id, v.name])), [villages]);
  const matching = useMemo(
    () =>
      filterSessions(
        sessions ?? [],
        filter,
        (id) => names.get(id) ?? '',
        (c) => t(`module.${c}`),
      ),
    [sessions, filter, names, t],
  );
  const set = (patch: Partial<SessionFilter>) => {
    setFilter({ ...filter, ...patch });
    setShown(PAGE);
  };
  if (!sessions) return null;
  const activeFilters = Object.entries(filter).filter(
    ([k, v]) => k !== 'query' && v !== NO_FILTER[k as keyof SessionFilter],
  ).length;

  return (
    <section aria-labelledby="sessions-title">
      <h2 id="sessions-title">{t('sessions.title')}</h2>
      <button
        type="button"
        class="btn btn-primary btn-block"
        onClick={() => navigate('/sessions/new')}
      >
        + {t('sessions.add')}
      </button>
      <div class="search-row">
        <SearchBox
          label={t('sessions.search')}
          value={filter.query}
          onChange={(query) => set({ query })}
        />
        <button
          type="button"
          class="btn btn-ghost"
          aria-expanded={showFilters}
          onClick={() => setShowFilters(!showFilters)}
        >
          {t('sessions.filters')}
          {activeFilters > 0 ? ` (${activeFilters})` : ''}
        </button>
      </div>
      {showFilters && (
        <div class="filters">
          <VillageSelect
            id="filter-village"
            value={filter.villageId}
            onChange={(villageId) => set({ villageId })}
            emptyLabel={t('sessions.all')}
          />
          <Field id="filter-topic" label={t('sessionForm.topics')}>
            <select
              id="filter-topic"
              value={filter.topic}
              onChange={(e) => set({ topic: e.currentTarget.value as ModuleCode | '' })}
            >
              <option value="">{t('sessions.all')}</option>
              {MODULE_CODES.map((c) => (
                <option key={c} value={c}>
                  {t(`module.${c}`)}
                </option>
              ))}
            </select>
          </Field>
          <Field id="filter-kind" label={t('sessionForm.kind')}>
            <select
              id="filter-kind"
              value={filter.kind}
              onChange={(e) => set({ kind: e.currentTarget.value as SessionKind | '' })}
            >
              <option value="">{t('sessions.all')}</option>
              {SESSION_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`kind.${k}`)}
                </option>
              ))}
            </select>
          </Field>
          <div class="row-2">
            <Field id="filter-from" label={t('sessions.from')}>
              <input
                id="filter-from"
                type="date"
                value={filter.from}
                onInput={(e) => set({ from: e.currentTarget.value })}
              />
            </Field>
            <Field id="filter-to" label={t('sessions.to')}>
              <input
                id="filter-to"
                type="date"
                value={filter.to}
                onInput={(e) => set({ to: e.currentTarget.value })}
              />
            </Field>
          </div>
          <label class="check">
            <input
              type="checkbox"
              checked={filter.showCancelled}
              onChange={(e) => set({ showCancelled: e.currentTarget.checked })}
            />
            {t('sessions.showCancelled')}
          </label>
          <button
            type="button"
            class="btn btn-ghost"
            onClick={() => set({ ...NO_FILTER, query: filter.query })}
          >
            {t('sessions.clearFilters')}
          </button>
        </div>
      )}
      {sessions.length === 0 ? (
        <p class="empty">{t('sessions.empty')}</p>
      ) : (
        <p class="count" role="status">
          {t('sessions.count', { count: matching.length, n: formatNumber(matching.length) })}
        </p>
      )}
      {groupByMonth(matching.slice(0, shown)).map((g) => (
        <section
          key={g.month}
          class="month"
          aria-label={t('sessions.month', { month: g.month.slice(5), year: g.month.slice(0, 4) })}
        >
          <h3 class="month-title">
            {t('sessions.month', { month: g.month.slice(5), year: g.month.slice(0, 4) })}
          </h3>
          <ul class="cards">
            {g.sessions.map((s) => (
              <SessionCard
                key={s.id}
                session={s}
                villageName={names.get(s.villageId)}
                state={stateOf(states, s.id)}
              />
            ))}
          </ul>
        </section>
      ))}
      {matching.length > shown && (
        <button
          type="button"
          class="btn btn-secondary btn-block"
          onClick={() => setShown(shown + PAGE)}
        >
          {t('sessions.more', { n: formatNumber(matching.length - shown) })}
        </button>
      )}
    </section>
  );
}
