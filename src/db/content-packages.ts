/**
 * Module versions the server published after this app was built. Only a package that passed its
 * schema and structure checks is stored (src/sync/content-updates.ts), whole, in one write, so a
 * broken or half-downloaded update never replaces a module that works.
 */
import type { ModuleCode } from '../core/curriculum';
import { db } from './db';
import type { StoredPackage } from './learning-types';

export const downloadedPackages = (): Promise<StoredPackage[]> => db.contentPackages.toArray();

export const getDownloadedPackage = (code: ModuleCode): Promise<StoredPackage | undefined> =>
  db.contentPackages.get(code);

export async function storePackage(pkg: StoredPackage): Promise<void> {
  await db.contentPackages.put(pkg);
}

const CHECKED = 'contentCheckedAt';
/** New lessons are rare: a phone asks the server about them at most twice a day (2G). */
export const CONTENT_CHECK_EVERY_MS = 12 * 3600_000;

/** Whether it is time to ask the server for newer modules; if so, notes that it asked now. */
export async function takeContentCheck(now = Date.now()): Promise<boolean> {
  return db.transaction('rw', db.meta, async () => {
    const last = (await db.meta.get(CHECKED))?.value as number | undefined;
    if (last !== undefined && now - last < CONTENT_CHECK_EVERY_MS && last <= now) return false;
    await db.meta.put({ key: CHECKED, value: now });
    return true;
  });
}
