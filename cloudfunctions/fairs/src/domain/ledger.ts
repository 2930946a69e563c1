import { chinaClock, chinaDay, type Inviter } from '../../../../miniprogram/shared/index';
import {
  COLLECTIONS,
  type FairAgreementDoc,
  type FairDoc,
  type FairSignupDoc,
  type FairSlotDoc,
  type JobDoc,
  type UserDoc,
} from '../../../../server/collections';
import type { Ctx } from '../../../../server/context';
import { readAll } from '../../../../server/cursor';
import { slotsOf } from './views';

/** Everything the 台账 and the figures of one fair are made of. */
export interface Ledger {
  slots: FairSlotDoc[];
  signups: FairSignupDoc[];
  agreements: FairAgreementDoc[];
  jobs: Map<string, JobDoc>;
  /** shortId → display name of the people who invited. */
  inviterNames: Map<string, string>;
}

export async function loadLedger(ctx: Ctx, fair: FairDoc): Promise<Ledger> {
  const slots = await slotsOf(ctx, [fair._id]);
  const signups = await readAll((skip, limit) =>
    ctx.store.find<FairSignupDoc>(
      COLLECTIONS.fairSignups,
      { fairId: fair._id },
      { orderBy: [['createdAt', 'asc']], skip, limit },
    ),
  );
  const agreements = await readAll((skip, limit) =>
    ctx.store.find<FairAgreementDoc>(
      COLLECTIONS.fairAgreements,
      { fairId: fair._id },
      { orderBy: [['createdAt', 'asc']], skip, limit },
    ),
  );
  const jobs = new Map(
    (
      await ctx.store.byIds<JobDoc>(COLLECTIONS.jobs, [...new Set(agreements.map((a) => a.jobId))])
    ).map((j) => [j._id, j]),
  );
  const shortIds = [
    ...new Set(
      signups
        .map((s) => ('userId' in s.inviter ? s.inviter.userId : undefined))
        .filter((x): x is string => !!x),
    ),
  ];
  const inviterNames = new Map<string, string>();
  const _ = ctx.store.command;
  for (let i = 0; i < shortIds.length; i += 500) {
    const chunk = shortIds.slice(i, i + 500);
    const users = await ctx.store.find<UserDoc>(
      COLLECTIONS.users,
      { shortId: _.in(chunk) },
      { limit: chunk.length, fields: { shortId: true, profile: true, cadre: true } },
    );
    for (const u of users) inviterNames.set(u.shortId, displayName(u));
  }
  return { slots, signups, agreements, jobs, inviterNames };
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

/** A name people at the fair recognise: the profile name, else the cadre's place, else the id. */
function displayName(user: UserDoc): string {
  if (user.profile?.name) return user.profile.name;
  if (user.cadre) return `${user.cadre.town ?? user.cadre.county}村干部`;
  return `用户${user.shortId}`;
}

/** '2026-11-24 09:12' in China time. */
export function chinaDateTime(ms: number): string {
  return `${chinaDay(ms)} ${chinaClock(ms)}`;
}
