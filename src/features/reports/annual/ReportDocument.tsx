import { todayInVietnam } from '../../../core/dates';
import type { SourcedIndicators } from '../../../core/indicators';
import { formatDate, formatNumber } from '../../../i18n/format';
import { DocumentFrame, vietnameseDateLine } from '../document/DocumentFrame';
import { docT } from '../document/doc-t';
import { DocTable } from './DocTable';
import { numberLine, type ReportDraft, recipientLines, type SectionId } from './report-draft';
import { type ReportTable, tableById, VILLAGE_COLUMNS } from './report-tables';
import { formatRating, tagList } from './report-text';

/** The summary's first rows (from, to, source) are said in the period line instead. */
const SUMMARY_HEAD_ROWS = 3;
/** What fits across A4 portrait: the adult counts behind the share stay in the XLSX. */
const PRINTED_VILLAGE_COLUMNS = [
  'village',
  ...VILLAGE_COLUMNS.filter((c) => c !== 'adultsReached' && c !== 'adultPopulation'),
];
/** Comments quoted when the administrator asks for them. */
const QUOTED_COMMENTS = 5;

interface Props {
  year: number;
  draft: ReportDraft;
  figures: SourcedIndicators;
  tables: ReportTable[];
  /** Each section's words: the administrator's, or the starting text. */
  sections: Record<SectionId, string>;
  villageName: (id: string) => string;
}

/** Free text as paragraphs, one per line; Preact renders it as text, never as markup. */
function Paragraphs({ text }: { text: string }) {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  return (
    <div class="doc-text">
      {lines.map((l, i) => (
        <p key={i}>{l}</p>
      ))}
    </div>
  );
}

function FeedbackSummary({
  figures,
  draft,
  villageName,
}: Omit<Props, 'tables' | 'sections' | 'year'>) {
  const t = docT();
  const f = figures.indicators.feedback;
  if (f.count === 0) return <p>{t('annualReport.text.noFeedback')}</p>;
  const tags = tagList(t, figures.indicators);
  const comments = draft.includeComments ? f.recent.slice(0, QUOTED_COMMENTS) : [];
  return (
    <div class="doc-text">
      <p>
        {t('annualReport.text.feedback', {
          n: formatNumber(f.count),
          rating: f.averageRating === null ? '—' : formatRating(f.averageRating),
        })}
        {tags && ` ${t('annualReport.text.tags', { tags })}`}
      </p>
      {comments.length > 0 && (
        <>
          <p>{t('annualReport.doc.comments')}</p>
          <ul class="doc-comments">
            {comments.map((c) => (
              <li key={c.createdAt + c.text}>
                {t('annualReport.doc.comment', {
                  text: c.text,
                  village: villageName(c.villageId),
                  rating: c.rating,
                })}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

/** The annual report as the administrative document (Decree 30 layout), ready to print. */
export function ReportDocument({ year, draft, figures, tables, sections, villageName }: Props) {
  const t = docT();
  const { period } = figures.indicators;
  const date = /^\d{4}-\d{2}-\d{2}$/.test(draft.date) ? draft.date : todayInVietnam();
  const heading = (id: SectionId) => <h2>{t(`annualReport.doc.section.${id}`)}</h2>;
  return (
    <DocumentFrame
      head={{
        issuer: draft.issuer,
        number: numberLine(draft, t),
        placeDate: vietnameseDateLine(draft.place, date),
        title: [t('annualReport.doc.kind'), t('annualReport.doc.subject', { year })],
      }}
      signature={{ on: draft.signOn, role: draft.signRole, name: draft.signName }}
      recipients={recipientLines(draft)}
      recipientsLabel={t('annualReport.doc.recipients')}
    >
      <p class="doc-period">
        {t('annualReport.doc.period', { from: formatDate(period.from), to: formatDate(period.to) })}
      </p>
      <Paragraphs text={t('annualReport.doc.intro', { year })} />
      {heading('situation')}
      <Paragraphs text={sections.situation} />
      {heading('done')}
      <Paragraphs text={sections.done} />
      <DocTable
        table={tableById(tables, 'summary')}
        skipRows={SUMMARY_HEAD_ROWS}
        caption={t('annualReport.doc.summaryTable')}
      />
      <DocTable
        table={tableById(tables, 'villages')}
        columns={PRINTED_VILLAGE_COLUMNS}
        caption={t('annualReport.doc.villagesTable')}
      />
      <h3>{t('annualReport.doc.feedback')}</h3>
      <FeedbackSummary figures={figures} draft={draft} villageName={villageName} />
      {heading('difficulties')}
      <Paragraphs text={sections.difficulties} />
      {heading('proposals')}
      <Paragraphs text={sections.proposals} />
      <Paragraphs text={t('annualReport.doc.closing', { year })} />
    </DocumentFrame>
  );
}
