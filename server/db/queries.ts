/** Read queries, always scoped by commune; rows come back in the shared record shapes. */
import type { Session, Village } from '../../src/core/schemas';
import type { Queryable } from './executor';

const ISO_UTC = `'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`;

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

export function listSessions(db: Queryable, communeCode: string): Promise<Session[]> {
  return db.query<Session>(
    `select id::text, commune_code as "communeCode", village_id as "villageId",
            to_char(session_date, 'YYYY-MM-DD') as date, topics,
            to_char(created_at at time zone 'UTC', ${ISO_UTC}) as "createdAt",
            to_char(updated_at at time zone 'UTC', ${ISO_UTC}) as "updatedAt"
     from sessions where commune_code = $1 order by session_date desc, id desc`,
    [communeCode],
  );
}
