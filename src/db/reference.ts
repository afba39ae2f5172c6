/** The commune's reference data (villages, volunteers), cached from the server for offline use. */
import { compareVi } from '../core/text';
import type { Village } from '../core/village';
import type { Volunteer } from '../core/volunteer';
import { db } from './db';

export async function listVillages(communeCode: string): Promise<Village[]> {
  const rows = await db.villages.where('communeCode').equals(communeCode).toArray();
  return rows.sort((a, b) => compareVi(a.name, b.name));
}

export async function listVolunteers(communeCode: string): Promise<Volunteer[]> {
  const rows = await db.volunteers.where('communeCode').equals(communeCode).toArray();
  return rows.sort((a, b) => compareVi(a.displayName, b.displayName));
}

/** Replaces the commune's reference lists with the server's (they are versioned data). */
export async function replaceReference(
  communeCode: string,
  villages: Village[],
  volunteers: Volunteer[],
): Promise<void> {
  await db.transaction('rw', db.villages, db.volunteers, async () => {
    await db.villages.where('communeCode').equals(communeCode).delete();
    await db.villages.bulkPut(villages);
    await db.volunteers.where('communeCode').equals(communeCode).delete();
    await db.volunteers.bulkPut(volunteers);
  });
}
