/**
 * The writes of a push batch (server/services/push-batch.ts), one statement per table, all sent at
 * once (one pipeline on PostgreSQL, run in the order sent: sessions and residents before the
 * attendance and feedback that name them): rows go in as one JSON array (jsonb_to_recordset), which
 * both drivers pass the same way. Every written row takes its own change number from one block
 * taken for the whole batch, so a pull page never ends between two rows of one number.
 */
import type { Feedback } from '../../src/core/feedback';
import type { Clocked } from '../../src/core/merge';
import type { Resident } from '../../src/core/resident';
import type { StoredSession } from '../../src/core/session';
import { attendanceKey, type PushBatch } from '../services/push-batch';
import { takeNumbers } from './changes';
import type { Queryable } from './executor';
import { writeLearning } from './learning-push';

type Writes = PushBatch['writes'];

/**
 * Writes everything `writes` holds for `commune`, in the caller's transaction, which holds the
 * commune's change lock and read `lastNumber`, its last change number, under it.
 */
export async function writePushBatch(
  tx: Queryable,
  commune: string,
  clientId: string,
  writes: Writes,
  lastNumber: number,
): Promise<void> {
  const unlinked = await storedFeedbackOf(tx, commune, [...writes.unlinkFeedbackOf]);
  const restamps = {
    sessions: new Set<string>(),
    residents: new Set<string>(),
    feedback: new Set<string>(),
  };
  for (const { table, id } of writes.restamps) restamps[table].add(id);
  for (const id of writes.sessions.keys()) restamps.sessions.delete(id);
  for (const id of writes.residents.keys()) restamps.residents.delete(id);
  for (const f of writes.feedback) restamps.feedback.delete(f.id);
  for (const id of unlinked) restamps.feedback.delete(id);
  const attendanceRestamps = [
    ...new Map(writes.attendanceRestamps.map((a) => [attendanceKey(a), a])).entries(),
  ]
    .filter(([key]) => !writes.attendance.has(key))
    .map(([, a]) => a);

  const total =
    writes.sessions.size +
    writes.residents.size +
    writes.attendance.size +
    writes.feedback.length +
    writes.conflicts.length +
    restamps.sessions.size +
    restamps.residents.size +
    restamps.feedback.size +
    unlinked.length +
    attendanceRestamps.length;
  let next = lastNumber + 1;
  const number = () => next++;
  await Promise.all([
    total > 0 &&
      takeNumbers(tx, commune, total).then((last) => {
        if (last !== lastNumber + total)
          throw new Error("the commune's change numbers moved while its lock was held");
      }),
    upsertSessions(tx, commune, [...writes.sessions.values()], number),
    upsertResidents(tx, commune, [...writes.residents.values()], number),
    upsertAttendance(tx, commune, writes, number),
    insertFeedback(tx, commune, writes.feedback, number),
    insertConflicts(tx, commune, writes, number),
    unlinkFeedback(tx, commune, unlinked, number),
    ...(['sessions', 'residents', 'feedback'] as const).map((table) =>
      restamp(tx, commune, table, [...restamps[table]], number),
    ),
    restampAttendance(tx, commune, attendanceRestamps, number),
    writeLearning(tx, commune, writes),
    insertClamps(tx, commune, writes.clamps),
    insertRejections(tx, commune, clientId, writes.rejections),
  ]);
}

async function insertClamps(
  tx: Queryable,
  commune: string,
  clamps: Writes['clamps'],
): Promise<void> {
  if (clamps.length === 0) return;
  await tx.query(
    `insert into hlc_clamps (commune_code, node, original, effective)
     select $1, x.node, x.original, x.effective
     from jsonb_to_recordset($2::text::jsonb) as x(node text, original text, effective text)
     on conflict do nothing`,
    [commune, JSON.stringify(clamps)],
  );
}

async function insertRejections(
  tx: Queryable,
  commune: string,
  clientId: string,
  rejections: Writes['rejections'],
): Promise<void> {
  if (rejections.length === 0) return;
  await tx.query(
    `insert into sync_rejections (commune_code, client_id, seq, reason)
     select $1, $2, x.seq, x.reason from jsonb_to_recordset($3::text::jsonb) as x(seq bigint, reason text)
     on conflict do nothing`,
    [commune, clientId, JSON.stringify(rejections)],
  );
}

const rowsParam = <T>(rows: T[], toRow: (r: T) => object) => JSON.stringify(rows.map(toRow));

async function upsertSessions(
  tx: Queryable,
  commune: string,
  rows: Clocked<StoredSession>[],
  number: () => number,
): Promise<void> {
  if (rows.length === 0) return;
  await tx.query(
    `insert into sessions (commune_code, id, village_id, session_date, start_time,
       duration_minutes, venue, kind, target_groups, topics, facilitators, vneid_activations,
       online_applications, cashless_accounts, notes, cancelled_at, created_at, updated_at,
       clocks, change_seq)
     select $1, x.* from jsonb_to_recordset($2::text::jsonb) as x(id uuid, village_id text,
       session_date date, start_time text, duration_minutes integer, venue text, kind text,
       target_groups jsonb, topics jsonb, facilitators jsonb, vneid_activations integer,
       online_applications integer, cashless_accounts integer, notes text,
       cancelled_at timestamptz, created_at timestamptz, updated_at timestamptz, clocks jsonb,
       change_seq bigint)
     on conflict (commune_code, id) do update set
       village_id = excluded.village_id, session_date = excluded.session_date,
       start_time = excluded.start_time, duration_minutes = excluded.duration_minutes,
       venue = excluded.venue, kind = excluded.kind, target_groups = excluded.target_groups,
       topics = excluded.topics, facilitators = excluded.facilitators,
       vneid_activations = excluded.vneid_activations,
       online_applications = excluded.online_applications,
       cashless_accounts = excluded.cashless_accounts, notes = excluded.notes,
       cancelled_at = excluded.cancelled_at, updated_at = excluded.updated_at,
       clocks = excluded.clocks, change_seq = excluded.change_seq, server_updated_at = now()`,
    [
      commune,
      rowsParam(rows, ({ record: s, clocks }) => ({
        id: s.id,
        village_id: s.villageId,
        session_date: s.date,
        start_time: s.startTime,
        duration_minutes: s.durationMinutes,
        venue: s.venue,
        kind: s.kind,
        target_groups: s.targetGroups,
        topics: s.topics,
        facilitators: s.facilitators,
        vneid_activations: s.vneidActivations,
        online_applications: s.onlineApplications,
        cashless_accounts: s.cashlessAccounts,
        notes: s.notes,
        cancelled_at: s.cancelledAt,
        created_at: s.createdAt,
        updated_at: s.updatedAt,
        clocks,
        change_seq: number(),
      })),
    ],
  );
}

async function upsertResidents(
  tx: Queryable,
  commune: string,
  rows: Clocked<Resident>[],
  number: () => number,
): Promise<void> {
  if (rows.length === 0) return;
  await tx.query(
    `insert into residents (commune_code, id, village_id, erased, full_name, birth_year, sex,
       phone, age_group, consent, created_at, updated_at, clocks, change_seq)
     select $1, x.* from jsonb_to_recordset($2::text::jsonb) as x(id uuid, village_id text,
       erased boolean, full_name text, birth_year integer, sex text, phone text, age_group text,
       consent jsonb, created_at timestamptz, updated_at timestamptz, clocks jsonb,
       change_seq bigint)
     on conflict (commune_code, id) do update set
       village_id = excluded.village_id, erased = excluded.erased,
       full_name = excluded.full_name, birth_year = excluded.birth_year, sex = excluded.sex,
       phone = excluded.phone, age_group = excluded.age_group, consent = excluded.consent,
       updated_at = excluded.updated_at, clocks = excluded.clocks,
       change_seq = excluded.change_seq, server_updated_at = now()`,
    [
      commune,
      rowsParam(rows, ({ record: r, clocks }) => ({
        id: r.id,
        village_id: r.villageId,
        erased: r.erased,
        // An erased row holds no personal data (the table's check too).
        full_name: r.erased ? null : r.fullName,
        birth_year: r.erased ? null : r.birthYear,
        sex: r.sex,
        phone: r.erased ? null : r.phone,
        age_group: r.erased ? r.ageGroup : null,
        consent: r.erased ? null : r.consent,
        created_at: r.createdAt,
        updated_at: r.updatedAt,
        clocks,
        change_seq: number(),
      })),
    ],
  );
}

/** The later clock's state wins; the row is re-stamped either way (see apply-attendance.ts). */
async function upsertAttendance(
  tx: Queryable,
  commune: string,
  writes: Writes,
  number: () => number,
): Promise<void> {
  if (writes.attendance.size === 0) return;
  await tx.query(
    `insert into attendance (commune_code, session_id, resident_id, present, updated_at, hlc,
       change_seq)
     select $1, x.* from jsonb_to_recordset($2::text::jsonb) as x(session_id uuid,
       resident_id uuid, present boolean, updated_at timestamptz, hlc text, change_seq bigint)
     on conflict (commune_code, session_id, resident_id) do update set
       present = case when attendance.hlc < excluded.hlc then excluded.present
         else attendance.present end,
       updated_at = case when attendance.hlc < excluded.hlc then excluded.updated_at
         else attendance.updated_at end,
       hlc = greatest(attendance.hlc, excluded.hlc),
       change_seq = excluded.change_seq, server_updated_at = now()`,
    [
      commune,
      rowsParam([...writes.attendance.values()], (a) => ({
        session_id: a.sessionId,
        resident_id: a.residentId,
        present: a.present,
        updated_at: a.updatedAt,
        hlc: a.hlc,
        change_seq: number(),
      })),
    ],
  );
}

async function insertFeedback(
  tx: Queryable,
  commune: string,
  rows: Feedback[],
  number: () => number,
): Promise<void> {
  if (rows.length === 0) return;
  await tx.query(
    `insert into feedback (commune_code, id, session_id, village_id, rating, helped, hard, tags,
       text, by_resident, resident_id, consent, created_at, change_seq)
     select $1, x.* from jsonb_to_recordset($2::text::jsonb) as x(id uuid, session_id uuid,
       village_id text, rating integer, helped text, hard text, tags jsonb, text text,
       by_resident boolean, resident_id uuid, consent jsonb, created_at timestamptz,
       change_seq bigint)`,
    [
      commune,
      rowsParam(rows, (f) => ({
        id: f.id,
        session_id: f.sessionId,
        village_id: f.villageId,
        rating: f.rating,
        helped: f.helped,
        hard: f.hard,
        tags: f.tags,
        text: f.text,
        by_resident: f.byResident,
        resident_id: f.residentId,
        consent: f.consent,
        created_at: f.createdAt,
        change_seq: number(),
      })),
    ],
  );
}

async function insertConflicts(
  tx: Queryable,
  commune: string,
  writes: Writes,
  number: () => number,
): Promise<void> {
  if (writes.conflicts.length === 0) return;
  await tx.query(
    `insert into sync_conflicts (commune_code, id, record_type, record_id, village_id, field,
       kept, lost, kept_hlc, lost_hlc, change_seq)
     select $1, gen_random_uuid(), x.* from jsonb_to_recordset($2::text::jsonb) as x(
       record_type text, record_id uuid, village_id text, field text, kept jsonb, lost jsonb,
       kept_hlc text, lost_hlc text, change_seq bigint)`,
    [
      commune,
      rowsParam(writes.conflicts, (c) => ({
        record_type: c.recordType,
        record_id: c.recordId,
        village_id: c.villageId,
        field: c.field,
        kept: c.kept ?? null,
        lost: c.lost ?? null,
        kept_hlc: c.keptHlc,
        lost_hlc: c.lostHlc,
        change_seq: number(),
      })),
    ],
  );
}

/** Stored feedback linked to any of these (erased) residents. */
async function storedFeedbackOf(
  tx: Queryable,
  commune: string,
  residentIds: string[],
): Promise<string[]> {
  if (residentIds.length === 0) return [];
  const rows = await tx.query<{ id: string }>(
    `select id::text from feedback where commune_code = $1 and resident_id in
       (select value::uuid from jsonb_array_elements_text($2::text::jsonb)) order by id`,
    [commune, JSON.stringify(residentIds)],
  );
  return rows.map((r) => r.id);
}

/** As an erasure does: the feedback keeps its counts, not the person or their words. */
async function unlinkFeedback(
  tx: Queryable,
  commune: string,
  ids: string[],
  number: () => number,
): Promise<void> {
  if (ids.length === 0) return;
  await tx.query(
    `update feedback f set resident_id = null, consent = null, helped = '', hard = '', text = '',
       change_seq = x.change_seq
     from jsonb_to_recordset($2::text::jsonb) as x(id uuid, change_seq bigint)
     where f.commune_code = $1 and f.id = x.id`,
    [commune, rowsParam(ids, (id) => ({ id, change_seq: number() }))],
  );
}

async function restamp(
  tx: Queryable,
  commune: string,
  table: 'sessions' | 'residents' | 'feedback',
  ids: string[],
  number: () => number,
): Promise<void> {
  if (ids.length === 0) return;
  await tx.query(
    `update ${table} t set change_seq = x.change_seq
     from jsonb_to_recordset($2::text::jsonb) as x(id uuid, change_seq bigint)
     where t.commune_code = $1 and t.id = x.id`,
    [commune, rowsParam(ids, (id) => ({ id, change_seq: number() }))],
  );
}

async function restampAttendance(
  tx: Queryable,
  commune: string,
  keys: { sessionId: string; residentId: string }[],
  number: () => number,
): Promise<void> {
  if (keys.length === 0) return;
  await tx.query(
    `update attendance t set change_seq = x.change_seq
     from jsonb_to_recordset($2::text::jsonb) as x(session_id uuid, resident_id uuid,
       change_seq bigint)
     where t.commune_code = $1 and t.session_id = x.session_id and t.resident_id = x.resident_id`,
    [
      commune,
      rowsParam(keys, (k) => ({
        session_id: k.sessionId,
        resident_id: k.residentId,
        change_seq: number(),
      })),
    ],
  );
}
