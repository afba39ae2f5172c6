/**
 * The commune administrator's calls to /api/admin: volunteers and their invite codes, the audit
 * log, and residents' rights (search, export, erase). These read and change the server directly —
 * nothing here is queued offline — so every call needs the network and fails with a SyncHttpError
 * (from authorizedJson) that the screens turn into words. Responses are parsed with the shared
 * schemas, so a half-read body or a proxy's error page is an error, never data.
 */
import { z } from 'zod/mini';
import {
  auditEntrySchema,
  type CreateVolunteer,
  inviteSchema,
  staffMemberSchema,
} from '../core/auth';
import { villageId } from '../core/fields';
import { authorizedJson } from './auth-fetch';

const serverTime = z.iso.datetime();

const staffResponse = z.object({ serverTime, staff: z.array(staffMemberSchema) });
const createdResponse = z.object({
  serverTime,
  volunteer: staffMemberSchema,
  invite: inviteSchema,
});
const inviteResponse = z.object({ serverTime, invite: inviteSchema });
const volunteerResponse = z.object({ serverTime, volunteer: staffMemberSchema });
const auditResponse = z.object({ serverTime, entries: z.array(auditEntrySchema) });

/** A resident as the administrator's search shows them: an erased one has no name or birth year. */
export const adminResidentSchema = z.object({
  id: z.string(),
  fullName: z.nullable(z.string()),
  villageId,
  birthYear: z.nullable(z.number()),
  erased: z.boolean(),
});
export type AdminResident = z.infer<typeof adminResidentSchema>;

const residentsResponse = z.object({ serverTime, residents: z.array(adminResidentSchema) });
const erasedResponse = z.object({ serverTime, resident: adminResidentSchema });

/**
 * Everything stored about one resident. Only its outline is checked: the file is handed to the
 * resident as the server wrote it, so fields added later reach them too.
 */
const residentExportSchema = z.looseObject({
  serverTime,
  resident: z.looseObject({ id: z.string() }),
  attendance: z.array(z.unknown()),
  feedback: z.array(z.unknown()),
  audit: z.array(z.unknown()),
});
export type ResidentExport = z.infer<typeof residentExportSchema>;

const json = (method: string, body?: unknown): RequestInit => ({
  method,
  headers: { 'content-type': 'application/json' },
  body: body === undefined ? undefined : JSON.stringify(body),
});

const enc = encodeURIComponent;

/** The commune's staff (administrators and volunteers, every status). */
export async function listStaff() {
  return (await authorizedJson('/api/admin/staff', staffResponse)).staff;
}

/** Creates an invited volunteer; the answer carries the invite code to read out (409 phone_taken). */
export async function createVolunteer(input: CreateVolunteer) {
  const { volunteer, invite } = await authorizedJson(
    '/api/admin/volunteers',
    createdResponse,
    json('POST', input),
  );
  return { volunteer, invite };
}

/** A fresh invite code for a volunteer who lost theirs or whose code expired. */
export async function issueInvite(volunteerId: string) {
  const path = `/api/admin/volunteers/${enc(volunteerId)}/invite`;
  return (await authorizedJson(path, inviteResponse, json('POST'))).invite;
}

export async function setVolunteerVillages(volunteerId: string, villages: string[]) {
  const path = `/api/admin/volunteers/${enc(volunteerId)}/villages`;
  return (await authorizedJson(path, volunteerResponse, json('PUT', { villages }))).volunteer;
}

/** Stops the volunteer's phones syncing; what they have not synced stays on them. */
export async function revokeVolunteer(volunteerId: string) {
  const path = `/api/admin/volunteers/${enc(volunteerId)}/revoke`;
  return (await authorizedJson(path, volunteerResponse, json('POST'))).volunteer;
}

/**
 * One page of the audit log, newest first; `after` (the last entry shown) gives the older page.
 * Entries written together share a time, so the page boundary is the entry's time and id.
 */
export async function listAudit(after?: { at: string; id: string }) {
  const path = after
    ? `/api/admin/audit?before=${enc(after.at)}&beforeId=${enc(after.id)}`
    : '/api/admin/audit';
  return (await authorizedJson(path, auditResponse)).entries;
}

/** The server's search over the whole commune (diacritic-insensitive, at most 50). */
export async function searchResidents(query: string) {
  const path = `/api/admin/residents?q=${enc(query)}`;
  return (await authorizedJson(path, residentsResponse)).residents;
}

export async function exportResident(residentId: string): Promise<ResidentExport> {
  const path = `/api/admin/residents/${enc(residentId)}/export`;
  return authorizedJson(path, residentExportSchema);
}

/** Erases the resident's personal data on the server; every phone drops it at its next sync. */
export async function eraseResident(residentId: string) {
  const path = `/api/admin/residents/${enc(residentId)}/erase`;
  return (await authorizedJson(path, erasedResponse, json('POST'))).resident;
}
