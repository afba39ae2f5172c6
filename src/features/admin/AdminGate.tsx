import type { VNode } from 'preact';
import type { AccountUser } from '../../core/auth';
import { useT } from '../../i18n';
import { useAdminAccount } from './use-admin';

/**
 * Shows an administrator's screen only to a signed-in administrator; anyone else (a volunteer who
 * typed the address) reads why. The server refuses them anyway: this is for clear words.
 */
export function AdminGate({ children }: { children: (admin: AccountUser) => VNode }) {
  const t = useT();
  const admin = useAdminAccount();
  if (admin === undefined) return null;
  if (admin === null)
    return (
      <p class="notice notice-warn" role="alert">
        {t('admin.error.forbidden')}
      </p>
    );
  return children(admin);
}
