import { DomainError } from '../../../../miniprogram/shared/index';
import { COLLECTIONS } from '../../../../server/collections';
import type { Handler } from '../../../../server/router';
import { reviewTexts, SCENE } from '../../../../server/sec-check';
import { createUser, openSession } from '../../../../server/session';
import { countRegistration } from '../../../../server/stats/record';

/** Who the caller is; a first visit makes the account (server/session.ts). */
export const login: Handler<'account.login'> = async (_input, ctx) => {
  if (ctx.user) return openSession({ ...ctx, user: ctx.user }, false);
  return openSession({ ...ctx, user: await createUser(ctx.store, ctx.openid, ctx.now) }, true);
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
