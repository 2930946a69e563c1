import {
  addDays,
  chinaDay,
  chinaTime,
  DomainError,
  startOfChinaDay,
  type PickupInput,
  type TripInput,
} from '../../../../miniprogram/shared/contracts-all';
import type { TripDoc } from '../../../../server/collections';
import type { Ctx } from '../../../../server/context';
import { managesArea } from '../../../../server/ownership';
import { checkTexts } from './content';

/** How far ahead a trip may be planned. */
const MAX_DAYS_AHEAD = 180;

/**
 * Who a new trip is organised by: a cadre or admin of the area it leaves from, else a verified
 * employer for a trip to itself (the destination is its own company). Refused otherwise.
 */
export function organiserOf(ctx: Ctx, input: TripInput): { employerId?: string } {
  if (managesArea(ctx, input.region, input.town)) return {};
  const employer = ctx.employer;
  if (employer?.status === 'verified') {
    if (input.to.employerName !== employer.companyName) {
      throw new DomainError('FORBIDDEN', '单位只能为本单位招的人安排车，目的地请填本单位', {
        'to.employerName': `请填“${employer.companyName}”`,
      });
    }
    return { employerId: employer._id };
  }
  throw new DomainError('FORBIDDEN', '只能为您负责的区县安排车次', {
    'region.county': '不是您负责的区县',
  });
}

function checkWhen(input: TripInput, now: number): void {
  const today = chinaDay(now);
  if (input.day < today || chinaTime(input.day, input.time) <= now)
    throw new DomainError('INVALID_INPUT', '发车时间不能早于现在', { day: '日期不能早于今天' });
  if (input.day > addDays(today, MAX_DAYS_AHEAD)) {
    throw new DomainError('INVALID_INPUT', `车次最多提前${MAX_DAYS_AHEAD}天安排`, {
      day: '日期太远了',
    });
  }
}

/** Ids `p1`, `p2`, … for new pick-up points, not used by the trip yet. */
function pickupIds(wanted: PickupInput[], existing: TripDoc['pickups']): string[] {
  const taken = new Set(existing.map((p) => p.id));
  const known = new Set(taken);
  let n = 1;
  return wanted.map((p, i) => {
    if (p.id) {
      if (!known.has(p.id))
        throw new DomainError('INVALID_INPUT', '有个上车点已经不存在了，请刷新后再改', {
          [`pickups.${i}`]: '上车点不存在',
        });
      return p.id;
    }
    while (taken.has(`p${n}`)) n++;
    taken.add(`p${n}`);
    return `p${n}`;
  });
}

/** The fields of a trip document that come from the organiser's form (texts checked first). */
export async function tripFields(ctx: Ctx, input: TripInput, current?: TripDoc) {
  checkWhen(input, ctx.now);
  const flags = await checkTexts(ctx, {
    title: input.title,
    address: input.to.address,
    employerName: input.to.employerName,
    bring: input.bring,
    pickups: input.pickups.map((p) => p.name).join('；'),
  });
  const ids = pickupIds(input.pickups, current?.pickups ?? []);
  const point = (l: { lat: number; lng: number }) =>
    ctx.store.geoJson(l.lat, l.lng) as TripDoc['to']['location'];
  const fields: Omit<
    TripDoc,
    | '_id'
    | 'inviteCode'
    | 'status'
    | 'seats'
    | 'seatsLeft'
    | 'organiserOpenid'
    | 'rev'
    | 'createdAt'
    | 'updatedAt'
  > = {
    mode: input.mode,
    title: input.title,
    region: { ...input.region },
    to: {
      city: input.to.city,
      employerName: input.to.employerName,
      address: input.to.address,
      location: point(input.to.location),
    },
    day: input.day,
    time: input.time,
    dayStart: startOfChinaDay(input.day),
    pickups: input.pickups.map((p, i) => ({
      id: ids[i] as string,
      name: p.name,
      time: p.time,
      location: point(p.location),
    })),
    cost: input.cost,
    contact: { ...input.contact },
    flags,
  };
  if (input.town) fields.town = input.town;
  if (input.bring) fields.bring = input.bring;
  return fields;
}
