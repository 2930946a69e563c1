import { randomBytes } from 'node:crypto';
import { chinaDay, DomainError } from '../../../../miniprogram/shared/index';
import { COLLECTIONS, type TripBookingDoc, type TripDoc } from '../../../../server/collections';
import { callOff } from '../../../../server/roster/call-off';
import { remindAgain } from '../../../../server/roster/notices';
import { insertWithInviteCode } from '../../../../server/roster/codes';
import { fillFromWaitingList } from '../../../../server/roster/waiting-list';
import type { Handler } from '../../../../server/router';
import { tellMovedUp, tripCancelledMessage } from '../../../../server/trip-notices';
import { loadOrganisedTrip, requireBookable } from '../domain/access';
import { checkTexts } from '../domain/content';
import { tellMatchingNeeds } from '../domain/matching';
import { tripRoster } from '../../../../server/roster/trip-roster';
import { organiserOf, tripFields } from '../domain/trip-form';

/** Said when the organiser's form was loaded before the trip last changed. */
const STALE_TRIP = '这趟车刚被别人改过，请刷新后再改';

export const create: Handler<'trip.create'> = async (input, ctx) => {
  const organiser = organiserOf(ctx, input);
  const fields = await tripFields(ctx, input);
  const tripId = randomBytes(12).toString('hex');
  const doc = await insertWithInviteCode<TripDoc>(ctx, COLLECTIONS.trips, (inviteCode) => ({
    _id: tripId,
    ...fields,
    ...organiser,
    inviteCode,
    seats: input.seats,
    seatsLeft: input.seats,
    status: 'open',
    organiserOpenid: ctx.openid,
    rev: 0,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  }));
  const notified = await tellMatchingNeeds(ctx, doc);
  return { tripId, inviteCode: doc.inviteCode, notified };
};

/**
 * A versioned edit: the form must have been loaded from the trip as it is now (`rev`), else it is
 * refused before anything is written; the write itself is conditional on the same rev. Seats may
 * shrink only down to those taken (one conditional update); more seats go to the waiting list
 * first. A pick-up point somebody booked cannot be removed.
 */
export const update: Handler<'trip.update'> = async (input, ctx) => {
  const trip = await loadOrganisedTrip(ctx, input.tripId);
  requireBookable(trip, ctx.now);
  if (trip.rev !== input.rev) throw new DomainError('CONFLICT', STALE_TRIP);
  if (!trip.employerId) organiserOf(ctx, input);
  else if (input.to.employerName !== trip.to.employerName)
    throw new DomainError('INVALID_INPUT', '单位的车次不能改目的地单位', {
      'to.employerName': `请填“${trip.to.employerName}”`,
    });
  const fields = await tripFields(ctx, input, trip);
  const _ = ctx.store.command;

  const kept = new Set(fields.pickups.map((p) => p.id));
  for (const p of trip.pickups.filter((x) => !kept.has(x.id))) {
    const booked = await ctx.store.count(COLLECTIONS.tripBookings, {
      tripId: trip._id,
      pickupId: p.id,
      status: _.in(['booked', 'waiting', 'boarded']),
    });
    if (booked > 0)
      throw new DomainError('INVALID_INPUT', `${p.name}已有${booked}人订座，不能删除这个上车点`, {
        pickups: '已有人订座的上车点不能删除',
      });
  }

  const delta = input.seats - trip.seats;
  const data: Record<string, unknown> = {
    ...fields,
    seats: input.seats,
    seatsLeft: _.inc(delta),
    updatedAt: ctx.now,
    rev: _.inc(1),
  };
  if (!input.town) data.town = _.remove();
  if (!input.bring) data.bring = _.remove();
  const where: Record<string, unknown> = { _id: trip._id, rev: input.rev, status: 'open' };
  if (delta < 0) where.seatsLeft = _.gte(-delta);
  const n = await ctx.store.update(COLLECTIONS.trips, where, data);
  if (n !== 1) {
    const now = await loadOrganisedTrip(ctx, trip._id);
    if (now.rev !== input.rev || now.status !== 'open')
      throw new DomainError('CONFLICT', STALE_TRIP);
    const taken = now.seats - now.seatsLeft;
    throw new DomainError('INVALID_INPUT', `已有${taken}人订座，座位不能少于${taken}个`, {
      seats: `不能少于已订的${taken}个`,
    });
  }
  if (delta > 0) {
    const updated = { ...trip, ...fields, seats: input.seats } as TripDoc;
    const moved = await fillFromWaitingList<TripBookingDoc>(
      ctx,
      tripRoster(trip._id),
      fields.pickups[0]?.id ?? '',
    );
    await tellMovedUp(ctx, updated, moved);
  }
  if (input.day !== trip.day || input.time !== trip.time) {
    await remindAgain(ctx, tripRoster(trip._id));
  }
  return { rev: input.rev + 1 };
};

/** Calls a trip off and tells everyone booked or waiting, with the reason. */
export const cancel: Handler<'trip.cancel'> = async (input, ctx) => {
  const trip = await loadOrganisedTrip(ctx, input.tripId);
  if (trip.status === 'cancelled') return { notified: 0 };
  if (trip.status === 'departed')
    throw new DomainError('TRIP_NOT_OPEN', '这趟车已经发车了，不能取消');
  await checkTexts(ctx, { reason: input.reason });
  return callOff(
    ctx,
    tripRoster(trip._id),
    { collection: COLLECTIONS.trips, openStatus: 'open' },
    input.reason,
    (openid) => tripCancelledMessage(openid, trip, input.reason),
  );
};

/** 发车: the trip has left; from now on nobody can book it. */
export const depart: Handler<'trip.depart'> = async (input, ctx) => {
  const trip = await loadOrganisedTrip(ctx, input.tripId);
  if (trip.status === 'departed') return {};
  if (trip.status === 'cancelled') throw new DomainError('TRIP_NOT_OPEN', '这趟车已经取消了');
  if (chinaDay(ctx.now) < trip.day)
    throw new DomainError('INVALID_INPUT', '发车当天才能点“已发车”', { tripId: '还没到发车那天' });
  const _ = ctx.store.command;
  await ctx.store.update(
    COLLECTIONS.trips,
    { _id: trip._id, status: 'open' },
    { status: 'departed', departedAt: ctx.now, updatedAt: ctx.now, rev: _.inc(1) },
  );
  return {};
};
