import { useLive } from '../../app/use-live';
import { accountSummary } from '../../db/account';
import { pendingCount } from '../../db/outbox';
import { listVillages } from '../../db/reference';
import { useT } from '../../i18n';
import { formatNumber } from '../../i18n/format';
import { signOutOfPhone } from './sign-out';

/** "0912345678" → "0912 345 678", easier to read back. */
const formatPhone = (p: string) => `${p.slice(0, 4)} ${p.slice(4, 7)} ${p.slice(7)}`;

/** Settings card: who is signed in on this phone, for which villages, and "sign out". */
export function AccountCard() {
  const t = useT();
  const me = useLive(accountSummary);
  const villages = useLive(
    async () => (me ? listVillages(me.user.communeCode) : []),
    [me?.user.communeCode],
  );
  if (!me) return null;
  const { user } = me;
  const mine =
    user.role === 'admin'
      ? t('account.allVillages')
      : (villages ?? [])
          .filter((v) => user.villages.includes(v.id))
          .map((v) => v.name)
          .join(', ') || formatNumber(user.villages.length);
  const signOut = async () => {
    // Counted now, not from a query that may still be loading: the warning must not be missed.
    const pending = await pendingCount();
    const n = { count: pending, n: formatNumber(pending) };
    // Revoked: signing out would shut the volunteer out of their own unsent records.
    let question = t('account.signOutConfirm');
    if (pending > 0 && me.revoked) question = t('account.signOutRevoked', n);
    else if (pending > 0) question = t('account.signOutUnsynced', n);
    if (window.confirm(question)) await signOutOfPhone();
  };
  return (
    <div class="card" data-testid="account-card">
      <h3>{t('account.title')}</h3>
      <p class="account-name">
        <strong>{user.displayName}</strong> · {formatPhone(user.phone)}
      </p>
      <p class="muted">
        {t(`account.role.${user.role}`)} · {t('account.villages', { villages: mine })}
      </p>
      {me.revoked && (
        <p class="notice notice-warn" role="status">
          {t('account.revokedNote')}
        </p>
      )}
      <button type="button" class="btn btn-danger btn-block" onClick={() => void signOut()}>
        {t('account.signOut')}
      </button>
    </div>
  );
}
