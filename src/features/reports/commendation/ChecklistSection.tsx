import { useState } from 'preact/hooks';
import { PARTICIPANT_KINDS, type ParticipantKind } from '../../../core/commendation';
import type { ChecklistEntry, CommendationYear } from '../../../core/commendation-record';
import { newId } from '../../../core/ids';
import type { Indicators } from '../../../core/indicators';
import { compareByGivenName } from '../../../core/text';
import { useT } from '../../../i18n';
import { ChecklistCard } from './ChecklistCard';
import type { Nominee } from './nominees';
import { nomineeOf } from './nominees';
import type { Names } from './use-names';

interface Props {
  record: CommendationYear;
  indicators: Indicators | undefined;
  names: Names;
  update: (change: (record: CommendationYear) => CommendationYear) => void;
}

/**
 * The criteria checklist of every participant for the year: the commune's villages, its volunteers,
 * and the units, unions, businesses and people the administrator adds by name.
 */
export function ChecklistSection({ record, indicators, names, update }: Props) {
  const t = useT();
  const of = (type: Nominee['type'], id: string) => nomineeOf(type, id, record, indicators, names);
  const groups = [
    { type: 'village', list: names.villages.map((v) => of('village', v.id)) },
    {
      type: 'volunteer',
      list: [...names.volunteers]
        .sort((a, b) => compareByGivenName(a.name, b.name))
        .map((v) => of('volunteer', v.id)),
    },
    { type: 'other', list: record.others.map((o) => of('other', o.id)) },
  ] as const;
  const save = (nominee: Nominee, entry: ChecklistEntry) =>
    update((r) => ({
      ...r,
      checklists: { ...r.checklists, [nominee.key]: entry },
      // A participant entered by hand carries its kind in the list of others too.
      others: r.others.map((o) =>
        o.id === nominee.id && nominee.type === 'other' ? { ...o, kind: entry.kind } : o,
      ),
    }));
  const remove = (nominee: Nominee) =>
    update((r) => {
      const { [nominee.key]: _gone, ...checklists } = r.checklists;
      return { ...r, checklists, others: r.others.filter((o) => o.id !== nominee.id) };
    });
  return (
    <section aria-labelledby="checklist-title" class="commendation-section">
      <h3 id="checklist-title">{t('commendation.checklist.title')}</h3>
      <p class="muted">{t('commendation.checklist.hint')}</p>
      {groups.map(({ type, list }) => (
        <div key={type}>
          <h4>{t(`commendation.checklist.group.${type}`)}</h4>
          <ul class="cards">
            {list.map(
              (n) =>
                n && (
                  <ChecklistCard
                    key={n.key}
                    nominee={n}
                    onChange={(entry) => save(n, entry)}
                    onRemove={type === 'other' ? () => remove(n) : undefined}
                  />
                ),
            )}
          </ul>
        </div>
      ))}
      <AddParticipant
        onAdd={(name, kind) =>
          update((r) => ({ ...r, others: [...r.others, { id: newId(), name, kind }] }))
        }
      />
    </section>
  );
}

/** Adds a participant the data does not hold: a union, a business, a unit, a person. */
function AddParticipant({ onAdd }: { onAdd: (name: string, kind: ParticipantKind) => void }) {
  const t = useT();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<ParticipantKind>('front');
  const [invalid, setInvalid] = useState(false);
  const add = () => {
    const clean = name.replace(/\s+/g, ' ').trim();
    setInvalid(clean === '');
    if (clean === '') return;
    onAdd(clean.slice(0, 200), kind);
    setName('');
  };
  return (
    <fieldset class="field add-participant">
      <legend>{t('commendation.others.add')}</legend>
      <div class={`field${invalid ? ' field-invalid' : ''}`}>
        <label for="other-name">{t('commendation.others.name')}</label>
        <input
          id="other-name"
          value={name}
          maxLength={200}
          aria-invalid={invalid}
          onInput={(e) => setName(e.currentTarget.value)}
        />
        {invalid && (
          <p class="error" role="alert">
            {t('commendation.others.nameRequired')}
          </p>
        )}
      </div>
      <div class="field">
        <label for="other-kind">{t('commendation.checklist.kind')}</label>
        <select
          id="other-kind"
          value={kind}
          onChange={(e) => setKind(e.currentTarget.value as ParticipantKind)}
        >
          {PARTICIPANT_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`commendation.kind.${k}`)}
            </option>
          ))}
        </select>
      </div>
      <button type="button" class="btn btn-secondary" onClick={add}>
        {t('commendation.others.addButton')}
      </button>
    </fieldset>
  );
}
