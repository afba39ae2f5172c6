/**
 * The village rosters. Adding a resident records the consent given; erasing one (on request)
 * removes name, birth year, phone and consent and keeps only what anonymous counts need.
 */
import { newId } from '../core/ids';
import {
  type ActiveResident,
  activeResidentSchema,
  type Consent,
  erase,
  type Resident,
  type ResidentInput,
  residentInputSchema,
  residentSchema,
} from '../core/resident';
import { compareByGivenName, foldVi } from '../core/text';
import { db } from './db';
import { enqueue, outboxTables } from './outbox';
import { requestPersistenceOnce } from './persist';

/** Stores a resident and queues it; call inside a transaction over residents and outboxTables(). */
export async function putResident(resident: Resident): Promise<Resident> {
  const valid = residentSchema.parse(resident);
  const previous = await db.residents.get(valid.id);
  await db.residents.put(valid);
  await enqueue({ name: 'resident.put', args: valid }, valid.id, previous);
  return valid;
}

/** Builds a new resident from the form and the consent just given (not yet stored). */
export function newResident(
  communeCode: string,
  input: ResidentInput,
  consent: Consent,
): ActiveResident {
  const now = new Date().toISOString();
  return activeResidentSchema.parse({
    ...residentInputSchema.parse(input),
    id: newId(),
    communeCode,
    erased: false,
    consent,
    createdAt: now,
    updatedAt: now,
  });
}

export async function addResident(
  communeCode: string,
  input: ResidentInput,
  consent: Consent,
): Promise<ActiveResident> {
  const resident = newResident(communeCode, input, consent);
  await db.transaction('rw', [db.residents, ...outboxTables()], () => putResident(resident));
  void requestPersistenceOnce();
  return resident;
}

export async function updateResident(id: string, input: ResidentInput): Promise<ActiveResident> {
  return db.transaction('rw', [db.residents, ...outboxTables()], async () => {
    const current = await db.residents.get(id);
    if (!current || current.erased) throw new Error(`No resident ${id}`);
    const next: ActiveResident = {
      ...current,
      ...residentInputSchema.parse(input),
      updatedAt: new Date().toISOString(),
    };
    await putResident(next);
    return next;
  });
}

/** Erases a resident on request: the person's data goes, their attendance stays countable. */
export async function eraseResident(id: string): Promise<void> {
  await db.transaction('rw', [db.residents, ...outboxTables()], async () => {
    const current = await db.residents.get(id);
    if (!current || current.erased) return;
    await putResident(erase(current, new Date().toISOString()));
  });
}

/**
 * Residents an administrator erased on the server: erased here too, and any change to them still
 * waiting in the outbox is dropped (it holds the name). Not queued: the server already has it.
 */
export async function applyServerErasures(ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await db.transaction('rw', [db.residents, ...outboxTables()], async () => {
    const now = new Date().toISOString();
    const found = await db.residents.bulkGet([...ids]);
    const erased = found
      .filter((r): r is ActiveResident => !!r && !r.erased)
      .map((r) => erase(r, now));
    await db.residents.bulkPut(erased);
    await db.outbox
      .where('recordId')
      .anyOf([...ids])
      .filter((e) => e.name === 'resident.put')
      .delete();
  });
}

export async function getResident(id: string): Promise<Resident | undefined> {
  return db.residents.get(id);
}

/** A village's roster (erased people left out), in Vietnamese list order: by given name. */
export async function listRoster(villageId: string): Promise<ActiveResident[]> {
  const rows = await db.residents.where('villageId').equals(villageId).toArray();
  return rows
    .filter((r): r is ActiveResident => !r.erased)
    .sort((a, b) => compareByGivenName(a.fullName, b.fullName));
}

/** Residents who are probably the same person: same folded name, birth year and village. */
export async function likelyDuplicates(input: {
  fullName: string;
  birthYear: number;
  villageId: string;
}): Promise<ActiveResident[]> {
  const name = foldVi(input.fullName);
  const rows = await db.residents.where('villageId').equals(input.villageId).toArray();
  return rows.filter(
    (r): r is ActiveResident =>
      !r.erased && r.birthYear === input.birthYear && foldVi(r.fullName) === name,
  );
}
