import type { ActionOutput, Role } from '../../../../miniprogram/shared/index';
import type { EmployerDoc, UserDoc } from '../../../../server/collections';
import type { Ctx } from '../../../../server/context';

/** The roles a user holds, with admin from the deployment's list (ADMINS). */
export function rolesOf(ctx: Ctx, user: UserDoc): Role[] {
  const roles = new Set<Role>(user.roles);
  if (ctx.admin) roles.add('admin');
  return [...roles];
}

/** What `account.login` answers: who the caller is and what they may do. */
export function sessionOf(
  ctx: Ctx,
  user: UserDoc,
  employer: EmployerDoc | null,
): ActionOutput<'account.login'> {
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
