import { useLive } from '../../../app/use-live';
import { listVillages, listVolunteers } from '../../../db/reference';
import type { NameBook } from './nominees';

export interface Names extends NameBook {
  volunteers: { id: string; name: string }[];
  villages: { id: string; name: string }[];
}

/** The commune's volunteers and villages as cached on this device (Vietnamese order). */
export function useNames(communeCode: string): Names | undefined {
  const lists = useLive(
    async () => ({
      volunteers: await listVolunteers(communeCode),
      villages: await listVillages(communeCode),
    }),
    [communeCode],
  );
  if (!lists) return undefined;
  const volunteers = lists.volunteers.map((v) => ({ id: v.id, name: v.displayName }));
  const villages = lists.villages.map((v) => ({ id: v.id, name: v.name }));
  const volunteerNames = new Map(volunteers.map((v) => [v.id, v.name]));
  const villageNames = new Map(villages.map((v) => [v.id, v.name]));
  return {
    volunteers,
    villages,
    volunteer: (id) => volunteerNames.get(id),
    village: (id) => villageNames.get(id),
  };
}
