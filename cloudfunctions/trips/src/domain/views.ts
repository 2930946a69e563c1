import {
  bookingPhase,
  costLabel,
  type BookingRow,
  type BookingView,
  type NeedView,
  type TripCard,
} from '../../../../miniprogram/shared/contracts-all';
import type { TravelNeedDoc, TripBookingDoc, TripDoc } from '../../../../server/collections';
import { cancelReasonOf, latLngOf } from '../../../../server/views';

export function tripCard(trip: TripDoc): TripCard {
  return {
    _id: trip._id,
    mode: trip.mode,
    title: trip.title,
    county: trip.region.county,
    toCity: trip.to.city,
    employerName: trip.to.employerName,
    day: trip.day,
    time: trip.time,
    status: trip.status,
    ...cancelReasonOf(trip),
    seats: trip.seats,
    seatsLeft: Math.max(0, trip.seatsLeft),
    costLabel: costLabel(trip.cost),
  };
}

/** What the trip page, the card and 我的 show of where it goes and whom to call. */
export function tripFacts(trip: TripDoc) {
  return {
    ...tripCard(trip),
    region: { ...trip.region },
    ...(trip.town ? { town: trip.town } : {}),
    to: {
      city: trip.to.city,
      employerName: trip.to.employerName,
      address: trip.to.address,
      location: latLngOf(trip.to.location),
    },
    pickups: trip.pickups.map((p) => ({
      id: p.id,
      name: p.name,
      time: p.time,
      location: latLngOf(p.location),
    })),
    cost: trip.cost,
    ...(trip.bring ? { bring: trip.bring } : {}),
    contact: { ...trip.contact },
  };
}

const pickupFacts = (trip: TripDoc, doc: TripBookingDoc) => {
  const p = trip.pickups.find((x) => x.id === doc.pickupId);
  return { pickupName: p?.name ?? '', pickupTime: p?.time ?? '' };
};

/**
 * A booking as its own traveller sees it: their phone, and the boarding code only while it can be
 * used at the pick-up (booked, the trip still to go).
 */
export function bookingView(
  doc: TripBookingDoc,
  trip: TripDoc,
  queuePosition?: number,
): BookingView {
  const usable = bookingPhase(doc.status, trip) === 'upcoming';
  return {
    _id: doc._id,
    tripId: doc.tripId,
    pickupId: doc.pickupId,
    ...pickupFacts(trip, doc),
    name: doc.name,
    phone: doc.phone,
    ...(doc.village ? { village: doc.village } : {}),
    status: doc.status,
    ...(doc.status === 'waiting' && queuePosition ? { queuePosition } : {}),
    ...(usable ? { boardingCode: doc.checkInCode } : {}),
    createdAt: doc.createdAt,
    ...(doc.checkedInAt ? { boardedAt: doc.checkedInAt } : {}),
  };
}

/** A booking on the roster, as the trip's organisers see it: full phone (or none), no code. */
export function bookingRow(doc: TripBookingDoc, trip: TripDoc, queuePosition?: number): BookingRow {
  return {
    _id: doc._id,
    tripId: doc.tripId,
    pickupId: doc.pickupId,
    pickupName: pickupFacts(trip, doc).pickupName,
    name: doc.name,
    phone: doc.phone,
    ...(doc.phone ? {} : { noPhone: true as const }),
    ...(doc.village ? { village: doc.village } : {}),
    status: doc.status,
    proxy: doc.proxy,
    ...(doc.status === 'waiting' && queuePosition ? { queuePosition } : {}),
    createdAt: doc.createdAt,
    ...(doc.checkedInAt ? { boardedAt: doc.checkedInAt } : {}),
  };
}

export function needView(doc: TravelNeedDoc): NeedView {
  return {
    _id: doc._id,
    name: doc.name,
    phone: doc.phone,
    from: { ...doc.from },
    to: { ...doc.to },
    earliestDay: doc.earliestDay,
    people: doc.people,
    hasJob: doc.hasJob,
    ...(doc.applicationId ? { applicationId: doc.applicationId } : {}),
    status: doc.status,
    ...(doc.tripId ? { tripId: doc.tripId } : {}),
    proxy: !!doc.proxyBy,
    createdAt: doc.createdAt,
    updatedAt: doc.updatedAt,
  };
}
