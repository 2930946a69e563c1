import { randomInt } from 'node:crypto';
import type { ActionOutput, Role } from '../miniprogram/shared/index';
import { COLLECTIONS, type EmployerDoc, type UserDoc } from './collections';
import type { Ctx } from './context';
import { isDuplicateKey, type Store } from './db';
import { countActive } from './stats/record';

/** What `account.login` answers, and what any action answers beside its data when asked to. */
export type Session = ActionOutput<'account.login'>;

const SHORT_ID_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** An 8-character public id for share links and poster scenes (never the openid). */
export function newShortId(): string {
  let id = '';
  for (let i = 0; i < 8; i++) id += SHORT_ID_ALPHABET[randomInt(SHORT_ID_ALPHABET.length)];
  return id;
}

/** The user of a first visit; a concurrent first visit of the same person gives theirs. */
export async function createUser(store: Store, openid: string, now: number): Promise<UserDoc> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const doc: Omit<UserDoc, '_id'> = {
      openid,
      shortId: newShortId(),
      roles: ['worker'],
      profile: null,
      createdAt: now,
      updatedAt: now,
    };
    try {
      const _id = await store.insert(COLLECTIONS.users, doc);
      return { _id, ...doc };
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
      const existing = await store.findOne<UserDoc>(COLLECTIONS.users, { openid });
      if (existing) return existing;
      // Otherwise the short id was taken: draw another.
    }
  }
  throw new Error('could not allocate a unique shortId');
}

/** The roles a user holds, with admin from the deployment's list (ADMINS). */
export function rolesOf(ctx: Ctx, user: UserDoc): Role[] {
  const roles = new Set<Role>(user.roles);
  if (ctx.admin) roles.add('admin');
  return [...roles];
}

function sessionOf(ctx: Ctx, user: UserDoc, employer: EmployerDoc | null): Session {
  return {
    userId: user.shortId,
    roles: rolesOf(ctx, user),
    profile: user.profile,
    employer: employer
      ? { _id: employer._id, companyName: employer.companyName, status: employer.status }
      : null,
    cadre: user.cadre
      ? {
          province: user.cadre.province,
          city: user.cadre.city,
          county: user.cadre.county,
          ...(user.cadre.town ? { town: user.cadre.town } : {}),
        }
      : null,
    admin: ctx.admin,
  };
}

/** Gives the caller's account the employer role (idempotent). */
export async function addEmployerRole(ctx: Ctx): Promise<void> {
  if (!ctx.user || ctx.user.roles.includes('employer')) return;
  await ctx.store.update(
    COLLECTIONS.users,
    { _id: ctx.user._id },
    { roles: ctx.store.command.addToSet('employer'), updatedAt: ctx.now },
  );
}

/**
 * Who the caller is and what they may do, counting the visit (活跃). `ctx.user` must exist (the
 * caller of a first visit was just created: `created`). An account whose company was registered by
 * an instance that died before giving the account its employer role gets the role here (the
 * company is found by its owner).
 */
export async function openSession(
  ctx: Ctx & { user: UserDoc },
  created: boolean,
): Promise<Session> {
  const user = ctx.user;
  if (created) return sessionOf(ctx, user, null);
  const employer =
    ctx.employer ??
    (await ctx.store.findOne<EmployerDoc>(COLLECTIONS.employers, { ownerOpenid: ctx.openid }));
  if (employer && !user.roles.includes('employer')) {
    await addEmployerRole(ctx);
    return sessionOf(ctx, { ...user, roles: [...user.roles, 'employer'] }, employer);
  }
  await countActive(ctx, user);
  return sessionOf(ctx, user, employer);
}
