import {
  COLLECTIONS,
  type ApplicationDoc,
  type EmployerDoc,
  type FairDoc,
  type FairSignupDoc,
  type FairSlotDoc,
  type JobDoc,
  type TripBookingDoc,
  type TripDoc,
} from '../../../server/collections';
import type { Store } from '../../../server/db';
import type { Notifier } from '../../../server/roster/notices';
import { tripRoster } from '../../../server/roster/trip-roster';
import { fillFromWaitingList } from '../../../server/roster/waiting-list';
import { tellMovedUp } from '../../../server/trip-notices';

/**
 * Counters kept beside the documents they count (a slot's seatsLeft, a post's applicantCount) are
 * written in a second step; a function instance that dies between the two leaves them off. These
 * recount them from the documents and repair what drifted.
 *
 * A counter is repaired only when nothing touched it or its documents for QUIET_MS (longer than any
 * function runs, so no operation is still between its two writes), and only by a conditional
 * update on the values it was read with, so an operation that starts meanwhile wins and the
 * repair waits for the next run.
 */
export const QUIET_MS = 10 * 60_000;

export interface Repair {
  counter: 'seatsLeft' | 'tripSeatsLeft' | 'applicantCount' | 'employerVerified';
  /** The slot's, the trip's, the post's or the company's _id. */
  id: string;
  was: number | boolean;
  now: number | boolean;
  /** employerVerified: how many of the company's posts were put right. */
  posts?: number;
  /** tripSeatsLeft: how many of the waiting list got a seat the recount gave back. */
  movedUp?: number;
}

const PAGE = 1000;
const BATCH = 100;

async function allOf<T>(
  store: Store,
  name: Parameters<Store['find']>[0],
  where: object,
  fields: Record<string, boolean>,
): Promise<T[]> {
  const rows: T[] = [];
  for (let skip = 0; ; skip += PAGE) {
    const page = await store.find<T>(name, where, {
      orderBy: [['_id', 'asc']],
      skip,
      limit: PAGE,
      fields,
    });
    rows.push(...page);
    if (page.length < PAGE) return rows;
  }
}

/** seatsLeft = capacity − the slot's sign-ups that are not cancelled, for fairs still to come. */
export async function reconcileSeats(store: Store, now: number): Promise<Repair[]> {
  const _ = store.command;
  const repairs: Repair[] = [];
  const fairs = await allOf<Pick<FairDoc, '_id'>>(
    store,
    COLLECTIONS.fairs,
    { status: 'upcoming' },
    { _id: true },
  );
  for (const fair of fairs) {
    const slots = await store.find<FairSlotDoc>(
      COLLECTIONS.fairSlots,
      { fairId: fair._id },
      { limit: 100 },
    );
    if (slots.length === 0) continue;
    const signups = await allOf<Pick<FairSignupDoc, '_id' | 'slotId' | 'status' | 'updatedAt'>>(
      store,
      COLLECTIONS.fairSignups,
      { fairId: fair._id },
      { _id: true, slotId: true, status: true, updatedAt: true },
    );
    for (const slot of slots) {
      const mine = signups.filter((s) => s.slotId === slot.slotId);
      const busy =
        (slot.touchedAt ?? 0) > now - QUIET_MS || mine.some((s) => s.updatedAt > now - QUIET_MS);
      const expected = slot.capacity - mine.filter((s) => s.status !== 'cancelled').length;
      if (busy || expected === slot.seatsLeft) continue;
      const n = await store.update(
        COLLECTIONS.fairSlots,
        {
          _id: slot._id,
          capacity: slot.capacity,
          seatsLeft: slot.seatsLeft,
          touchedAt: slot.touchedAt ?? _.exists(false),
        },
        { seatsLeft: expected, touchedAt: now },
      );
      if (n === 1)
        repairs.push({ counter: 'seatsLeft', id: slot._id, was: slot.seatsLeft, now: expected });
    }
  }
  return repairs;
}

/**
 * A trip's seatsLeft = seats − its bookings holding a seat (booked or boarded; the waiting list
 * holds none), for trips still to leave. Same quiet rule and conditional repair as the slots. A
 * seat the recount gives back goes to the waiting list at once, first in line first, with the
 * notice a cancellation sends (the roster core's fillFromWaitingList, as trip.update does).
 */
export async function reconcileTripSeats(
  store: Store,
  now: number,
  notices: Notifier,
): Promise<Repair[]> {
  const _ = store.command;
  const repairs: Repair[] = [];
  const trips = await allOf<Pick<TripDoc, '_id' | 'seats' | 'seatsLeft' | 'touchedAt'>>(
    store,
    COLLECTIONS.trips,
    { status: 'open' },
    { _id: true, seats: true, seatsLeft: true, touchedAt: true },
  );
  for (const trip of trips) {
    const bookings = await allOf<Pick<TripBookingDoc, '_id' | 'status' | 'updatedAt'>>(
      store,
      COLLECTIONS.tripBookings,
      { tripId: trip._id },
      { _id: true, status: true, updatedAt: true },
    );
    const busy =
      (trip.touchedAt ?? 0) > now - QUIET_MS || bookings.some((b) => b.updatedAt > now - QUIET_MS);
    const expected =
      trip.seats - bookings.filter((b) => b.status === 'booked' || b.status === 'boarded').length;
    if (busy || expected === trip.seatsLeft) continue;
    const n = await store.update(
      COLLECTIONS.trips,
      {
        _id: trip._id,
        status: 'open',
        seats: trip.seats,
        seatsLeft: trip.seatsLeft,
        touchedAt: trip.touchedAt ?? _.exists(false),
      },
      { seatsLeft: expected, touchedAt: now },
    );
    if (n !== 1) continue;
    const repair: Repair = {
      counter: 'tripSeatsLeft',
      id: trip._id,
      was: trip.seatsLeft,
      now: expected,
    };
    if (expected > 0 && bookings.some((b) => b.status === 'waiting')) {
      const moved = await moveUpWaiting(store, now, notices, trip._id);
      if (moved > 0) repair.movedUp = moved;
    }
    repairs.push(repair);
  }
  return repairs;
}

/** Hands a trip's free seats to its waiting list and tells whoever moved up; how many did. */
async function moveUpWaiting(
  store: Store,
  now: number,
  notices: Notifier,
  tripId: string,
): Promise<number> {
  const trip = await store.getById<TripDoc>(COLLECTIONS.trips, tripId);
  if (!trip || trip.status !== 'open') return 0;
  const moved = await fillFromWaitingList<TripBookingDoc>(
    { store, now },
    tripRoster(trip._id),
    trip.pickups[0]?.id ?? '',
  );
  await tellMovedUp(notices, trip, moved);
  return moved.length;
}

/** applicantCount = the post's applications that are not withdrawn, for posts still listed. */
export async function reconcileApplicants(store: Store, now: number): Promise<Repair[]> {
  const _ = store.command;
  const repairs: Repair[] = [];
  const jobs = await allOf<Pick<JobDoc, '_id' | 'applicantCount'>>(
    store,
    COLLECTIONS.jobs,
    { status: _.in(['published', 'paused']) },
    { _id: true, applicantCount: true },
  );
  for (let i = 0; i < jobs.length; i += BATCH) {
    const batch = jobs.slice(i, i + BATCH);
    const apps = await allOf<Pick<ApplicationDoc, '_id' | 'jobId' | 'status' | 'updatedAt'>>(
      store,
      COLLECTIONS.applications,
      { jobId: _.in(batch.map((j) => j._id)) },
      { _id: true, jobId: true, status: true, updatedAt: true },
    );
    for (const job of batch) {
      const mine = apps.filter((a) => a.jobId === job._id);
      if (mine.some((a) => a.updatedAt > now - QUIET_MS)) continue;
      const expected = mine.filter((a) => a.status !== 'withdrawn').length;
      if (expected === job.applicantCount) continue;
      const n = await store.update(
        COLLECTIONS.jobs,
        { _id: job._id, applicantCount: job.applicantCount },
        { applicantCount: expected },
      );
      if (n === 1)
        repairs.push({
          counter: 'applicantCount',
          id: job._id,
          was: job.applicantCount,
          now: expected,
        });
    }
  }
  return repairs;
}

/**
 * Each post's copy of its company's review (employerVerified) follows the company: verifying or
 * taking back a company writes the company, then its posts, and a crash in between leaves the posts
 * saying the old thing. Companies changed in the last QUIET_MS are left to their own call.
 */
export async function reconcileEmployerFlags(store: Store, now: number): Promise<Repair[]> {
  const repairs: Repair[] = [];
  const employers = await allOf<Pick<EmployerDoc, '_id' | 'status' | 'updatedAt'>>(
    store,
    COLLECTIONS.employers,
    {},
    { _id: true, status: true, updatedAt: true },
  );
  for (const employer of employers) {
    if (employer.updatedAt > now - QUIET_MS) continue;
    const verified = employer.status === 'verified';
    const n = await store.update(
      COLLECTIONS.jobs,
      { employerId: employer._id, employerVerified: !verified },
      { employerVerified: verified },
    );
    if (n > 0)
      repairs.push({
        counter: 'employerVerified',
        id: employer._id,
        was: !verified,
        now: verified,
        posts: n,
      });
  }
  return repairs;
}
