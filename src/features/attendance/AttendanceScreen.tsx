import { useMemo, useState } from 'preact/hooks';
import { navigate } from '../../app/router';
import { useLive } from '../../app/use-live';
import { summarizeAttendance } from '../../core/attendance-summary';
import { presentIds, presentResidents, setAttendance } from '../../db/attendance';
import { listRoster } from '../../db/residents';
import { getSession } from '../../db/sessions';
import { useT } from '../../i18n';
import { formatDate, formatNumber } from '../../i18n/format';
import { ScreenHeader } from '../../ui/ScreenHeader';
import { SearchBox } from '../../ui/SearchBox';
import { ResidentForm } from '../residents/ResidentForm';
import { emptyResidentForm } from '../residents/resident-form-state';
import { indexRoster, searchRoster } from '../residents/roster-search';
import { type SaveErrorKey, saveErrorKey } from '../save-error';
import { AttendanceSummaryLine } from './AttendanceSummaryLine';

/**
 * Ticking who came: one tap per person (no confirmations), search by name ignoring diacritics,
 * walk-ins added without leaving the screen, and the running count with its split.
 */
export function AttendanceScreen({ id }: { id: string }) {
  const t = useT();
  const session = useLive(async () => (await getSession(id)) ?? null, [id]);
  const villageId = session?.villageId ?? '';
  const roster = useLive(() => listRoster(villageId), [villageId]);
  const present = useLive(() => presentIds(id), [id]);
  const presentPeople = useLive(() => presentResidents(id), [id]);
  const index = useMemo(() => indexRoster(roster ?? []), [roster]);
  const [query, setQuery] = useState('');
  const [addingWalkIn, setAddingWalkIn] = useState(false);
  const [saveError, setSaveError] = useState<SaveErrorKey | null>(null);
  const found = useMemo(() => searchRoster(index, query), [index, query]);
  if (session === undefined) return null;
  if (session === null) return <p class="empty">{t('sessions.notFound')}</p>;
  const year = Number(session.date.slice(0, 4));
  // A tick that could not be saved shows why (a full disk says how to make room) and stays unticked.
  const tick = (residentId: string, present: boolean) =>
    setAttendance(id, residentId, present).then(
      () => setSaveError(null),
      (err: unknown) => setSaveError(saveErrorKey(err)),
    );
  const summary = summarizeAttendance(presentPeople ?? [], year);

  return (
    <section>
      <ScreenHeader
        title={t('attendance.title', { date: formatDate(session.date) })}
        backLabel={t('nav.back')}
        onBack={() => navigate(`/sessions/${id}`)}
      />
      <div class="sticky-summary" role="status" aria-live="polite">
        <strong data-testid="present-count">
          {t('session.present', { n: formatNumber(summary.total) })}
        </strong>
        <AttendanceSummaryLine summary={summary} />
        {/* In the sticky bar, so it is seen wherever the list is scrolled to. */}
        {saveError && (
          <p class="error" role="alert">
            {t(saveError)}
          </p>
        )}
      </div>
      {addingWalkIn ? (
        <div class="card">
          <h3>{t('attendance.walkIn')}</h3>
          <ResidentForm
            draftKey={`walk-in:${id}`}
            initial={() => emptyResidentForm(villageId)}
            walkInSessionId={id}
            fixedVillage
            onDone={() => setAddingWalkIn(false)}
          />
        </div>
      ) : (
        <button
          type="button"
          class="btn btn-secondary btn-block"
          onClick={() => setAddingWalkIn(true)}
        >
          + {t('attendance.walkIn')}
        </button>
      )}
      <SearchBox label={t('roster.search')} value={query} onChange={setQuery} />
      {roster?.length === 0 && <p class="empty">{t('attendance.emptyRoster')}</p>}
      <ul class="tick-list">
        {found.slice(0, 200).map((r) => {
          const on = present?.has(r.id) ?? false;
          return (
            <li key={r.id}>
              <button
                type="button"
                class={`tick${on ? ' tick-on' : ''}`}
                aria-pressed={on}
                onClick={() => void tick(r.id, !on)}
              >
                <span class="tick-box" aria-hidden="true">
                  {on ? '✓' : ''}
                </span>
                <span class="tick-name">{r.fullName}</span>
                <span class="muted">{r.birthYear}</span>
              </button>
            </li>
          );
        })}
      </ul>
      {found.length > 200 && <p class="muted">{t('roster.narrow')}</p>}
    </section>
  );
}
