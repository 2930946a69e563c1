import { randomInt } from 'node:crypto';
import { DomainError } from '../../../../miniprogram/shared/index';
import { COLLECTIONS, type EmployerDoc, type UserDoc } from '../../../../server/collections';
import type { Ctx } from '../../../../server/context';
import { isDuplicateKey } from '../../../../server/db';
import { addEmployerRole } from './employer';
import type { Handler } from '../../../../server/router';
import { reviewTexts, SCENE } from '../../../../server/sec-check';
import { sessionOf } from './session';
import { countActive, countRegistration } from '../../../../server/stats/record';

const SHORT_ID_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** An 8-character public id for share links and poster scenes (never the openid). */
export function newShortId(): string {
  let id = '';
  for (let i = 0; i < 8; i++) id += SHORT_ID_ALPHABET[randomInt(SHORT_ID_ALPHABET.length)];
  return id;
}

async function createUser(ctx: Ctx): Promise<UserDoc> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const doc: Omit<UserDoc, '_id'> = {
      openid: ctx.openid,
      shortId: newShortId(),
      roles: ['worker'],
      profile: null,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    };
    try {
      const _id = await ctx.store.insert(COLLECTIONS.users, doc);
      return { _id, ...doc };
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
      // A concurrent first login of the same person made the user: use theirs.
      const existing = await ctx.store.findOne<UserDoc>(COLLECTIONS.users, { openid: ctx.openid });
      if (existing) return existing;
      // Otherwise the short id was taken: draw another.
    }
  }
  throw new Error('could not allocate a unique shortId');
}

/**
 * Who the caller is. An account whose company was registered by an instance that died before
 * giving the account its employer role gets the role here (the company is found by its owner).
 */
export const login: Handler<'account.login'> = async (_input, ctx) => {
  if (!ctx.user) return sessionOf(ctx, await createUser(ctx), null);
  const user = ctx.user;
  const employer =
    ctx.employer ??
    (await ctx.store.findOne<EmployerDoc>(COLLECTIONS.employers, { ownerOpenid: ctx.openid }));
  if (employer && !user.roles.includes('employer')) {
    await addEmployerRole(ctx);
    return sessionOf(ctx, { ...user, roles: [...user.roles, 'employer'] }, employer);
  }
  await countActive(ctx, user);
  return sessionOf(ctx, user, employer);
};

export const updateProfile: Handler<'account.updateProfile'> = async (profile, ctx) => {
  const user = ctx.user;
  if (!user) throw new DomainError('NOT_LOGGED_IN');
  await reviewTexts(
    ctx,
    {
      name: { label: '姓名', text: profile.name },
      skills: { label: '技能', text: profile.skills.join('，') },
    },
    SCENE.profile,
  );
  const _ = ctx.store.command;
  await ctx.store.update(
    COLLECTIONS.users,
    { _id: user._id },
    {
      // _.set replaces the whole object; a plain object would be merged field by field.
      profile: _.set(profile),
      homePoint: profile.homeLocation
        ? _.set(ctx.store.geoJson(profile.homeLocation.lat, profile.homeLocation.lng))
        : _.remove(),
      updatedAt: ctx.now,
    },
  );
  await countRegistration(ctx, user, profile);
  return { profile };
};
