/**
 * The commune a learner device belongs to: the signed-in volunteer's when there is one, else the
 * one its link named (`/learn?xa=10882`, kept once seen), else the app's default commune
 * (VITE_COMMUNE_CODE at build time; the demo commune, Xã Hà Đông, otherwise).
 */
import { getAccount } from './account';
import { db } from './db';

const KEY = 'learnerCommune';
export const DEFAULT_COMMUNE: string = import.meta.env.VITE_COMMUNE_CODE ?? '10882';

/** Keeps the commune named by the page's address (`?xa=`), if any. */
export async function rememberCommuneFromUrl(search: string): Promise<void> {
  const code = new URLSearchParams(search).get('xa');
  if (code && /^\d{5}$/.test(code)) await db.meta.put({ key: KEY, value: code });
}

export async function learnerCommune(): Promise<string> {
  const account = await getAccount();
  if (account) return account.user.communeCode;
  return ((await db.meta.get(KEY))?.value as string | undefined) ?? DEFAULT_COMMUNE;
}
