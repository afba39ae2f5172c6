import { useState } from 'preact/hooks';
import { isCollective } from '../../../core/commendation';
import { type CommendationYear, emptyReport } from '../../../core/commendation-record';
import { useT } from '../../../i18n';
import { ToggleChips } from '../../../ui/ToggleChips';
import { AchievementReportDoc } from './AchievementReportDoc';
import {
  CommuneField,
  MeetingFieldsForm,
  ProposalFieldsForm,
  ReportFieldsForm,
} from './DossierFields';
import { tvi } from './dossier-text';
import { MinutesDoc } from './MinutesDoc';
import type { Nominee } from './nominees';
import { ProposalDoc } from './ProposalDoc';

export const DOSSIER_DOCS = ['report', 'proposal', 'minutes'] as const;
export type DossierDoc = (typeof DOSSIER_DOCS)[number];

interface Props {
  year: number;
  nominee: Nominee;
  /** The proposal's list (the year's nominees, this one included). */
  nominees: Nominee[];
  record: CommendationYear;
  update: (change: (record: CommendationYear) => CommendationYear) => void;
  /** The day the figures were computed (yyyy-MM-dd, Vietnam). */
  figuresDate: string | undefined;
  /** Today in Vietnam, the achievement report's date. */
  today: string;
  initialDoc?: DossierDoc;
}

/**
 * A nominee's dossier: one document at a time (so each prints alone on A4), its editable parts
 * above it. The achievement report opens first: it is the nominee's own paper and carries their
 * figures; the proposal and the minutes are the year's, shared by every nominee.
 */
export function DossierView(props: Props) {
  const { year, nominee, nominees, record, update, figuresDate, today } = props;
  const t = useT();
  const [doc, setDoc] = useState<DossierDoc>(props.initialDoc ?? 'report');
  const commune = record.communeName.trim() || tvi('commendation.defaults.commune');
  const report = record.reports[nominee.key] ?? emptyReport();
  return (
    <div class="dossier">
      <ToggleChips
        id="dossier-doc"
        label={t('commendation.dossier.choose')}
        single
        options={DOSSIER_DOCS.map((d) => ({ value: d, label: t(`commendation.dossier.doc.${d}`) }))}
        selected={[doc]}
        onChange={([d]) => d && setDoc(d)}
      />
      <details class="dossier-edit">
        <summary>{t('commendation.dossier.edit')}</summary>
        <CommuneField
          value={record.communeName}
          onChange={(communeName) => update((r) => ({ ...r, communeName }))}
        />
        {doc === 'proposal' && (
          <ProposalFieldsForm
            value={record.proposal}
            onChange={(proposal) => update((r) => ({ ...r, proposal }))}
          />
        )}
        {doc === 'minutes' && (
          <MeetingFieldsForm
            value={record.meeting}
            nominees={nominees}
            onChange={(meeting) => update((r) => ({ ...r, meeting }))}
          />
        )}
        {doc === 'report' && (
          <ReportFieldsForm
            value={report}
            collective={isCollective(nominee.entry.kind)}
            onChange={(fields) =>
              update((r) => ({ ...r, reports: { ...r.reports, [nominee.key]: fields } }))
            }
          />
        )}
      </details>
      <button type="button" class="btn btn-primary" onClick={() => window.print()}>
        {t('commendation.dossier.print')}
      </button>
      <p class="hint">{t('commendation.dossier.printHint')}</p>
      <div class={`dossier-doc dossier-${doc}`} data-testid={`dossier-${doc}`}>
        {doc === 'report' && (
          <AchievementReportDoc
            year={year}
            commune={commune}
            nominee={nominee}
            report={report}
            figuresDate={figuresDate}
            date={today}
          />
        )}
        {doc === 'proposal' && (
          <ProposalDoc year={year} commune={commune} record={record} nominees={nominees} />
        )}
        {doc === 'minutes' && (
          <MinutesDoc year={year} commune={commune} record={record} nominees={nominees} />
        )}
      </div>
    </div>
  );
}
