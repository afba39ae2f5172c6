import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { AccountSummary } from '../db/account';

/** The account signed in on this phone; the workspace provides it to every screen it draws. */
export const AccountContext = createContext<AccountSummary | null>(null);

export function useAccount(): AccountSummary {
  const account = useContext(AccountContext);
  if (!account) throw new Error('useAccount() outside the signed-in workspace');
  return account;
}

/** The signed-in person's commune: the one every record made on this phone belongs to. */
export const useCommune = (): string => useAccount().user.communeCode;
