/**
 * Drafts: a form's unsaved input, written as the volunteer types, so it survives a reload, a crash,
 * going offline and an app update. Cleared when the form is saved or deliberately discarded.
 */
import { db } from './db';

export async function loadDraft<T>(key: string): Promise<T | undefined> {
  return (await db.drafts.get(key))?.value as T | undefined;
}

export async function saveDraft(key: string, value: unknown): Promise<void> {
  await db.drafts.put({ key, value, updatedAt: new Date().toISOString() });
}

export async function clearDraft(key: string): Promise<void> {
  await db.drafts.delete(key);
}
