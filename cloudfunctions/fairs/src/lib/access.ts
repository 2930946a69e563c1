import { DomainError, chinaDay, type Region } from '../../../../miniprogram/shared/index';
import { COLLECTIONS, type FairDoc } from '../../../../server/collections';
import type { Ctx } from '../../../../server/context';

/**
 * Admins manage every fair; a cadre manages the fairs of the county they were appointed for (and
 * only their town's, when appointed for a town) — the rule of `cadreCovers` in server/ownership.ts.
 */
export function canManageRegion(ctx: Ctx, region: Region, town?: string): boolean {
  if (ctx.roles.has('admin')) return true;
  const area = ctx.user?.cadre;
  if (!ctx.roles.has('cadre') || !area) return false;
  if (
    area.province !== region.province ||
    area.city !== region.city ||
    area.county !== region.county
  )
    return false;
  return !area.town || area.town === town;
}

export function canManage(ctx: Ctx, fair: FairDoc): boolean {
  return canManageRegion(ctx, fair.region, fair.town);
}

export async function loadFair(ctx: Ctx, fairId: string): Promise<FairDoc> {
  const fair = await ctx.store.getById<FairDoc>(COLLECTIONS.fairs, fairId);
  if (!fair) throw new DomainError('NOT_FOUND', '没有找到这场招聘会，可能已被删除');
  return fair;
}

/** The fair, when the caller may manage it; FORBIDDEN otherwise. */
export async function loadManagedFair(ctx: Ctx, fairId: string): Promise<FairDoc> {
  const fair = await loadFair(ctx, fairId);
  if (!canManage(ctx, fair))
    throw new DomainError('FORBIDDEN', '只有本县的村干部和人社局能管理这场招聘会');
  return fair;
}

/** Open for sign-ups and edits: not cancelled, not finished, and its China day not yet past. */
export function isOpen(fair: FairDoc, now: number): boolean {
  return fair.status === 'upcoming' && fair.day >= chinaDay(now);
}

export function requireOpen(fair: FairDoc, now: number): void {
  if (fair.status === 'cancelled') throw new DomainError('FAIR_NOT_OPEN', '这场招聘会已经取消了');
  if (!isOpen(fair, now)) throw new DomainError('FAIR_NOT_OPEN', '这场招聘会已经结束了');
}
