import type { CommendationYear } from '../../../core/commendation-record';
import { formatDate } from '../../../i18n/format';
import { DocumentFrame } from '../document/DocumentFrame';
import { awardOf, committeeLine, numberLine, placeDate } from './doc-heads';
import { achievementShort, orBlank, tvi } from './dossier-text';
import type { Nominee } from './nominees';

interface Props {
  year: number;
  commune: string;
  record: CommendationYear;
  nominees: Nominee[];
}

/** Tờ trình: the culture and society office asks the commune chairman to commend the list. */
export function ProposalDoc({ year, commune, record, nominees }: Props) {
  const { proposal } = record;
  return (
    <DocumentFrame
      head={{
        parent: committeeLine(commune),
        issuer: tvi('commendation.doc.office'),
        number: numberLine(proposal.number, 'TTr-VHXH'),
        placeDate: placeDate(commune, proposal.date, year),
        title: [
          tvi('commendation.doc.proposal.kind'),
          tvi('commendation.doc.proposal.subject', { year }),
        ],
      }}
      signature={{
        on: tvi('commendation.doc.office'),
        role: tvi('commendation.doc.proposal.signRole'),
        name: proposal.signer,
      }}
      recipients={[
        tvi('commendation.doc.proposal.recipientAbove'),
        tvi('commendation.doc.archive'),
      ]}
      recipientsLabel={tvi('commendation.doc.recipients')}
    >
      <p class="doc-center">{tvi('commendation.doc.proposal.to', { name: commune })}</p>
      <p>{tvi('commendation.doc.basis.law')}</p>
      <p>{tvi('commendation.doc.basis.plan')}</p>
      <p>
        {tvi('commendation.doc.proposal.body', {
          year,
          meeting: record.meeting.date
            ? tvi('commendation.doc.proposal.meetingOn', { date: formatDate(record.meeting.date) })
            : '',
          count: nominees.length,
        })}
      </p>
      <table data-testid="proposal-list">
        <thead>
          <tr>
            <th>{tvi('commendation.doc.list.no')}</th>
            <th>{tvi('commendation.doc.list.name')}</th>
            <th>{tvi('commendation.doc.list.achievement')}</th>
            <th>{tvi('commendation.doc.list.award')}</th>
          </tr>
        </thead>
        <tbody>
          {nominees.map((n, i) => (
            <tr key={n.key}>
              <td>{i + 1}</td>
              <td>{n.name}</td>
              <td>{n.figures ? achievementShort(n.figures) : orBlank('')}</td>
              <td>{awardOf(n)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>{tvi('commendation.doc.proposal.closing')}</p>
    </DocumentFrame>
  );
}
