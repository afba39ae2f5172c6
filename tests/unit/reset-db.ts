import { db } from '../../src/db/db';

/** Empties every table of the device store between tests. */
export async function resetDb(): Promise<void> {
  await db.open();
  await db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) await table.clear();
  });
}
