/**
 * Accounts on the wire: who may sign in, with what, and what the server answers. Shared by the
 * sign-in form, the device's account store and the server's auth routes, so a rule shown beside a
 * field is the rule the server applies.
 */
import { z } from 'zod/mini';
import { communeCode, isoDateTime, requiredText, villageId } from './fields';

export const ROLES = ['admin', 'volunteer'] as const;
export type Role = (typeof ROLES)[number];

/** A Vietnamese mobile number as people write it: 10 digits starting with 0 (spaces allowed). */
export const phoneNumber = z.string().check(
  z.overwrite((s) => s.replace(/[\s.-]/g, '')),
  z.regex(/^0\d{9}$/, 'expected a 10-digit phone number'),
);

export const PASSWORD_MIN = 8;
export const password = z.string().check(z.minLength(PASSWORD_MIN), z.maxLength(128));

/** Invite codes are 8 digits, read aloud as "4821 0937"; spaces and dashes are ignored. */
export const INVITE_DIGITS = 8;
export const INVITE_DAYS = 7;
export const inviteCode = z.string().check(
  z.overwrite((s) => s.replace(/[\s-]/g, '')),
  z.regex(/^\d{8}$/, 'expected an 8-digit invite code'),
);

/** "48210937" → "4821 0937", the way it is shown and read aloud. */
export const formatInviteCode = (code: string): string => `${code.slice(0, 4)} ${code.slice(4)}`;

export const signInRequestSchema = z.object({ phone: phoneNumber, password: z.string() });
export type SignInRequest = z.infer<typeof signInRequestSchema>;

export const redeemRequestSchema = z.object({ phone: phoneNumber, code: inviteCode, password });
export type RedeemRequest = z.infer<typeof redeemRequestSchema>;

export const refreshRequestSchema = z.object({
  refreshToken: z.string().check(z.minLength(20), z.maxLength(200)),
});

export const learnerRequestSchema = z.object({ communeCode });

/** The signed-in person as the device keeps it; `villages` lists all of them for an admin. */
export const accountUserSchema = z.object({
  id: z.uuid(),
  communeCode,
  role: z.enum(ROLES),
  displayName: requiredText(120),
  phone: phoneNumber,
  villages: z.array(villageId),
});
export type AccountUser = z.infer<typeof accountUserSchema>;

export const tokensResponseSchema = z.object({
  serverTime: z.iso.datetime(),
  accessToken: z.string(),
  accessExpiresAt: isoDateTime,
  refreshToken: z.string(),
  user: accountUserSchema,
});
export type TokensResponse = z.infer<typeof tokensResponseSchema>;

export const learnerTokenResponseSchema = z.object({
  serverTime: z.iso.datetime(),
  accessToken: z.string(),
  accessExpiresAt: isoDateTime,
});

/**
 * Error codes the API answers in `{ error }`, which the device turns into messages:
 * - 401 `unauthenticated` (no or bad token), `token_expired` (refresh and retry),
 *   `invalid_credentials`, `invalid_invite`;
 * - 403 `revoked` (the account or this device was revoked: keep local data, stop syncing),
 *   `forbidden` (role or village not allowed);
 * - 429 `too_many_attempts` with `retryAfter` seconds.
 */
export const authErrorSchema = z.object({
  error: z.string(),
  retryAfter: z.optional(z.number()),
});

/** An administrator creates a volunteer and gets the invite code to read out. */
export const createVolunteerSchema = z.object({
  phone: phoneNumber,
  displayName: requiredText(120),
  villages: z.array(villageId).check(z.minLength(1), z.maxLength(50)),
});
export type CreateVolunteer = z.infer<typeof createVolunteerSchema>;

export const setVillagesSchema = z.object({
  villages: z.array(villageId).check(z.minLength(1), z.maxLength(50)),
});

export const USER_STATUSES = ['invited', 'active', 'revoked'] as const;

export const staffMemberSchema = z.object({
  id: z.uuid(),
  phone: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  status: z.enum(USER_STATUSES),
  villages: z.array(villageId),
  createdAt: isoDateTime,
});
export type StaffMember = z.infer<typeof staffMemberSchema>;

export const inviteSchema = z.object({ code: inviteCode, expiresAt: isoDateTime });
export type Invite = z.infer<typeof inviteSchema>;

export const auditEntrySchema = z.object({
  id: z.uuid(),
  at: isoDateTime,
  actorId: z.nullable(z.uuid()),
  actorName: z.nullable(z.string()),
  action: z.string(),
  targetType: z.string(),
  targetId: z.string(),
  detail: z.record(z.string(), z.unknown()),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;
