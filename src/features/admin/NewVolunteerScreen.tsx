import { useState } from 'preact/hooks';
import { navigate } from '../../app/router';
import { useDraft } from '../../app/use-draft';
import type { AccountUser, Invite, StaffMember } from '../../core/auth';
import { useT } from '../../i18n';
import { createVolunteer } from '../../sync/admin-api';
import { FormActions } from '../../ui/FormActions';
import { ScreenHeader } from '../../ui/ScreenHeader';
import { AdminGate } from './AdminGate';
import { InviteCard } from './InviteCard';
import { VolunteerForm } from './VolunteerForm';
import { emptyVolunteerForm } from './volunteer-form-state';

const LIST = '/admin/volunteers';

/** Add a volunteer, then show the invite code to read out or send. */
export function NewVolunteerScreen() {
  const t = useT();
  return (
    <section>
      <ScreenHeader
        title={t('admin.volunteers.add')}
        backLabel={t('nav.back')}
        onBack={() => navigate(LIST)}
      />
      <AdminGate>{(admin) => <NewVolunteer admin={admin} />}</AdminGate>
    </section>
  );
}

function NewVolunteer({ admin }: { admin: AccountUser }) {
  const t = useT();
  const draft = useDraft('volunteer:new', emptyVolunteerForm);
  const [created, setCreated] = useState<{ volunteer: StaffMember; invite: Invite } | null>(null);
  if (created)
    return (
      <>
        <p class="notice" role="status">
          {t('admin.volunteers.created', { name: created.volunteer.displayName })}
        </p>
        <InviteCard
          name={created.volunteer.displayName}
          phone={created.volunteer.phone}
          invite={created.invite}
        />
        <div class="admin-actions">
          <button type="button" class="btn btn-ghost" onClick={() => setCreated(null)}>
            {t('admin.volunteers.another')}
          </button>
          <button type="button" class="btn btn-primary" onClick={() => navigate(LIST)}>
            {t('admin.invite.done')}
          </button>
        </div>
      </>
    );
  if (!draft.value) return null;
  return (
    <VolunteerForm
      communeCode={admin.communeCode}
      form={draft.value}
      set={draft.set}
      send={async (input) => {
        const result = await createVolunteer(input);
        await draft.reset(emptyVolunteerForm());
        setCreated(result);
      }}
      actions={(saving) => (
        <FormActions
          cancelLabel={t('sessionForm.cancel')}
          saveLabel={t('admin.volunteerForm.save')}
          saving={saving}
          onCancel={() =>
            void draft.discard().then((gone) => gone && navigate(LIST, { force: true }))
          }
        />
      )}
    />
  );
}
