import { CRITERIA, isCollective } from '../../../core/commendation';
import type { ReportFields } from '../../../core/commendation-record';
import { DocumentFrame, vietnameseDateLine } from '../document/DocumentFrame';
import { awardOf, committeeLine } from './doc-heads';
import {
  achievementSentence,
  dateOrBlank,
  figureRows,
  orBlank,
  tvi,
  villageSentence,
} from './dossier-text';
import type { Nominee } from './nominees';
import { Paragraphs } from './Paragraphs';

interface Props {
  year: number;
  commune: string;
  nominee: Nominee;
  report: ReportFields;
  /** When the figures were computed (yyyy-MM-dd in Vietnam); undefined when there are none. */
  figuresDate: string | undefined;
  /** The report's date, yyyy-MM-dd (today). */
  date: string;
}

/**
 * Báo cáo thành tích (the thematic template): who the nominee is, what they achieved in the
 * movement — the year's figures from the app first, then the criteria met with their evidence and
 * the administrator's own words — and the awards received before. A person signs their own report;
 * a collective's is signed by its head.
 */
export function AchievementReportDoc({ year, commune, nominee, report, figuresDate, date }: Props) {
  const collective = isCollective(nominee.entry.kind);
  const met = CRITERIA[nominee.entry.kind].filter((c) => nominee.entry.met.includes(c.id));
  const v = nominee.village;
  const village = nominee.type === 'village';
  // A village is its community digital technology team, signed for by the village head.
  const nameLine = village ? 'villageName' : collective ? 'collectiveName' : 'personName';
  const signer = village ? 'signVillage' : collective ? 'signCollective' : 'signPerson';
  return (
    <DocumentFrame
      head={{
        parent: village ? committeeLine(commune) : undefined,
        issuer: village
          ? tvi('commendation.doc.report.villageIssuer', {
              name: nominee.name.toLocaleUpperCase('vi'),
            })
          : committeeLine(commune),
        number: '',
        placeDate: vietnameseDateLine(commune, date),
        title: [
          tvi('commendation.doc.report.kind'),
          tvi('commendation.doc.report.award', { award: awardOf(nominee).toLocaleUpperCase('vi') }),
          tvi('commendation.doc.report.subject', { year }),
        ],
      }}
      signature={{
        on: tvi(`commendation.doc.report.${signer}`),
        role: '',
        name: collective ? '' : nominee.name,
      }}
      recipients={[]}
      recipientsLabel={tvi('commendation.doc.report.confirm')}
    >
      <h2>
        {tvi(
          collective
            ? 'commendation.doc.report.aboutCollective'
            : 'commendation.doc.report.aboutPerson',
        )}
      </h2>
      <p>{tvi(`commendation.doc.report.${nameLine}`, { name: nominee.name })}</p>
      {!collective && nominee.entry.women && <p>{tvi('commendation.doc.report.female')}</p>}
      <p>
        {tvi(collective ? 'commendation.doc.report.address' : 'commendation.doc.report.position', {
          value: orBlank(report.position),
        })}
      </p>
      <Paragraphs text={report.background} />
      <h2>{tvi('commendation.doc.report.achievements')}</h2>
      <h3>{tvi('commendation.doc.report.results')}</h3>
      {nominee.figures ? (
        <div data-testid="report-figures">
          <p>{achievementSentence(nominee.figures, year)}</p>
          {v && villageSentence(v) && <p>{villageSentence(v)}</p>}
          <table>
            <thead>
              <tr>
                <th>{tvi('commendation.doc.table.indicator')}</th>
                <th>{tvi('commendation.doc.table.value', { year })}</th>
              </tr>
            </thead>
            <tbody>
              {figureRows(nominee.figures, v).map(([label, value]) => (
                <tr key={label}>
                  <td>{label}</td>
                  <td>{value}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p class="doc-note">
            {tvi('commendation.doc.report.source', { date: dateOrBlank(figuresDate ?? '') })}
          </p>
        </div>
      ) : (
        <p>{tvi('commendation.doc.report.noFigures')}</p>
      )}
      <h3>{tvi('commendation.doc.report.criteria')}</h3>
      {met.length === 0 ? (
        <p>{tvi('commendation.doc.report.noCriteria')}</p>
      ) : (
        <ul class="dossier-criteria">
          {met.map((c) => {
            const evidence = nominee.entry.evidence[c.id]?.trim();
            return (
              <li key={c.id}>
                - {c.label}
                {evidence ? ` (${tvi('commendation.doc.report.evidence', { evidence })})` : ''}.
              </li>
            );
          })}
        </ul>
      )}
      <h3>{tvi('commendation.doc.report.solutions')}</h3>
      {report.achievements.trim() === '' ? (
        <p>{orBlank('')}</p>
      ) : (
        <Paragraphs text={report.achievements} />
      )}
      <h2>{tvi('commendation.doc.report.pastAwards')}</h2>
      {report.pastAwards.trim() === '' ? (
        <p>{tvi('commendation.doc.report.noPastAwards')}</p>
      ) : (
        <Paragraphs text={report.pastAwards} />
      )}
    </DocumentFrame>
  );
}
