/**
 * The backup file: a phone's unsynced records and their outbox mutations, carried to another phone
 * (Zalo, cable, memory card) when a village has no signal at all, and imported there to be sent.
 * Parsed with the same record and mutation schemas as the wire, so a file can never put into a
 * phone's store what a push could not carry. Each mutation keeps every field it had (hlc, seen…);
 * its `seq` is the source phone's and only tells the order: the importing phone queues it anew.
 */
import { z } from 'zod/mini';
import { attendanceSchema } from './attendance';
import { feedbackSchema } from './feedback';
import { communeCode, isoDateTime } from './fields';
import { residentSchema } from './resident';
import { storedSessionSchema } from './session';
import { type Mutation, mutationRecordId, mutationSchema } from './wire';

export const BACKUP_FORMAT = 'hoc-vu-so-backup';
export const BACKUP_VERSION = 1;

export const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: isoDateTime,
  clientId: z.uuid(),
  communeCode,
  mutations: z.array(mutationSchema),
  records: z.object({
    // Stored form: a session's "not after today" was checked when it was saved, not against the
    // clock of the phone that imports it.
    sessions: z.array(storedSessionSchema),
    residents: z.array(residentSchema),
    attendance: z.array(attendanceSchema),
    feedback: z.array(feedbackSchema),
  }),
});
export type Backup = z.infer<typeof backupSchema>;

/** Identity of the record a mutation changes: attendance is one row per (session, resident). */
export function backupKeyOf(m: Mutation): string {
  return m.name === 'attendance.set'
    ? `attendance:${m.args.sessionId}:${m.args.residentId}`
    : `${m.name.split('.')[0]}:${mutationRecordId(m)}`;
}

/** Every record key a backup holds, in the same form as `backupKeyOf`. */
export function backupRecordKeys(b: Backup): string[] {
  return [
    ...b.records.sessions.map((s) => `session:${s.id}`),
    ...b.records.residents.map((r) => `resident:${r.id}`),
    ...b.records.attendance.map((a) => `attendance:${a.sessionId}:${a.residentId}`),
    ...b.records.feedback.map((f) => `feedback:${f.id}`),
  ];
}

export type BackupProblem =
  /** Not JSON, or JSON that is not one of our backups. */
  | 'not_backup'
  /** Made by a later version of the app: update first. */
  | 'newer_version'
  /** Ours, but damaged or inconsistent (a record without its change, a change without its record). */
  | 'invalid'
  /** Made in another commune than the one signed in here. */
  | 'foreign_commune';

export type BackupParse =
  | { ok: true; backup: Backup }
  | { ok: false; problem: BackupProblem; communeCode?: string };

const headerSchema = z.looseObject({ format: z.literal(BACKUP_FORMAT), version: z.number() });

/** Reads a backup file's text for the commune signed in on this phone; never throws. */
export function parseBackup(text: string, commune: string): BackupParse {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'not_backup' };
  }
  const header = headerSchema.safeParse(json);
  if (!header.success) return { ok: false, problem: 'not_backup' };
  if (header.data.version > BACKUP_VERSION) return { ok: false, problem: 'newer_version' };
  const parsed = backupSchema.safeParse(json);
  if (!parsed.success) return { ok: false, problem: 'invalid' };
  const b = parsed.data;
  if (b.communeCode !== commune) {
    return { ok: false, problem: 'foreign_commune', communeCode: b.communeCode };
  }
  const communes = [...b.records.sessions, ...b.records.residents, ...b.records.feedback].map(
    (r) => r.communeCode,
  );
  for (const m of b.mutations) if ('communeCode' in m.args) communes.push(m.args.communeCode);
  if (communes.some((c) => c !== commune)) return { ok: false, problem: 'foreign_commune' };
  // Each record arrives with the change that sends it, and each change with its record.
  const records = new Set(backupRecordKeys(b));
  const changed = new Set(b.mutations.map(backupKeyOf));
  const consistent = records.size === changed.size && [...changed].every((k) => records.has(k));
  return consistent ? { ok: true, backup: b } : { ok: false, problem: 'invalid' };
}

/** The file name, dated in Vietnam: `hoc-vu-so-sao-luu-2026-11-24.json`. */
export const backupFileName = (today: string): string => `hoc-vu-so-sao-luu-${today}.json`;
