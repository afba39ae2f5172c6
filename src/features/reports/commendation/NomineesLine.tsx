import { navigate } from '../../../app/router';
import type { CommendationYear } from '../../../core/commendation-record';
import type { Indicators } from '../../../core/indicators';
import { useT } from '../../../i18n';
import { type NameBook, nominatedList } from './nominees';
import { dossierPath } from './Shortlist';

interface Props {
  record: CommendationYear;
  indicators: Indicators | undefined;
  names: NameBook;
}

/** Who is nominated this year (the proposal's list), each a way into their dossier. */
export function NomineesLine({ record, indicators, names }: Props) {
  const t = useT();
  const nominees = nominatedList(record, indicators, names);
  return (
    <section aria-labelledby="nominees-title" class="commendation-section">
      <h3 id="nominees-title">{t('commendation.nominees.title', { count: nominees.length })}</h3>
      {nominees.length === 0 ? (
        <p class="empty">{t('commendation.nominees.none')}</p>
      ) : (
        <ul class="nominee-links">
          {nominees.map((n) => (
            <li key={n.key}>
              <button
                type="button"
                class="btn btn-ghost"
                onClick={() => navigate(dossierPath(n.type, n.id))}
              >
                {t('commendation.nominees.open', { name: n.name })}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
