/** Searching a roster: names folded once per roster, then matched per keystroke. */
import type { ActiveResident } from '../../core/resident';
import { foldVi, matchesQuery, wholeWordHits } from '../../core/text';

export interface Searchable {
  resident: ActiveResident;
  folded: string;
}

export const indexRoster = (roster: ActiveResident[]): Searchable[] =>
  roster.map((resident) => ({ resident, folded: foldVi(resident.fullName) }));

/**
 * Residents whose name matches the query ignoring marks and case (a birth year in the query
 * narrows it); whole-word matches first, the roster's order otherwise.
 */
export function searchRoster(index: Searchable[], query: string): ActiveResident[] {
  const years = query.match(/\b(19|20)\d{2}\b/g) ?? [];
  const words = query.replace(/\b(19|20)\d{2}\b/g, ' ');
  const found = index.filter(
    (x) => matchesQuery(x.folded, words) && years.every((y) => String(x.resident.birthYear) === y),
  );
  if (!words.trim()) return found.map((x) => x.resident);
  return found
    .map((x) => ({ x, hits: wholeWordHits(x.folded, words) }))
    .sort((a, b) => b.hits - a.hits)
    .map(({ x }) => x.resident);
}
