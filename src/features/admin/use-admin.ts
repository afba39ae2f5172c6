import { useLive } from '../../app/use-live';
import { accountSummary } from '../../db/account';

/**
 * The signed-in account as the admin screens need it: undefined while reading, null when nobody
 * (or no administrator) is signed in on this device.
 */
export function useAdminAccount() {
  const account = useLive(accountSummary);
  if (account === undefined) return undefined;
  return account?.user.role === 'admin' ? account.user : null;
}
