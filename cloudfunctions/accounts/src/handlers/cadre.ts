import { DomainError } from '../../../../miniprogram/shared/index';
import { COLLECTIONS, type CadreInviteDoc } from '../../../../server/collections';
import type { Handler } from '../../../../server/router';
import { rolesOf } from '../../../../server/session';

/**
 * 村干部 / 就业专干 appointment: an admin's one-time invite code. The claim is one conditional
 * update (unused and unexpired), so two people racing for one code cannot both win.
 */
export const redeemInvite: Handler<'cadre.redeemInvite'> = async ({ code }, ctx) => {
  const user = ctx.user;
  if (!user) throw new DomainError('NOT_LOGGED_IN');
  const id = code.toUpperCase();
  const _ = ctx.store.command;
  const claimed = await ctx.store.update(
    COLLECTIONS.cadreInvites,
    { _id: id, usedBy: _.exists(false), expiresAt: _.gt(ctx.now) },
    { usedBy: ctx.openid, usedAt: ctx.now },
  );
  const invite = await ctx.store.getById<CadreInviteDoc>(COLLECTIONS.cadreInvites, id);
  // A retry by the person who already claimed it (the first reply was lost) succeeds again.
  if (!invite || (claimed === 0 && invite.usedBy !== ctx.openid)) {
    if (invite && !invite.usedBy && invite.expiresAt <= ctx.now) {
      throw new DomainError('INVITE_INVALID', '邀请码已经过期了，请找人社局重新要一个');
    }
    throw new DomainError('INVITE_INVALID');
  }
  const area = {
    province: invite.area.province,
    city: invite.area.city,
    county: invite.area.county,
    ...(invite.area.town ? { town: invite.area.town } : {}),
  };
  await ctx.store.update(
    COLLECTIONS.users,
    { _id: user._id },
    { roles: _.addToSet('cadre'), cadre: _.set(area), updatedAt: ctx.now },
  );
  const roles = rolesOf(ctx, { ...user, roles: [...new Set([...user.roles, 'cadre' as const])] });
  return { roles, cadre: area };
};
