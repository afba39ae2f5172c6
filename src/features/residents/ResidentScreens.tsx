import { navigate } from '../../app/router';
import { useLive } from '../../app/use-live';
import { useStoreState } from '../../app/use-store';
import { todayInVietnam } from '../../core/dates';
import { recordStates } from '../../db/attention';
import { eraseResident, getResident } from '../../db/residents';
import { useT } from '../../i18n';
import { formatDate } from '../../i18n/format';
import { RecordStateChip, stateOf } from '../../ui/RecordStateChip';
import { ScreenHeader } from '../../ui/ScreenHeader';
import { LinkProfileCard } from './LinkProfileCard';
import { ResidentForm } from './ResidentForm';
import { emptyResidentForm, residentToForm } from './resident-form-state';
import { rosterVillage } from './roster-village';

export function NewResidentScreen() {
  const t = useT();
  const { villageId } = useStoreState(rosterVillage);
  return (
    <section>
      <ScreenHeader
        title={t('roster.add')}
        backLabel={t('nav.back')}
        onBack={() => navigate('/residents')}
      />
      <ResidentForm
        draftKey="resident:new"
        initial={() => emptyResidentForm(villageId)}
        onDone={() => navigate('/residents', { force: true })}
      />
    </section>
  );
}

/** Edit a resident, or erase them on their request (anonymous counts stay). */
export function ResidentScreen({ id }: { id: string }) {
  const t = useT();
  const resident = useLive(async () => (await getResident(id)) ?? null, [id]);
  const states = useLive(recordStates);
  if (resident === undefined) return null;
  if (resident === null || resident.erased) return <p class="empty">{t('roster.notFound')}</p>;
  const erase = async () => {
    if (!window.confirm(t('roster.confirmErase', { name: resident.fullName }))) return;
    await eraseResident(resident.id);
    navigate('/residents', { force: true });
  };
  return (
    <section>
      <ScreenHeader
        title={resident.fullName}
        backLabel={t('nav.back')}
        onBack={() => navigate('/residents')}
      />
      <p class="record-state-line">
        <RecordStateChip
          state={stateOf(states, resident.id)}
          onOpenAttention={() => navigate('/attention')}
        />
      </p>
      <p class="muted">
        {t('roster.consentOn', {
          date: formatDate(todayInVietnam(new Date(resident.consent.collectedAt))),
          version: resident.consent.version,
        })}
      </p>
      <ResidentForm
        draftKey={`resident:${resident.id}`}
        initial={() => residentToForm(resident)}
        editing={resident}
        onDone={() => navigate('/residents', { force: true })}
      />
      <LinkProfileCard residentId={resident.id} name={resident.fullName} />
      <button type="button" class="btn btn-danger btn-block" onClick={() => void erase()}>
        {t('roster.erase')}
      </button>
    </section>
  );
}
