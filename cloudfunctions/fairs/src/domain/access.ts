import { DomainError, chinaDay } from '../../../../miniprogram/shared/index';
import { COLLECTIONS, type FairDoc } from '../../../../server/collections';
import type { Ctx } from '../../../../server/context';
import { loadById, managesArea } from '../../../../server/ownership';

/** Who may manage a fair: admins of its area, cadres of its county or town (`managesArea`). */
export function canManage(ctx: Ctx, fair: FairDoc): boolean {
  return managesArea(ctx, fair.region, fair.town);
}

export function loadFair(ctx: Ctx, fairId: string): Promise<FairDoc> {
  return loadById<FairDoc>(ctx, COLLECTIONS.fairs, fairId, '没有找到这场招聘会，可能已被删除');
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
