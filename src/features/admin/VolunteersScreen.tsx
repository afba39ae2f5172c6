import { navigate } from '../../app/router';
import type { AccountUser, StaffMember } from '../../core/auth';
import { compareByGivenName } from '../../core/text';
import { useT } from '../../i18n';
import { formatNumber } from '../../i18n/format';
import { listStaff } from '../../sync/admin-api';
import { ScreenHeader } from '../../ui/ScreenHeader';
import { AdminGate } from './AdminGate';
import { ProblemNotice } from './ProblemNotice';
import { useRemote } from './use-remote';
import { useVillages, type Villages } from './use-villages';
import { VolunteerCard } from './VolunteerCard';

/** Vietnamese order by given name; revoked volunteers last, out of the way. */
export function sortVolunteers(staff: StaffMember[]): StaffMember[] {
  return staff
    .filter((s) => s.role === 'volunteer')
    .sort(
      (a, b) =>
        Number(a.status === 'revoked') - Number(b.status === 'revoked') ||
        compareByGivenName(a.displayName, b.displayName),
    );
}

/** The commune's volunteers with their status, and what the administrator can do for each. */
export function VolunteersScreen() {
  const t = useT();
  return (
    <section aria-labelledby="volunteers-title">
      <ScreenHeader
        title={t('admin.volunteers.title')}
        backLabel={t('nav.back')}
        onBack={() => navigate('/more')}
      />
      <AdminGate>{(admin) => <Volunteers admin={admin} />}</AdminGate>
    </section>
  );
}

function Volunteers({ admin }: { admin: AccountUser }) {
  const t = useT();
  const villages = useVillages(admin.communeCode);
  const { state, reload, update } = useRemote(listStaff);
  const replace = (changed: StaffMember) =>
    update((staff) => staff.map((s) => (s.id === changed.id ? changed : s)));
  return (
    <>
      <button
        type="button"
        class="btn btn-primary btn-block"
        onClick={() => navigate('/admin/volunteers/new')}
      >
        + {t('admin.volunteers.add')}
      </button>
      {state.status === 'loading' && (
        <p class="muted" role="status">
          {t('admin.loading')}
        </p>
      )}
      {state.status === 'error' && <ProblemNotice error={state.error} onRetry={reload} />}
      {state.status === 'ok' && villages && (
        <VolunteerList
          volunteers={sortVolunteers(state.data)}
          villages={villages}
          onChanged={replace}
        />
      )}
    </>
  );
}

function VolunteerList(props: {
  volunteers: StaffMember[];
  villages: Villages;
  onChanged: (v: StaffMember) => void;
}) {
  const t = useT();
  const { volunteers, villages, onChanged } = props;
  if (volunteers.length === 0) return <p class="empty">{t('admin.volunteers.empty')}</p>;
  return (
    <>
      <p class="count" role="status">
        {t('admin.volunteers.count', { n: formatNumber(volunteers.length) })}
      </p>
      <ul class="cards">
        {volunteers.map((v) => (
          <VolunteerCard key={v.id} volunteer={v} villages={villages} onChanged={onChanged} />
        ))}
      </ul>
    </>
  );
}
