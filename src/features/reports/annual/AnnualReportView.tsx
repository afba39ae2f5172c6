import type { ComponentChildren } from 'preact';
import { useMemo } from 'preact/hooks';
import type { SourcedIndicators } from '../../../core/indicators';
import { useT } from '../../../i18n';
import { docT } from '../document/doc-t';
import { ReportActions } from './ReportActions';
import { ReportDocument } from './ReportDocument';
import { HeaderFields, PeriodFields } from './ReportSettings';
import { type ReportDraft, SECTIONS, type SectionId } from './report-draft';
import { reportTables, type VillageName } from './report-tables';
import { startingText } from './report-text';
import { SectionFields } from './SectionFields';

interface Props {
  year: number;
  onYear: (year: number) => void;
  draft: ReportDraft;
  onChange: (patch: Partial<ReportDraft>) => void;
  /** The figures of the draft's period; undefined while they are computed. */
  figures: SourcedIndicators | undefined;
  villages: VillageName[];
  /** Where the figures come from and when (the dashboard's source line). */
  source?: ComponentChildren;
}

/**
 * The annual report screen's content, from given figures and draft (so it is testable without a
 * server or a device store): the period, the editable sections and header, the actions, and the
 * document as it will print.
 */
export function AnnualReportView(props: Props) {
  const { year, onYear, draft, onChange, figures, villages, source } = props;
  const t = useT();
  const built = useMemo(() => {
    if (!figures) return null;
    const vt = docT();
    const starting = Object.fromEntries(
      SECTIONS.map((id) => [id, startingText(vt, id, figures.indicators, villages)]),
    ) as Record<SectionId, string>;
    return { starting, tables: reportTables(vt, figures, villages) };
  }, [figures, villages]);
  const names = new Map(villages.map((v) => [v.id, v.name]));
  const villageName = (id: string) => names.get(id) ?? id;
  const sections = built
    ? (Object.fromEntries(
        SECTIONS.map((id) => [id, draft.sections[id] ?? built.starting[id]]),
      ) as Record<SectionId, string>)
    : null;
  return (
    <div class="annual-report">
      <PeriodFields year={year} onYear={onYear} draft={draft} onChange={onChange} />
      {source}
      {!figures || !built || !sections ? (
        <p class="muted" role="status">
          {t('annualReport.loading')}
        </p>
      ) : (
        <>
          {figures.indicators.sessions === 0 && (
            <p class="notice" role="status">
              {t('annualReport.empty')}
            </p>
          )}
          <SectionFields draft={draft} sections={sections} onChange={onChange} />
          <p class="hint">{t('annualReport.savedOnDevice')}</p>
          <HeaderFields draft={draft} onChange={onChange} />
          <ReportActions year={year} tables={built.tables} />
          <h3>{t('annualReport.preview')}</h3>
          <div class="report-preview">
            <ReportDocument
              year={year}
              draft={draft}
              figures={figures}
              tables={built.tables}
              sections={sections}
              villageName={villageName}
            />
          </div>
        </>
      )}
    </div>
  );
}
