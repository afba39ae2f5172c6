/**
 * Participants as the commendation screens show them: a volunteer or a village of the data (with
 * the year's figures) or a participant entered by hand, each with its checklist for the year.
 */
import {
  defaultKind,
  isCollective,
  NOMINEE_TYPES,
  type NomineeType,
  nomineeKey,
} from '../../../core/commendation';
import {
  type ChecklistEntry,
  type CommendationYear,
  emptyChecklist,
} from '../../../core/commendation-record';
import type { Indicators, ReachFigures, VillageFigures } from '../../../core/indicators';
import { compareByGivenName, compareVi } from '../../../core/text';

export interface Nominee {
  type: NomineeType;
  id: string;
  key: string;
  name: string;
  entry: ChecklistEntry;
  /**
   * The year's figures (zeros for a volunteer or village without sessions); null for a participant
   * entered by hand, of whom the data knows nothing, and while no figures are at hand.
   */
  figures: ReachFigures | null;
  /** A village's own figures (completions, share of adults reached). */
  village?: VillageFigures;
}

export interface NameBook {
  volunteer: (id: string) => string | undefined;
  village: (id: string) => string | undefined;
}

export const isNomineeType = (s: string): s is NomineeType =>
  (NOMINEE_TYPES as readonly string[]).includes(s);

const ZERO: ReachFigures = {
  sessions: 0,
  attendances: 0,
  uniqueResidents: 0,
  vneidActivations: 0,
  onlineApplications: 0,
  cashlessAccounts: 0,
};

/** One participant, or undefined when nothing of that type and id is known on this device. */
export function nomineeOf(
  type: NomineeType,
  id: string,
  record: CommendationYear,
  indicators: Indicators | undefined,
  names: NameBook,
): Nominee | undefined {
  const key = nomineeKey(type, id);
  if (type === 'other') {
    const other = record.others.find((o) => o.id === id);
    if (!other) return undefined;
    const entry = record.checklists[key] ?? emptyChecklist(other.kind);
    return {
      type,
      id,
      key,
      name: other.name,
      entry: { ...entry, kind: other.kind },
      figures: null,
    };
  }
  const entry = record.checklists[key] ?? emptyChecklist(defaultKind(type));
  if (type === 'volunteer') {
    const name = names.volunteer(id);
    const row = indicators?.byVolunteer.find((v) => v.volunteerId === id);
    if (name === undefined && !row) return undefined;
    return { type, id, key, name: name ?? id, entry, figures: indicators ? (row ?? ZERO) : null };
  }
  const name = names.village(id);
  const village = indicators?.byVillage.find((v) => v.villageId === id);
  if (name === undefined && !village) return undefined;
  const figures = indicators ? (village ?? ZERO) : null;
  return { type, id, key, name: name ?? id, entry, figures, village };
}

const typeAndId = (key: string): [NomineeType, string] | undefined => {
  const at = key.indexOf(':');
  const type = key.slice(0, at);
  return at > 0 && isNomineeType(type) ? [type, key.slice(at + 1)] : undefined;
};

/**
 * The year's nominees for the proposal's list: those marked nominated, plus `current` (the one
 * whose dossier is open); collectives first, then individuals, each in Vietnamese list order.
 */
export function nominatedList(
  record: CommendationYear,
  indicators: Indicators | undefined,
  names: NameBook,
  current?: Nominee,
): Nominee[] {
  const out = new Map<string, Nominee>();
  for (const [key, entry] of Object.entries(record.checklists)) {
    const parsed = entry.nominated ? typeAndId(key) : undefined;
    const nominee = parsed && nomineeOf(parsed[0], parsed[1], record, indicators, names);
    if (nominee) out.set(key, nominee);
  }
  if (current) out.set(current.key, current);
  const collective = (n: Nominee) => isCollective(n.entry.kind);
  return [...out.values()].sort(
    (a, b) =>
      Number(collective(b)) - Number(collective(a)) ||
      (collective(a) ? compareVi(a.name, b.name) : compareByGivenName(a.name, b.name)),
  );
}
