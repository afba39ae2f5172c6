import { AGE_GROUPS, type AgeGroup, ageGroupOf, type Resident } from './resident';

export interface AttendanceSummary {
  total: number;
  bySex: { female: number; male: number; unknown: number };
  byAge: Record<AgeGroup, number>;
}

/** Counts of people present, by sex and by age group in the session's year (erased people too). */
export function summarizeAttendance(present: Resident[], sessionYear: number): AttendanceSummary {
  const bySex = { female: 0, male: 0, unknown: 0 };
  const byAge = Object.fromEntries(AGE_GROUPS.map((g) => [g, 0])) as Record<AgeGroup, number>;
  for (const r of present) {
    bySex[r.sex ?? 'unknown'] += 1;
    byAge[r.erased ? r.ageGroup : ageGroupOf(r.birthYear, sessionYear)] += 1;
  }
  return { total: present.length, bySex, byAge };
}
