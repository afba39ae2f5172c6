/** Villages of the commune, cached on the device from the server for offline use. */
import type { Village } from '../core/schemas';
import { compareVi } from '../core/text';
import { db } from './db';

export async function listVillages(communeCode: string): Promise<Village[]> {
  const rows = await db.villages.where('communeCode').equals(communeCode).toArray();
  return rows.sort((a, b) => compareVi(a.name, b.name));
}

/** Replaces the commune's village list with the server's (the list is versioned data). */
export async function replaceVillages(communeCode: string, villages: Village[]): Promise<void> {
  await db.transaction('rw', db.villages, async () => {
    await db.villages.where('communeCode').equals(communeCode).delete();
    await db.villages.bulkPut(villages);
  });
}
