import { DomainError } from '../../../../miniprogram/shared/index';
import {
  COLLECTIONS,
  type PublicJobDoc,
  type RegionDoc,
  type WorkforcePersonDoc,
} from '../../../../server/collections';
import type { Ctx } from '../../../../server/context';
import { loadById, managesArea } from '../../../../server/ownership';

/** The town a ledger record or a 公益性岗位 belongs to, as one key. */
export function townKeyOf(region: RegionDoc, town: string): string {
  return `${region.province}/${region.city}/${region.county}/${town}`;
}

/**
 * The caller's area as a filter (WORKFORCE_RULES townArea): an admin's area, a county cadre's
 * county, a town cadre's town; `town` narrows it and must lie inside it.
 */
export function areaWhere(ctx: Ctx, town?: string): Record<string, unknown> {
  const admin = ctx.admin;
  if (admin) {
    return {
      'region.province': admin.province,
      ...(admin.city ? { 'region.city': admin.city } : {}),
      ...(admin.county ? { 'region.county': admin.county } : {}),
      ...(town ? { town } : {}),
    };
  }
  const cadre = ctx.roles.has('cadre') ? ctx.user?.cadre : undefined;
  if (!cadre) throw new DomainError('FORBIDDEN', '只有村干部和人社局能看台账');
  if (cadre.town && town && town !== cadre.town) {
    throw new DomainError('FORBIDDEN', `您只能看${cadre.town}的台账`);
  }
  const t = cadre.town ?? town;
  return {
    'region.province': cadre.province,
    'region.city': cadre.city,
    'region.county': cadre.county,
    ...(t ? { town: t } : {}),
  };
}

/** True when the caller is a cadre or admin of the place (town cadres: their town only). */
export function managesTown(ctx: Ctx, region: RegionDoc, town: string): boolean {
  return managesArea(ctx, region, town);
}

export function requireTown(ctx: Ctx, region: RegionDoc, town: string): void {
  if (!managesTown(ctx, region, town)) {
    throw new DomainError('FORBIDDEN', `${town}不归您管，请交给当地的村干部或人社局`);
  }
}

export function loadPerson(ctx: Ctx, personId: string): Promise<WorkforcePersonDoc> {
  return loadById<WorkforcePersonDoc>(
    ctx,
    COLLECTIONS.workforcePeople,
    personId,
    '台账里没有这个人，可能已被删除',
  );
}

/** The person, when the caller is a cadre or admin of their town. */
export async function loadManagedPerson(ctx: Ctx, personId: string): Promise<WorkforcePersonDoc> {
  const person = await loadPerson(ctx, personId);
  requireTown(ctx, person.region, person.town);
  return person;
}

export function loadPublicJob(ctx: Ctx, publicJobId: string): Promise<PublicJobDoc> {
  return loadById<PublicJobDoc>(
    ctx,
    COLLECTIONS.publicJobs,
    publicJobId,
    '没有找到这个公益性岗位，可能已被删除',
  );
}
