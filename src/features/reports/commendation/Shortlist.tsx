import { navigate } from '../../../app/router';
import {
  type Candidate,
  CRITERIA,
  candidatesOf,
  criteriaMet,
  helpTotal,
  isCollective,
  type RankedCandidate,
  shortlist,
} from '../../../core/commendation';
import type { ChecklistEntry } from '../../../core/commendation-record';
import type { Indicators } from '../../../core/indicators';
import { useT } from '../../../i18n';
import { formatNumber } from '../../../i18n/format';
import type { NameBook } from './nominees';

interface Props {
  year: number;
  indicators: Indicators;
  checklists: Readonly<Record<string, ChecklistEntry>>;
  names: NameBook;
  onlyMeeting: boolean;
  onOnlyMeeting: (only: boolean) => void;
  onNominate: (candidate: Candidate, nominated: boolean) => void;
}

export const dossierPath = (type: string, id: string) =>
  `/reports/commendation/${type}/${encodeURIComponent(id)}`;

/**
 * The candidates the year's data suggests: volunteers and villages ranked by sessions, then
 * attendances, residents reached and help given, women first among equals; optionally only those
 * whose checklist meets every criterion of their kind.
 */
export function Shortlist(props: Props) {
  const { year, indicators, checklists, names, onlyMeeting } = props;
  const t = useT();
  const nameOf = (c: Candidate) =>
    (c.type === 'volunteer' ? names.volunteer : names.village)(c.id) ?? c.id;
  const options = { onlyMeetingCriteria: onlyMeeting, nameOf };
  const groups = [
    {
      type: 'volunteer' as const,
      list: shortlist(candidatesOf(indicators, 'volunteer'), checklists, options),
    },
    {
      type: 'village' as const,
      list: shortlist(candidatesOf(indicators, 'village'), checklists, options),
    },
  ];
  return (
    <section aria-labelledby="shortlist-title" class="commendation-section">
      <h3 id="shortlist-title">{t('commendation.shortlist.title')}</h3>
      <p class="muted">{t('commendation.shortlist.hint')}</p>
      <label class="check">
        <input
          type="checkbox"
          checked={onlyMeeting}
          onChange={(e) => props.onOnlyMeeting(e.currentTarget.checked)}
        />
        {t('commendation.shortlist.onlyMeeting')}
      </label>
      {groups.map(({ type, list }) => (
        <div key={type}>
          <h4>{t(`commendation.shortlist.group.${type}`)}</h4>
          {list.length === 0 ? (
            <p class="empty">
              {t(
                onlyMeeting ? 'commendation.shortlist.noneMeeting' : 'commendation.shortlist.none',
                {
                  year,
                },
              )}
            </p>
          ) : (
            <ol class="cards shortlist">
              {list.map((c) => (
                <ShortlistRow
                  key={c.key}
                  candidate={c}
                  name={nameOf(c)}
                  nominated={checklists[c.key]?.nominated ?? false}
                  onNominate={(on) => props.onNominate(c, on)}
                />
              ))}
            </ol>
          )}
        </div>
      ))}
    </section>
  );
}

function ShortlistRow(props: {
  candidate: RankedCandidate;
  name: string;
  nominated: boolean;
  onNominate: (nominated: boolean) => void;
}) {
  const { candidate: c, name, nominated } = props;
  const t = useT();
  const f = c.figures;
  const collective = isCollective(c.checklist.kind);
  return (
    <li class="card shortlist-row" data-testid="shortlist-row">
      <p class="card-head">
        <span class="shortlist-rank">{t('commendation.shortlist.rank', { rank: c.rank })}</span>
        <strong class="shortlist-name">{name}</strong>
        {c.checklist.women && (
          <span class="badge badge-ok">
            {t(
              collective ? 'commendation.women.collectiveShort' : 'commendation.women.personShort',
            )}
          </span>
        )}
      </p>
      <p class="summary-line">
        {t('commendation.shortlist.figures', {
          sessions: formatNumber(f.sessions),
          attendances: formatNumber(f.attendances),
          residents: formatNumber(f.uniqueResidents),
          help: formatNumber(helpTotal(f)),
        })}
      </p>
      <p class="muted">
        {t('commendation.shortlist.criteria', {
          met: criteriaMet(c.checklist),
          total: CRITERIA[c.checklist.kind].length,
          kind: t(`commendation.kind.${c.checklist.kind}`),
        })}{' '}
        {c.meetsCriteria && <span class="badge badge-ok">{t('commendation.shortlist.meets')}</span>}
      </p>
      <div class="row shortlist-actions">
        <label class="check">
          <input
            type="checkbox"
            checked={nominated}
            onChange={(e) => props.onNominate(e.currentTarget.checked)}
          />
          {t('commendation.nominate')}
        </label>
        <button
          type="button"
          class="btn btn-secondary"
          onClick={() => navigate(dossierPath(c.type, c.id))}
        >
          {t('commendation.openDossier')}
        </button>
      </div>
    </li>
  );
}
