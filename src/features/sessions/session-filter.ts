/** The session list's filters and search, applied in memory (5,000 sessions filter in a few ms). */
import type { ModuleCode } from '../../core/curriculum';
import { monthOf } from '../../core/dates';
import type { Session, SessionKind } from '../../core/session';
import { foldVi, matchesQuery } from '../../core/text';

export interface SessionFilter {
  villageId: string;
  topic: ModuleCode | '';
  kind: SessionKind | '';
  from: string;
  to: string;
  query: string;
  showCancelled: boolean;
}

export const NO_FILTER: SessionFilter = {
  villageId: '',
  topic: '',
  kind: '',
  from: '',
  to: '',
  query: '',
  showCancelled: false,
};

/**
 * Sessions matching every set filter. The search looks, ignoring diacritics, in the village's name,
 * the venue, the notes and the topics' titles (given by `topicTitle`, in the current language).
 */
export function filterSessions(
  sessions: Session[],
  f: SessionFilter,
  villageName: (id: string) => string,
  topicTitle: (code: ModuleCode) => string,
): Session[] {
  const searching = f.query.trim() !== '';
  return sessions.filter((s) => {
    if (!f.showCancelled && s.cancelledAt) return false;
    if (f.villageId && s.villageId !== f.villageId) return false;
    if (f.topic && !s.topics.includes(f.topic)) return false;
    if (f.kind && s.kind !== f.kind) return false;
    if (f.from && s.date < f.from) return false;
    if (f.to && s.date > f.to) return false;
    if (!searching) return true;
    const haystack = foldVi(
      [villageName(s.villageId), s.venue, s.notes, ...s.topics.map(topicTitle)].join(' '),
    );
    return matchesQuery(haystack, f.query);
  });
}

/** Consecutive runs of sessions by month (yyyy-MM), keeping the list's order. */
export function groupByMonth(sessions: Session[]): { month: string; sessions: Session[] }[] {
  const groups: { month: string; sessions: Session[] }[] = [];
  for (const s of sessions) {
    const month = monthOf(s.date);
    const last = groups[groups.length - 1];
    if (last?.month === month) last.sessions.push(s);
    else groups.push({ month, sessions: [s] });
  }
  return groups;
}
