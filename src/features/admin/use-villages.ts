import { useLive } from '../../app/use-live';
import type { Village } from '../../core/village';
import { listVillages } from '../../db/reference';

export interface Villages {
  list: Village[];
  name: (id: string) => string;
}

/** The commune's villages from the device's cached reference lists (Vietnamese order). */
export function useVillages(communeCode: string | undefined): Villages | undefined {
  const list = useLive(async () => (communeCode ? listVillages(communeCode) : []), [communeCode]);
  if (!list) return undefined;
  const names = new Map(list.map((v) => [v.id, v.name]));
  return { list, name: (id) => names.get(id) ?? id };
}
