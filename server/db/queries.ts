/** Reference data queries, always scoped by commune; rows come back in the shared record shapes. */
import { compareVi } from '../../src/core/text';
import type { Village } from '../../src/core/village';
import type { Volunteer } from '../../src/core/volunteer';
import type { Queryable } from './executor';

export async function communeExists(db: Queryable, communeCode: string): Promise<boolean> {
  return (await db.query('select 1 from communes where code = $1', [communeCode])).length > 0;
}

export function listVillages(db: Queryable, communeCode: string): Promise<Village[]> {
  return db.query<Village>(
    `select id, commune_code as "communeCode", name, former_commune as "formerCommune",
            sort_order as "sortOrder"
     from villages where commune_code = $1 order by sort_order`,
    [communeCode],
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
