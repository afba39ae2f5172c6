import { navigate } from '../../../app/router';
import { todayInVietnam } from '../../../core/dates';
import { useT } from '../../../i18n';
import { ScreenHeader } from '../../../ui/ScreenHeader';
import { AdminGate } from '../../admin/AdminGate';
import { SourceLine } from '../SourceLine';
import { type CommendationWork, CommendationYearLoader } from './CommendationYearLoader';
import { DossierView } from './DossierView';
import { isNomineeType, nominatedList, nomineeOf } from './nominees';
import { useYearFigures } from './use-year-figures';
import { YearPicker } from './YearPicker';

interface Props {
  /** 'volunteer', 'village' or 'other' (a participant entered by hand), from the address. */
  kind: string;
  id: string;
}

/**
 * The commendation dossier of one nominee for the year chosen on the commendation screen: the
 * proposal with the year's list, the review meeting's minutes, and the nominee's achievement report
 * filled with their figures. Names appear here, and only here.
 */
export function DossierScreen({ kind, id }: Props) {
  const t = useT();
  return (
    <section aria-labelledby="dossier-title" class="commendation">
      <ScreenHeader
        title={t('commendation.dossier.title')}
        backLabel={t('nav.back')}
        onBack={() => navigate('/reports/commendation')}
      />
      <AdminGate>
        {() => (
          <CommendationYearLoader
            render={(work) => <DossierYear kind={kind} id={id} {...work} />}
          />
        )}
      </AdminGate>
    </section>
  );
}

function DossierYear(props: Props & CommendationWork) {
  const { kind, id, year, record, update, names } = props;
  const t = useT();
  const figures = useYearFigures(year);
  const indicators = figures.shown?.indicators;
  const nominee = isNomineeType(kind) ? nomineeOf(kind, id, record, indicators, names) : undefined;
  return (
    <>
      <YearPicker id="dossier-year" value={year} onChange={props.onYear} />
      <SourceLine state={figures.state} shown={figures.shown} admin onChoose={figures.choose} />
      {!nominee ? (
        <p class="notice notice-warn" role="alert">
          {t('commendation.dossier.notFound')}
        </p>
      ) : (
        <>
          <h3 class="dossier-name">{nominee.name}</h3>
          {!nominee.entry.nominated && (
            <div class="notice notice-warn">
              <p>{t('commendation.dossier.notNominated')}</p>
              <button
                type="button"
                class="btn btn-secondary"
                onClick={() =>
                  update((r) => ({
                    ...r,
                    checklists: {
                      ...r.checklists,
                      [nominee.key]: { ...nominee.entry, nominated: true },
                    },
                  }))
                }
              >
                {t('commendation.nominate')}
              </button>
            </div>
          )}
          <DossierView
            year={year}
            nominee={nominee}
            nominees={nominatedList(record, indicators, names, nominee)}
            record={record}
            update={update}
            figuresDate={figures.shown ? todayInVietnam(new Date(figures.shown.at)) : undefined}
            today={todayInVietnam()}
          />
        </>
      )}
    </>
  );
}
