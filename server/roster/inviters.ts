import { chinaClock, chinaDay, type Inviter } from '../../miniprogram/shared/index';
import { COLLECTIONS, type UserDoc } from '../collections';
import type { Ctx } from '../context';

/** Who brought a person; sharing one's own link counts as coming directly. */
export function inviterOf(ctx: Ctx, inviter: Inviter): Inviter {
  if ('userId' in inviter && inviter.userId && inviter.userId === ctx.user?.shortId) {
    return inviter.type === 'poster' ? { type: 'poster' } : { type: 'direct' };
  }
  return inviter;
}

/** The inviter a cadre's 代登记 records: the cadre themself. */
export function proxyInviter(ctx: Ctx): Inviter {
  const shortId = ctx.user?.shortId;
  return shortId ? { type: 'cadre', userId: shortId } : { type: 'direct' };
}

/** A name people at the door recognise: the profile name, else the cadre's place, else the id. */
function displayName(user: UserDoc): string {
  if (user.profile?.name) return user.profile.name;
  if (user.cadre) return `${user.cadre.town ?? user.cadre.county}村干部`;
  return `用户${user.shortId}`;
}

/** shortId → display name of the people who invited these entries. */
export async function inviterNames(
  ctx: Ctx,
  entries: readonly { inviter: Inviter }[],
): Promise<Map<string, string>> {
  const shortIds = [
    ...new Set(
      entries
        .map((s) => ('userId' in s.inviter ? s.inviter.userId : undefined))
        .filter((x): x is string => !!x),
    ),
  ];
  const names = new Map<string, string>();
  const _ = ctx.store.command;
  for (let i = 0; i < shortIds.length; i += 500) {
    const chunk = shortIds.slice(i, i + 500);
    const users = await ctx.store.find<UserDoc>(
      COLLECTIONS.users,
      { shortId: _.in(chunk) },
      { limit: chunk.length, fields: { shortId: true, profile: true, cadre: true } },
    );
    for (const u of users) names.set(u.shortId, displayName(u));
  }
  return names;
}

/** Who brought a person, as a cadre reads it: 「王书记（分享）」「海报二维码」「自己报名」. */
export function inviterLabel(inviter: Inviter, names: Map<string, string>): string {
  const who =
    'userId' in inviter && inviter.userId
      ? (names.get(inviter.userId) ?? `用户${inviter.userId}`)
      : undefined;
  switch (inviter.type) {
    case 'share':
      return `${who}（分享）`;
    case 'poster':
      return who ? `${who}（海报）` : '海报二维码';
    case 'cadre':
      return `${who}（代登记）`;
    default:
      return '自己报名';
  }
}

/** How many each inviter brought, most first. */
export function inviterCounts(
  entries: readonly { inviter: Inviter }[],
  names: Map<string, string>,
): { label: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const s of entries) {
    const label = inviterLabel(s.inviter, names);
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  return [...counts].map(([label, count]) => ({ label, count })).sort((a, b) => b.count - a.count);
}

/** '2026-11-24 09:12' in China time, as a roster's export writes it. */
export function chinaDateTime(ms: number): string {
  return `${chinaDay(ms)} ${chinaClock(ms)}`;
}
