import { useState } from 'preact/hooks';
import type { Invite, StaffMember } from '../../core/auth';
import { useT } from '../../i18n';
import { issueInvite, revokeVolunteer, setVolunteerVillages } from '../../sync/admin-api';
import { type AdminProblem, adminProblem } from './admin-error';
import { formatPhone } from './format-at';
import { InviteCard } from './InviteCard';
import { RevokeConfirm } from './RevokeConfirm';
import type { Villages } from './use-villages';
import { VillagesEditor } from './VillagesEditor';

const BADGE = { invited: 'badge-warn', active: 'badge-ok', revoked: 'badge-muted' } as const;

interface Props {
  volunteer: StaffMember;
  villages: Villages;
  /** The server's answer after a change (new villages, revoked). */
  onChanged: (volunteer: StaffMember) => void;
}

type Panel = 'none' | 'invite' | 'villages' | 'revoke';

/**
 * One volunteer: name, phone, villages and status; "Quản lý" opens the three actions (new invite
 * code, villages, revoke), each answered inside the card so the list keeps its place.
 */
export function VolunteerCard({ volunteer: v, villages, onChanged }: Props) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [panel, setPanel] = useState<Panel>('none');
  const [invite, setInvite] = useState<Invite | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<AdminProblem | null>(null);
  const [done, setDone] = useState('');
  /** Runs one server call; a refusal is shown in the card and nothing else changes. */
  const run = async (call: () => Promise<void>) => {
    setBusy(true);
    setProblem(null);
    setDone('');
    try {
      await call();
    } catch (error) {
      setProblem(adminProblem(error));
    } finally {
      setBusy(false);
    }
  };
  const newInvite = () =>
    run(async () => {
      setInvite(await issueInvite(v.id));
      setPanel('invite');
    });
  const saveVillages = (ids: string[]) =>
    run(async () => {
      onChanged(await setVolunteerVillages(v.id, ids));
      setPanel('none');
      setDone(t('admin.volunteers.villagesSaved'));
    });
  const revoke = () =>
    run(async () => {
      onChanged(await revokeVolunteer(v.id));
      setPanel('none');
      setDone(t('admin.volunteers.revoked', { name: v.displayName }));
    });
  const revoked = v.status === 'revoked';
  const names = v.villages.map(villages.name).join(', ');
  return (
    <li class="card volunteer-card" data-testid="volunteer-card">
      <div class="card-head">
        <strong>{v.displayName}</strong>
        <span class={`badge ${BADGE[v.status]}`}>{t(`admin.status.${v.status}`)}</span>
      </div>
      <p class="volunteer-line">{formatPhone(v.phone)}</p>
      <p class="muted volunteer-line">
        {t('admin.volunteers.villagesOf', { villages: names || t('admin.volunteers.none') })}
      </p>
      {done && (
        <p class="notice" role="status">
          {done}
        </p>
      )}
      {revoked ? (
        <p class="muted">{t('admin.volunteers.revokedNote')}</p>
      ) : (
        <button
          type="button"
          class="btn btn-ghost btn-block"
          aria-expanded={open}
          onClick={() => {
            setOpen(!open);
            setPanel('none');
            setProblem(null);
          }}
        >
          {t('admin.volunteers.manage')} <span aria-hidden="true">{open ? '▴' : '▾'}</span>
        </button>
      )}
      {open && !revoked && panel === 'none' && (
        <div class="admin-actions">
          <button type="button" class="btn btn-secondary" disabled={busy} onClick={newInvite}>
            {t('admin.volunteers.newInvite')}
          </button>
          <button type="button" class="btn btn-secondary" onClick={() => setPanel('villages')}>
            {t('admin.volunteers.editVillages')}
          </button>
          <button type="button" class="btn btn-danger-outline" onClick={() => setPanel('revoke')}>
            {t('admin.volunteers.revoke')}
          </button>
        </div>
      )}
      {panel === 'invite' && invite && (
        <>
          <InviteCard name={v.displayName} phone={v.phone} invite={invite} />
          <button type="button" class="btn btn-ghost btn-block" onClick={() => setPanel('none')}>
            {t('admin.invite.done')}
          </button>
        </>
      )}
      {panel === 'villages' && (
        <VillagesEditor
          id={`villages-${v.id}`}
          villages={villages}
          initial={v.villages}
          saving={busy}
          onSave={saveVillages}
          onCancel={() => setPanel('none')}
        />
      )}
      {panel === 'revoke' && (
        <RevokeConfirm
          name={v.displayName}
          busy={busy}
          onConfirm={revoke}
          onCancel={() => setPanel('none')}
        />
      )}
      {problem && (
        <p class="notice notice-warn" role="alert">
          {t(`admin.error.${problem}`)}
        </p>
      )}
    </li>
  );
}
