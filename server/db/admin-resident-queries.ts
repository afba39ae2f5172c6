/**
 * Reads and erases one resident's data for the residents' rights (issue 4, item 6): the roster
 * row, their attendance with the sessions it was at, and feedback linked to them. Every function
 * takes the caller's commune first; a resident of another commune is not found.
 */
import type { Feedback } from '../../src/core/feedback';
import type { AgeGroup, Consent, Resident } from '../../src/core/resident';
import { nextChangeSeq } from './changes';
import type { Queryable } from './executor';
import { isoDay, isoUtc } from './sql';

/** A roster row as the administrator's search lists it. */
export type ResidentSummary = {
  id: string;
  fullName: string | null;
  villageId: string;
  birthYear: number | null;
  erased: boolean;
};

export function listResidentSummaries(db: Queryable, commune: string): Promise<ResidentSummary[]> {
  return db.query<ResidentSummary>(
    `select id::text, full_name as "fullName", village_id as "villageId",
            birth_year as "birthYear", erased
     from residents where commune_code = $1`,
    [commune],
  );
}

/** A resident row's columns, named as ResidentRow. */
export const RESIDENT_COLUMNS = `id::text, commune_code as "communeCode", erased,
  full_name as "fullName", birth_year as "birthYear", sex, village_id as "villageId", phone,
  age_group as "ageGroup", consent,
  ${isoUtc('created_at')} as "createdAt", ${isoUtc('updated_at')} as "updatedAt"`;

export type ResidentRow = {
  id: string;
  communeCode: string;
  erased: boolean;
  fullName: string | null;
  birthYear: number | null;
  sex: 'female' | 'male' | null;
  villageId: string;
  phone: string | null;
  ageGroup: AgeGroup | null;
  consent: Consent | null;
  createdAt: string;
  updatedAt: string;
};

/** The row in the shape of src/core/resident.ts (the table's check guarantees the nulls). */
export function toResident(r: ResidentRow): Resident {
  const meta = { id: r.id, communeCode: r.communeCode, createdAt: r.createdAt };
  if (r.erased) {
    return {
      ...meta,
      updatedAt: r.updatedAt,
      erased: true,
      villageId: r.villageId,
      sex: r.sex,
      ageGroup: r.ageGroup ?? '60_plus',
    };
  }
  return {
    ...meta,
    updatedAt: r.updatedAt,
    erased: false,
    fullName: r.fullName ?? '',
    birthYear: r.birthYear ?? 0,
    sex: r.sex,
    villageId: r.villageId,
    phone: r.phone,
    consent: r.consent as Consent,
  };
}

/** The resident, locked for a change when `lock` is set. */
export async function findResident(
  db: Queryable,
  commune: string,
  id: string,
  opts: { lock?: boolean } = {},
): Promise<Resident | undefined> {
  const [row] = await db.query<ResidentRow>(
    `select ${RESIDENT_COLUMNS} from residents where commune_code = $1 and id = $2 ${opts.lock ? 'for update' : ''}`,
    [commune, id],
  );
  return row && toResident(row);
}

/** One attendance row with what the session was: when, where, what it taught. */
export type AttendanceExport = {
  sessionId: string;
  present: boolean;
  updatedAt: string;
  date: string;
  startTime: string;
  villageId: string;
  venue: string;
  kind: string;
  topics: string[];
  cancelledAt: string | null;
};

export function listResidentAttendance(
  db: Queryable,
  commune: string,
  residentId: string,
): Promise<AttendanceExport[]> {
  return db.query<AttendanceExport>(
    `select a.session_id::text as "sessionId", a.present, ${isoUtc('a.updated_at')} as "updatedAt",
            ${isoDay('s.session_date')} as date, s.start_time as "startTime",
            s.village_id as "villageId", s.venue, s.kind, s.topics,
            ${isoUtc('s.cancelled_at')} as "cancelledAt"
     from attendance a
     join sessions s on s.commune_code = a.commune_code and s.id = a.session_id
     where a.commune_code = $1 and a.resident_id = $2
     order by s.session_date, s.start_time, s.id`,
    [commune, residentId],
  );
}

/** Feedback linked to the resident (given by them, or recorded for them with their consent). */
export function listResidentFeedback(
  db: Queryable,
  commune: string,
  residentId: string,
): Promise<Feedback[]> {
  return db.query<Feedback>(
    `select id::text, commune_code as "communeCode", session_id::text as "sessionId",
            village_id as "villageId", rating, helped, hard, tags, text,
            by_resident as "byResident", resident_id::text as "residentId", consent,
            ${isoUtc('created_at')} as "createdAt"
     from feedback where commune_code = $1 and resident_id = $2 order by created_at, id`,
    [commune, residentId],
  );
}

/** Keeps village, sex and age group for the counts; everything naming the person goes. */
export async function eraseResidentRow(
  db: Queryable,
  commune: string,
  id: string,
  ageGroup: AgeGroup,
): Promise<void> {
  await db.query(
    `update residents set erased = true, full_name = null, birth_year = null, phone = null,
       consent = null, age_group = $3, updated_at = greatest(updated_at, now()),
       server_updated_at = now(), change_seq = $4
     where commune_code = $1 and id = $2`,
    [commune, id, ageGroup, await nextChangeSeq(db, commune)],
  );
}

/**
 * Unlinks the resident's feedback and clears its words (they may quote or name the person);
 * rating, tags, village and session stay for the aggregates. Answers how many rows it changed.
 */
export async function unlinkResidentFeedback(
  db: Queryable,
  commune: string,
  residentId: string,
): Promise<number> {
  const rows = await db.query<{ id: string }>(
    'select id::text from feedback where commune_code = $1 and resident_id = $2 order by id',
    [commune, residentId],
  );
  // One change number per row: a pull page never ends between two rows of one number.
  for (const { id } of rows) {
    await db.query(
      `update feedback set resident_id = null, consent = null, helped = '', hard = '', text = '',
         change_seq = $3
       where commune_code = $1 and id = $2`,
      [commune, id, await nextChangeSeq(db, commune)],
    );
  }
  return rows.length;
}
