/**
 * Asks the browser to keep this site's storage under pressure (navigator.storage.persist), once,
 * after the first record is saved: asking earlier, before the site is used, is usually refused.
 */
import { setFlagOnce } from './meta';

export async function requestPersistenceOnce(): Promise<boolean | undefined> {
  if (typeof navigator === 'undefined' || !navigator.storage?.persist) return undefined;
  if (!(await setFlagOnce('persistRequested'))) return undefined;
  return navigator.storage.persist();
}
