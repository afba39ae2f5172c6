import { useMemo, useState } from 'preact/hooks';
import { useAccount } from '../../app/account-context';
import { navigate } from '../../app/router';
import type { Indicators } from '../../core/indicators';
import { type PeriodChoice, periodOf } from '../../core/periods';
import { useT } from '../../i18n';
import { CompletionsSection } from './CompletionsSection';
import { FeedbackPanel } from './FeedbackPanel';
import { MonthSection } from './MonthSection';
import { PeopleSection } from './PeopleSection';
import { defaultPeriodChoice, PeriodPicker } from './PeriodPicker';
import { ReachSummary } from './ReachSummary';
import { type Source, SourceLine } from './SourceLine';
import { useIndicators } from './use-indicators';
import { useVillageNames } from './use-village-names';
import { VillagePopulation } from './VillagePopulation';
import { VillageSection } from './VillageSection';

/** Nothing happened in the period: the figures are zeros, said in words rather than left to guess. */
const isEmpty = (ind: Indicators) =>
  ind.sessions === 0 && ind.completions.total === 0 && ind.feedback.count === 0;

/**
 * The commune's figures for a period (an administrator's whole commune; a volunteer's villages):
 * the server's when online, this phone's otherwise, each labelled with its source and time. Charts
 * where people would rather look (bars by village, a line by month), each with its table.
 */
export function DashboardScreen() {
  const t = useT();
  const { user } = useAccount();
  const admin = user.role === 'admin';
  const [choice, setChoice] = useState<PeriodChoice>(() => defaultPeriodChoice());
  const period = useMemo(() => periodOf(choice), [choice]);
  const state = useIndicators(period);
  const [source, setSource] = useState<Source>('server');
  const villages = useVillageNames(user.communeCode);
  const shown =
    source === 'device' ? (state.device ?? state.server) : (state.server ?? state.device);
  const ind = shown?.indicators;
  const population = (id: string) => {
    const row = ind?.byVillage.find((v) => v.villageId === id);
    return row ? row.adultPopulation : (villages.list.find((v) => v.id === id)?.adults ?? null);
  };
  return (
    <section class="dashboard" aria-labelledby="dashboard-title">
      <div class="screen-header">
        <h2 id="dashboard-title">
          {t(admin ? 'dashboard.title.commune' : 'dashboard.title.villages')}
        </h2>
      </div>
      {admin && (
        <div class="row form-actions">
          <button
            type="button"
            class="btn btn-secondary"
            onClick={() => navigate('/reports/annual')}
          >
            📄 {t('dashboard.annualReport')}
          </button>
          <button
            type="button"
            class="btn btn-secondary"
            onClick={() => navigate('/reports/commendation')}
          >
            🏅 {t('dashboard.commendation')}
          </button>
        </div>
      )}
      <PeriodPicker id="dashboard-period" value={choice} onChange={setChoice} />
      <SourceLine state={state} shown={shown} admin={admin} onChoose={setSource} />
      {ind && villages.loaded && (
        <>
          {isEmpty(ind) && (
            <p class="notice" role="status" data-testid="empty-period">
              {t('dashboard.empty')}
            </p>
          )}
          <ReachSummary ind={ind} />
          <VillageSection ind={ind} villageName={villages.name} />
          {admin && (
            <VillagePopulation
              communeCode={user.communeCode}
              villages={villages.list}
              population={population}
              onSaved={state.reload}
            />
          )}
          <MonthSection ind={ind} />
          <PeopleSection ind={ind} />
          <CompletionsSection ind={ind} source={shown.source} />
          <FeedbackPanel feedback={ind.feedback} villageName={villages.name} />
        </>
      )}
    </section>
  );
}
