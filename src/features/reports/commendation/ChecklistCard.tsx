import {
  AWARD_FORM_IDS,
  type AwardForm,
  COLLECTIVE_KINDS,
  CRITERIA,
  criteriaMet,
  INDIVIDUAL_KINDS,
  isCollective,
  meetsCriteria,
  PARTICIPANT_KINDS,
  type ParticipantKind,
} from '../../../core/commendation';
import type { ChecklistEntry } from '../../../core/commendation-record';
import { useT } from '../../../i18n';
import type { Nominee } from './nominees';

interface Props {
  nominee: Nominee;
  onChange: (entry: ChecklistEntry) => void;
  /** For a participant entered by hand: forget it. */
  onRemove?: () => void;
}

/** The kinds a participant may be reviewed as: a person stays a person, a collective a collective. */
function kindsFor(nominee: Nominee): readonly ParticipantKind[] {
  if (nominee.type === 'volunteer') return INDIVIDUAL_KINDS;
  if (nominee.type === 'village') return COLLECTIVE_KINDS;
  return PARTICIPANT_KINDS;
}

/**
 * One participant's checklist for the year: the plan's criteria for its kind, each ticked with the
 * evidence that it is met; the women rule for ties; the award proposed; nominated or not. Folded
 * to one line (name, criteria met) until opened, so a commune's whole list stays short on a phone.
 */
export function ChecklistCard({ nominee, onChange, onRemove }: Props) {
  const t = useT();
  const { entry, key } = nominee;
  const id = `cl-${key.replace(/[^a-zA-Z0-9-]/g, '-')}`;
  const criteria = CRITERIA[entry.kind];
  const set = (patch: Partial<ChecklistEntry>) => onChange({ ...entry, ...patch });
  const tick = (criterion: string, on: boolean) =>
    set({ met: on ? [...entry.met, criterion] : entry.met.filter((m) => m !== criterion) });
  const collective = isCollective(entry.kind);
  return (
    <li class="card checklist-card" data-testid="checklist-card">
      <details>
        <summary>
          <strong>{nominee.name}</strong>{' '}
          <span class="muted">
            {t('commendation.checklist.summary', {
              met: criteriaMet(entry),
              total: criteria.length,
              kind: t(`commendation.kind.${entry.kind}`),
            })}
          </span>{' '}
          {meetsCriteria(entry) && (
            <span class="badge badge-ok">{t('commendation.shortlist.meets')}</span>
          )}
          {entry.nominated && (
            <span class="badge badge-warn">{t('commendation.checklist.nominatedBadge')}</span>
          )}
        </summary>
        <div class="field">
          <label for={`${id}-kind`}>{t('commendation.checklist.kind')}</label>
          <select
            id={`${id}-kind`}
            value={entry.kind}
            onChange={(e) => set({ kind: e.currentTarget.value as ParticipantKind })}
          >
            {kindsFor(nominee).map((k) => (
              <option key={k} value={k}>
                {t(`commendation.kind.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <fieldset class="field checklist-criteria">
          <legend>{t('commendation.checklist.criteria')}</legend>
          {criteria.map((c) => {
            const on = entry.met.includes(c.id);
            return (
              <div key={c.id} class="criterion">
                <label class="check">
                  <input
                    type="checkbox"
                    checked={on}
                    onChange={(e) => tick(c.id, e.currentTarget.checked)}
                  />
                  {t(`commendation.criterion.${c.id}`)}
                </label>
                {on && (
                  <div class="field criterion-evidence">
                    <label for={`${id}-${c.id}`}>{t('commendation.checklist.evidence')}</label>
                    <textarea
                      id={`${id}-${c.id}`}
                      rows={2}
                      maxLength={1000}
                      value={entry.evidence[c.id] ?? ''}
                      onInput={(e) =>
                        set({ evidence: { ...entry.evidence, [c.id]: e.currentTarget.value } })
                      }
                    />
                  </div>
                )}
              </div>
            );
          })}
        </fieldset>
        <label class="check">
          <input
            type="checkbox"
            checked={entry.women}
            onChange={(e) => set({ women: e.currentTarget.checked })}
          />
          {t(collective ? 'commendation.women.collective' : 'commendation.women.person')}
        </label>
        <p class="hint">{t('commendation.women.hint')}</p>
        <div class="field">
          <label for={`${id}-award`}>{t('commendation.checklist.award')}</label>
          <select
            id={`${id}-award`}
            value={entry.award}
            onChange={(e) => set({ award: e.currentTarget.value as AwardForm })}
          >
            {AWARD_FORM_IDS.map((a) => (
              <option key={a} value={a}>
                {t(`commendation.award.${a}`)}
              </option>
            ))}
          </select>
        </div>
        <label class="check">
          <input
            type="checkbox"
            checked={entry.nominated}
            onChange={(e) => set({ nominated: e.currentTarget.checked })}
          />
          {t('commendation.nominate')}
        </label>
        {onRemove && (
          <button type="button" class="btn btn-ghost" onClick={onRemove}>
            {t('commendation.others.remove')}
          </button>
        )}
      </details>
    </li>
  );
}
