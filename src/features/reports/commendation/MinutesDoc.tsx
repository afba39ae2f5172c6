import type { CommendationYear } from '../../../core/commendation-record';
import { DocumentFrame } from '../document/DocumentFrame';
import { awardOf, committeeLine, numberLine, placeDate } from './doc-heads';
import { BLANK, dateOrBlank, orBlank, tvi } from './dossier-text';
import type { Nominee } from './nominees';

interface Props {
  year: number;
  commune: string;
  record: CommendationYear;
  nominees: Nominee[];
}

/** The people present, one a line as typed (blank lines dropped). */
export const attendeeLines = (attendees: string): string[] =>
  attendees
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

const share = new Intl.NumberFormat('vi-VN', { style: 'percent', maximumFractionDigits: 1 });

/**
 * Biên bản họp xét: when and where the review met, who attended, the list reviewed with the votes
 * in favour of each, and the conclusion; signed by the secretary and the chair.
 */
export function MinutesDoc({ year, commune, record, nominees }: Props) {
  const { meeting } = record;
  const present = attendeeLines(meeting.attendees);
  return (
    <DocumentFrame
      head={{
        parent: committeeLine(commune),
        issuer: tvi('commendation.doc.office'),
        number: numberLine(meeting.number, 'BB-VHXH'),
        placeDate: placeDate(commune, meeting.date, year),
        title: [
          tvi('commendation.doc.minutes.kind'),
          tvi('commendation.doc.minutes.subject', { year }),
        ],
      }}
      // Minutes are signed by two (secretary and chair, side by side in the body) and sent to no
      // one: the frame's own footer is hidden for them (commendation.css).
      signature={{ on: '', role: '', name: '' }}
      recipients={[]}
      recipientsLabel=""
    >
      <p>
        {tvi('commendation.doc.minutes.when', {
          time: orBlank(meeting.time),
          date: dateOrBlank(meeting.date),
        })}
      </p>
      <p>{tvi('commendation.doc.minutes.where', { place: orBlank(meeting.place) })}</p>
      <p>{tvi('commendation.doc.minutes.chairLine', { name: orBlank(meeting.chair) })}</p>
      <p>{tvi('commendation.doc.minutes.secretaryLine', { name: orBlank(meeting.secretary) })}</p>
      <p>{tvi('commendation.doc.minutes.attendees', { count: present.length || BLANK })}</p>
      {present.length > 0 && (
        <ul class="dossier-attendees">
          {present.map((p, i) => (
            // Two attendees may share a name; their place in the list tells them apart.
            <li key={i}>- {p}</li>
          ))}
        </ul>
      )}
      <p>{tvi('commendation.doc.minutes.content', { year })}</p>
      <table data-testid="minutes-votes">
        <thead>
          <tr>
            <th>{tvi('commendation.doc.list.no')}</th>
            <th>{tvi('commendation.doc.list.name')}</th>
            <th>{tvi('commendation.doc.list.award')}</th>
            <th>{tvi('commendation.doc.minutes.votes')}</th>
            <th>{tvi('commendation.doc.minutes.share')}</th>
          </tr>
        </thead>
        <tbody>
          {nominees.map((n, i) => {
            const votes = meeting.votes[n.key];
            return (
              <tr key={n.key}>
                <td>{i + 1}</td>
                <td>{n.name}</td>
                <td>{awardOf(n)}</td>
                <td>{votes === undefined ? BLANK : `${votes}/${present.length || BLANK}`}</td>
                <td>
                  {votes === undefined || present.length === 0
                    ? BLANK
                    : share.format(votes / present.length)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p>{tvi('commendation.doc.minutes.conclusion')}</p>
      <p>{tvi('commendation.doc.minutes.end')}</p>
      <div class="dossier-signatures">
        <div>
          <p class="doc-strong">{tvi('commendation.doc.minutes.secretary')}</p>
          <p class="doc-sign-space" />
          <p class="doc-strong">{meeting.secretary}</p>
        </div>
        <div>
          <p class="doc-strong">{tvi('commendation.doc.minutes.chair')}</p>
          <p class="doc-sign-space" />
          <p class="doc-strong">{meeting.chair}</p>
        </div>
      </div>
    </DocumentFrame>
  );
}
