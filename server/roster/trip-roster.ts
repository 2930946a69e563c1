import { COLLECTIONS } from '../collections';
import type { Roster } from './entry';

/**
 * A trip's roster: bookings by pick-up point, all seats on the trip document, a waiting list
 * when they run out (first come, first served).
 */
export function tripRoster(tripId: string): Roster {
  return {
    entries: COLLECTIONS.tripBookings,
    ownerField: 'tripId',
    ownerId: tripId,
    placeField: 'pickupId',
    seatsOf: () => ({ collection: COLLECTIONS.trips, id: tripId }),
    status: { active: 'booked', done: 'boarded', cancelled: 'cancelled', waiting: 'waiting' },
    crashPoints: {
      afterSeat: 'trip.book:afterSeat',
      afterCancel: 'trip.cancelBooking:afterStatus',
    },
    words: {
      alreadyCode: 'ALREADY_BOOKED',
      otherPlace: '您已经订了这趟车，要换上车点请先取消原来的预订',
      already: (name) => `${name}已经订了这趟车，不用再订`,
      alreadyRegistered: (name) => `${name}已经订过这趟车了，不用再登记`,
      cancelled: '这个预订已经取消了，请先重新订座',
      checkedIn: '已经上车了，不能取消',
      door: {
        entryField: 'bookingId',
        notHere: '这个人没有订这趟车',
        notHereField: '不是这趟车的预订',
        code: '乘车码',
        here: '这趟车',
        wrongRoster: 'WRONG_TRIP',
        waiting: (name) => `${name}还在候补，没有座位，请先别让上车`,
      },
    },
  };
}
