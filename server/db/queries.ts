/** Reference data queries, always scoped; rows come back in the shared record shapes. */
import { compareVi } from '../../src/core/text';
import type { Village } from '../../src/core/village';
import type { Volunteer } from '../../src/core/volunteer';
import type { Queryable } from './executor';
import { type Scope, scopeFilter } from './scope';

export async function communeExists(db: Queryable, communeCode: string): Promise<boolean> {
  return (await db.query('select 1 from communes where code = $1', [communeCode])).length > 0;
}

/** The villages in the scope (a learner's scope lists none, yet may see every village's name). */
export function listVillages(db: Queryable, scope: Scope): Promise<Village[]> {
  const f = scopeFilter(scope, 'v', 1, 'id');
  return db.query<Village>(
    `select id, commune_code as "communeCode", name, former_commune as "formerCommune",
            sort_order as "sortOrder", adults
     from villages v where ${f.sql} order by sort_order`,
    f.params,
  );
}

/** Everyone who can facilitate a session (volunteers and officers), in Vietnamese name order. */
export async function listVolunteers(db: Queryable, communeCode: string): Promise<Volunteer[]> {
  const rows = await db.query<Volunteer>(
    `select id::text, commune_code as "communeCode", display_name as "displayName"
     from users where commune_code = $1 and role in ('volunteer', 'admin')`,
    [communeCode],
  );
  return rows.sort((a, b) => compareVi(a.displayName, b.displayName) || (a.id < b.id ? -1 : 1));
}
