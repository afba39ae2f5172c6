import { useMemo, useState } from 'preact/hooks';
import { useCommune } from '../../../app/account-context';
import { navigate } from '../../../app/router';
import { useDraft } from '../../../app/use-draft';
import { currentYearInVietnam, todayInVietnam } from '../../../core/dates';
import { periodOf } from '../../../core/periods';
import { useT } from '../../../i18n';
import { ScreenHeader } from '../../../ui/ScreenHeader';
import { AdminGate } from '../../admin/AdminGate';
import { docT } from '../document/doc-t';
import { type Source, SourceLine } from '../SourceLine';
import { useIndicators } from '../use-indicators';
import { useVillageNames } from '../use-village-names';
import { AnnualReportView } from './AnnualReportView';
import { draftKey, newDraft, type ReportDraft, reportPeriod, withDefaults } from './report-draft';

/**
 * "Báo cáo kết quả thực hiện Phong trào thi đua … năm YYYY" for the commune administrator: figures
 * from the server (the whole commune) or, offline, from this device, words kept as a draft here.
 */
export function AnnualReportScreen() {
  const t = useT();
  const [year, setYear] = useState(() => currentYearInVietnam());
  return (
    <section>
      <ScreenHeader
        title={t('annualReport.title')}
        backLabel={t('nav.back')}
        onBack={() => navigate('/reports')}
      />
      <p class="muted">{t('annualReport.hint')}</p>
      {/* Keyed by year: each year's report is its own draft, read afresh. */}
      <AdminGate>{() => <YearReport key={year} year={year} onYear={setYear} />}</AdminGate>
    </section>
  );
}

function YearReport({ year, onYear }: { year: number; onYear: (year: number) => void }) {
  const t = useT();
  const commune = useCommune();
  const fresh = () => newDraft(year, todayInVietnam(), docT());
  const draft = useDraft<ReportDraft>(draftKey(year), fresh, { autosave: true });
  const d = draft.value && withDefaults(fresh(), draft.value);
  // Until the draft is read, the whole year (the default) is asked for.
  const state = useIndicators(d ? reportPeriod(year, d) : periodOf({ kind: 'year', year }));
  const [chosen, setChosen] = useState<Source>();
  const shown =
    chosen === 'device' ? (state.device ?? state.server) : (state.server ?? state.device);
  const { list } = useVillageNames(commune);
  const villages = useMemo(() => list.map((v) => ({ id: v.id, name: v.name })), [list]);
  if (!d)
    return (
      <p class="muted" role="status">
        {t('annualReport.loading')}
      </p>
    );
  return (
    <AnnualReportView
      year={year}
      onYear={onYear}
      draft={d}
      onChange={draft.set}
      figures={shown}
      villages={villages}
      source={<SourceLine state={state} shown={shown} admin onChoose={setChosen} />}
    />
  );
}
