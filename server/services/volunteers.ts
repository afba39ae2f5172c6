/**
 * An administrator manages the commune's volunteers: creates them with a one-time invite code,
 * issues a new code, changes their villages, revokes them. Each change runs in one transaction
 * with its audit entry. Only volunteers are managed here: another administrator, or oneself, is
 * off limits (403), and a revoked volunteer stays revoked (409); administrators are created and
 * their passwords set with the command line (server/cli/admin.ts).
 */
import { HTTPException } from 'hono/http-exception';
import {
  type CreateVolunteer,
  INVITE_DAYS,
  type Invite,
  type StaffMember,
} from '../../src/core/auth';
import { newId } from '../../src/core/ids';
import { apiError } from '../auth/caller';
import { newInviteCode, secretHash } from '../auth/tokens';
import {
  findStaff,
  insertInvite,
  insertVolunteer,
  phoneTaken,
  replaceUserVillages,
  revokeUser,
  unknownVillages,
  voidInvites,
} from '../db/admin-queries';
import type { Db, Queryable } from '../db/executor';
import { recordAudit } from './audit';

/** Who is acting: the signed-in administrator. */
export interface Actor {
  userId: string;
  commune: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const UNIQUE_VIOLATION = '23505';

const invalidVillages = () =>
  new HTTPException(400, {
    res: Response.json({ error: 'invalid', field: 'villages' }, { status: 400 }),
  });

async function checkVillages(tx: Queryable, commune: string, villages: string[]): Promise<void> {
  if ((await unknownVillages(tx, commune, villages)).length > 0) throw invalidVillages();
}

/** A new code for the user; earlier unused codes stop working. Only the code's hash is stored. */
async function makeInvite(tx: Queryable, actor: Actor, userId: string): Promise<Invite> {
  await voidInvites(tx, actor.commune, userId);
  const expiresAt = new Date(Date.now() + INVITE_DAYS * DAY_MS).toISOString();
  // 10^8 codes: a clash with an old code of the commune is rare, and then another code is drawn.
  for (let attempt = 0; attempt < 10; attempt++) {
    const code = newInviteCode();
    const row = { codeHash: secretHash(code), userId, createdBy: actor.userId, expiresAt };
    if (await insertInvite(tx, actor.commune, row)) return { code, expiresAt };
  }
  throw new Error('could not draw an unused invite code');
}

/** The volunteer `id` of the actor's commune, locked for the change; 404/403/409 otherwise. */
async function manageable(tx: Queryable, actor: Actor, id: string): Promise<StaffMember> {
  const target = await findStaff(tx, actor.commune, id, { lock: true });
  if (!target) throw apiError(404, 'not_found');
  if (target.id === actor.userId || target.role !== 'volunteer') throw apiError(403, 'forbidden');
  if (target.status === 'revoked') throw apiError(409, 'volunteer_revoked');
  return target;
}

async function reread(tx: Queryable, actor: Actor, id: string): Promise<StaffMember> {
  const member = await findStaff(tx, actor.commune, id);
  if (!member) throw new Error(`staff member ${id} vanished`);
  return member;
}

export async function createVolunteer(
  db: Db,
  actor: Actor,
  input: CreateVolunteer,
): Promise<{ volunteer: StaffMember; invite: Invite }> {
  const villages = [...new Set(input.villages)];
  try {
    return await db.transact(async (tx) => {
      await checkVillages(tx, actor.commune, villages);
      // Phones are unique across communes: one phone signs in to one account.
      if (await phoneTaken(tx, input.phone)) throw apiError(409, 'phone_taken');
      const id = newId();
      await insertVolunteer(tx, actor.commune, { id, ...input });
      await replaceUserVillages(tx, actor.commune, id, villages);
      const invite = await makeInvite(tx, actor, id);
      await recordAudit(tx, {
        commune: actor.commune,
        actorId: actor.userId,
        action: 'volunteer.create',
        targetType: 'user',
        targetId: id,
        detail: { phone: input.phone, displayName: input.displayName, villages },
      });
      return { volunteer: await reread(tx, actor, id), invite };
    });
  } catch (err) {
    // Two administrators adding the same phone at once: the loser gets the same answer.
    if ((err as { code?: string }).code === UNIQUE_VIOLATION) throw apiError(409, 'phone_taken');
    throw err;
  }
}

/**
 * A new invite code for an invited volunteer, or for an active one who lost their phone or
 * password: redeeming it sets a new password.
 */
export function reissueInvite(db: Db, actor: Actor, id: string): Promise<Invite> {
  return db.transact(async (tx) => {
    const target = await manageable(tx, actor, id);
    const invite = await makeInvite(tx, actor, id);
    await recordAudit(tx, {
      commune: actor.commune,
      actorId: actor.userId,
      action: 'volunteer.invite',
      targetType: 'user',
      targetId: id,
      detail: { status: target.status, expiresAt: invite.expiresAt },
    });
    return invite;
  });
}

export function setVolunteerVillages(
  db: Db,
  actor: Actor,
  id: string,
  requested: string[],
): Promise<StaffMember> {
  const villages = [...new Set(requested)];
  return db.transact(async (tx) => {
    const target = await manageable(tx, actor, id);
    await checkVillages(tx, actor.commune, villages);
    await replaceUserVillages(tx, actor.commune, id, villages);
    await recordAudit(tx, {
      commune: actor.commune,
      actorId: actor.userId,
      action: 'volunteer.villages',
      targetType: 'user',
      targetId: id,
      detail: { from: target.villages, to: villages },
    });
    return reread(tx, actor, id);
  });
}

/** Revokes the volunteer and all their devices; revoking again changes (and logs) nothing. */
export function revokeVolunteer(db: Db, actor: Actor, id: string): Promise<StaffMember> {
  return db.transact(async (tx) => {
    const target = await findStaff(tx, actor.commune, id, { lock: true });
    if (!target) throw apiError(404, 'not_found');
    if (target.id === actor.userId || target.role !== 'volunteer') throw apiError(403, 'forbidden');
    if (target.status === 'revoked') return target;
    await revokeUser(tx, actor.commune, id);
    await recordAudit(tx, {
      commune: actor.commune,
      actorId: actor.userId,
      action: 'volunteer.revoke',
      targetType: 'user',
      targetId: id,
      detail: { status: target.status },
    });
    return reread(tx, actor, id);
  });
}
