import { useState } from 'preact/hooks';
import { navigate } from '../../../app/router';
import { defaultKind, nomineeKey } from '../../../core/commendation';
import { type CommendationYear, emptyChecklist } from '../../../core/commendation-record';
import type { Indicators } from '../../../core/indicators';
import { useT } from '../../../i18n';
import { ScreenHeader } from '../../../ui/ScreenHeader';
import { AdminGate } from '../../admin/AdminGate';
import { SourceLine } from '../SourceLine';
import { ChecklistSection } from './ChecklistSection';
import { type CommendationWork, CommendationYearLoader } from './CommendationYearLoader';
import { NomineesLine } from './NomineesLine';
import { Shortlist } from './Shortlist';
import type { Names } from './use-names';
import { useYearFigures } from './use-year-figures';
import { YearPicker } from './YearPicker';

/**
 * Emulation and commendation for a year (the administrator's): the shortlist the data suggests,
 * the criteria checklist per participant with evidence, and the way to each nominee's dossier.
 * The checklists are kept on this device (src/db/commendation.ts).
 */
export function CommendationScreen() {
  const t = useT();
  return (
    <section aria-labelledby="commendation-title" class="commendation">
      <ScreenHeader
        title={t('commendation.title')}
        backLabel={t('nav.back')}
        onBack={() => navigate('/reports')}
      />
      <AdminGate>
        {() => <CommendationYearLoader render={(work) => <CommendationYearView {...work} />} />}
      </AdminGate>
    </section>
  );
}

function CommendationYearView(props: CommendationWork) {
  const figures = useYearFigures(props.year);
  return (
    <>
      <YearPicker id="commendation-year" value={props.year} onChange={props.onYear} />
      <SourceLine state={figures.state} shown={figures.shown} admin onChoose={figures.choose} />
      <CommendationPanel {...props} indicators={figures.shown?.indicators} />
    </>
  );
}

interface PanelProps {
  year: number;
  record: CommendationYear;
  update: (change: (record: CommendationYear) => CommendationYear) => void;
  names: Names;
  /** The year's figures; undefined while none are at hand (the checklist still works). */
  indicators: Indicators | undefined;
}

/** The year's shortlist, nominees and checklists, from figures and a record given as props. */
export function CommendationPanel({ year, record, update, names, indicators }: PanelProps) {
  const t = useT();
  const [onlyMeeting, setOnlyMeeting] = useState(false);
  return (
    <>
      <NomineesLine record={record} indicators={indicators} names={names} />
      {indicators ? (
        <Shortlist
          year={year}
          indicators={indicators}
          checklists={record.checklists}
          names={names}
          onlyMeeting={onlyMeeting}
          onOnlyMeeting={setOnlyMeeting}
          onNominate={(c, nominated) =>
            update((r) => {
              const key = nomineeKey(c.type, c.id);
              const entry = r.checklists[key] ?? emptyChecklist(defaultKind(c.type));
              return { ...r, checklists: { ...r.checklists, [key]: { ...entry, nominated } } };
            })
          }
        />
      ) : (
        <p class="muted" role="status">
          {t('commendation.noFigures')}
        </p>
      )}
      <ChecklistSection record={record} indicators={indicators} names={names} update={update} />
    </>
  );
}
