import { useLive } from '../../app/use-live';
import type { Village } from '../../core/village';
import { listVillages } from '../../db/reference';

export interface VillageNames {
  /** False while the phone's list is being read (names would show as ids meanwhile). */
  loaded: boolean;
  list: readonly Village[];
  /** The village's name; its id when this phone has not cached it (yet). */
  name: (id: string) => string;
}

/** The commune's villages as cached on the phone, for names beside the figures. */
export function useVillageNames(communeCode: string): VillageNames {
  const list = useLive(() => listVillages(communeCode), [communeCode]);
  const names = new Map((list ?? []).map((v) => [v.id, v.name]));
  return { loaded: list !== undefined, list: list ?? [], name: (id) => names.get(id) ?? id };
}
