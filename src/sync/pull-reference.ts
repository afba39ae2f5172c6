/** Refreshes the commune's reference data (villages, volunteers) from the server. */
import { referenceResponseSchema } from '../core/wire';
import { replaceReference } from '../db/reference';
import { requestJson } from './http';

export async function pullReference(communeCode: string): Promise<void> {
  const res = await requestJson(
    `/api/reference?commune=${encodeURIComponent(communeCode)}`,
    referenceResponseSchema,
  );
  await replaceReference(communeCode, res.villages, res.volunteers);
}
