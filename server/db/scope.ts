/**
 * Tenancy, in one place: what part of the data a caller may reach. Every query of tenant data takes
 * a Scope and builds its filter here, so no route ever names a commune or a village itself. An
 * administrator reaches the whole commune; a volunteer only the villages assigned to them.
 */

export interface Scope {
  readonly commune: string;
  /** 'all' for an administrator; the assigned villages for a volunteer; none for a learner. */
  readonly villages: readonly string[] | 'all';
}

/**
 * The SQL condition limiting `alias` rows (which have commune_code and village_id) to the scope,
 * with its parameters numbered from `firstParam`. Villages go in as JSON text, which both drivers
 * pass the same way (see sql.ts).
 * @example
 *   const f = scopeFilter(scope, 's', 1);
 *   db.query(`select … from sessions s where ${f.sql}`, f.params);
 */
export function scopeFilter(
  scope: Scope,
  alias: string,
  firstParam: number,
  villageColumn = 'village_id',
): { sql: string; params: unknown[] } {
  const commune = `${alias}.commune_code = $${firstParam}`;
  if (scope.villages === 'all') return { sql: commune, params: [scope.commune] };
  return {
    sql: `${commune} and ${alias}.${villageColumn} in
      (select jsonb_array_elements_text($${firstParam + 1}::text::jsonb))`,
    params: [scope.commune, JSON.stringify(scope.villages)],
  };
}

/**
 * As scopeFilter, with a volunteer's villages as one parameter each (`in ($2, $3)`) instead of one
 * JSON array: the planner then knows them and estimates what share of the rows they hold. The
 * reports use it, where that turns a scan of a year's attendance into look-ups for one village's
 * sessions (a volunteer's dashboard in bench:reports' large commune: about 250 → 50 ms).
 */
export function scopeFilterListed(
  scope: Scope,
  alias: string,
  firstParam: number,
  villageColumn = 'village_id',
): { sql: string; params: unknown[] } {
  const commune = `${alias}.commune_code = $${firstParam}`;
  if (scope.villages === 'all') return { sql: commune, params: [scope.commune] };
  if (scope.villages.length === 0) return { sql: `${commune} and false`, params: [scope.commune] };
  const listed = scope.villages.map((_, i) => `$${firstParam + 1 + i}`).join(', ');
  return {
    sql: `${commune} and ${alias}.${villageColumn} in (${listed})`,
    params: [scope.commune, ...scope.villages],
  };
}

/** Whether a village is inside the scope (the commune is checked by the caller's queries). */
export const scopeHasVillage = (scope: Scope, villageId: string): boolean =>
  scope.villages === 'all' || scope.villages.includes(villageId);

/**
 * A pull narrowed to a time window (yyyy-MM-dd, a day in Vietnam), as parameter $n (null: no
 * window): sessions from that day on, their attendance, and feedback given from that day on.
 */
export function sinceParam(n: number) {
  return {
    sessions: (alias: string) =>
      `($${n}::text is null or ${alias}.session_date >= $${n}::text::date)`,
    feedback: (alias: string) =>
      `($${n}::text is null or ${alias}.created_at >= ($${n}::text || 'T00:00:00+07:00')::timestamptz)`,
  };
}
