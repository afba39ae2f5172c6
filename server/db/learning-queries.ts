/** Reads of the learning tables outside a push (server/db/learning-push.ts has the push's). */
import type { ModuleCode } from '../../src/core/curriculum';
import type { Queryable } from './executor';
import { isoUtc } from './sql';

export interface CertificateFound {
  moduleCode: ModuleCode;
  completedAt: string;
  villageId: string | null;
}

/** The completion whose certificate code is `code` in `commune`, with its profile's village. */
export async function findCertificate(
  db: Queryable,
  commune: string,
  code: string,
): Promise<CertificateFound | undefined> {
  const [row] = await db.query<CertificateFound & Record<string, unknown>>(
    `select c.module_code as "moduleCode", ${isoUtc('c.completed_at')} as "completedAt",
            p.village_id as "villageId"
     from module_completions c
     join learner_profiles p on p.commune_code = c.commune_code and p.id = c.profile_id
     where c.commune_code = $1 and c.code = $2`,
    [commune, code],
  );
  return row;
}
