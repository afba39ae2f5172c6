/** Small device facts kept in the meta table: sync id and one-time flags. */
import { newId } from '../core/ids';
import { db } from './db';

/** This device's id for sync, made on first use and kept for the life of the store. */
export async function getClientId(): Promise<string> {
  return db.transaction('rw', db.meta, async () => {
    const row = await db.meta.get('clientId');
    if (typeof row?.value === 'string') return row.value;
    const id = newId();
    await db.meta.put({ key: 'clientId', value: id });
    return id;
  });
}

/** Sets a flag and says whether it was newly set (true the first time only). */
export async function setFlagOnce(key: string): Promise<boolean> {
  return db.transaction('rw', db.meta, async () => {
    if (await db.meta.get(key)) return false;
    await db.meta.put({ key, value: new Date().toISOString() });
    return true;
  });
}
