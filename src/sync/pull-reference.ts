/**
 * Refreshes the commune's reference data (villages, volunteers) from the server, and erases on
 * this phone the residents an administrator erased (their names must not outlive the erasure).
 */
import { referenceResponseSchema } from '../core/wire';
import { replaceReference } from '../db/reference';
import { applyServerErasures } from '../db/residents';
import { authorizedJson } from './auth-fetch';

/** `communeCode` is the signed-in account's; the server answers for its token's commune. */
export async function pullReference(
  communeCode: string,
  send: typeof authorizedJson = authorizedJson,
): Promise<void> {
  const res = await send('/api/reference', referenceResponseSchema);
  await replaceReference(communeCode, res.villages, res.volunteers);
  await applyServerErasures(res.erasedResidents);
}
