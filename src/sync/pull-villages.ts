/** Refreshes the commune's village list from the server. */
import { villagesResponseSchema } from '../core/wire';
import { replaceVillages } from '../db/villages';
import { requestJson } from './http';

export async function pullVillages(communeCode: string): Promise<void> {
  const res = await requestJson(
    `/api/villages?commune=${encodeURIComponent(communeCode)}`,
    villagesResponseSchema,
  );
  await replaceVillages(communeCode, res.villages);
}
