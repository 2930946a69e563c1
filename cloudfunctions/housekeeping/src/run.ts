import { addDays, chinaDay, startOfChinaDay } from '../../../miniprogram/shared/index';
import {
  COLLECTIONS,
  type FairDoc,
  type FairSignupDoc,
  type FairSlotDoc,
  REQUEST_RECORD_TTL_MS,
} from '../../../server/collections';
import type { Services } from '../../../server/context';
import type { Store } from '../../../server/db';
import { fairReminderMessage } from '../../../server/fair-notices';
import { mapLimit } from '../../../server/roster/notices';
import { remindTravellers } from './trip-reminders';
import { recountDay, type CounterDrift } from '../../../server/stats/recount';
import {
  reconcileApplicants,
  reconcileEmployerFlags,
  reconcileSeats,
  reconcileTripSeats,
  type Repair,
} from './reconcile';

export interface HousekeepingReport {
  /** The China day the run worked for. */
  today: string;
  expiredJobs: number;
  reminders: { sent: number; notSubscribed: number; failed: number };
  finishedFairs: number;
  /** Trip day-before reminders (返岗直达), counted like the fairs'. */
  tripReminders: { sent: number; notSubscribed: number; failed: number };
  /** Open trips whose day has passed, now marked departed (not bookable). */
  departedTrips: number;
  /** Counters that had drifted from their documents (a crash between two writes), now repaired. */
  repaired: Repair[];
  /** Idempotency records older than a day, deleted. */
  expiredRequests: number;
  /** Dashboard counters of yesterday that did not match their records, now set right. */
  counterDrift: CounterDrift[];
}

const PAGE = 1000;

/**
 * The daily chores, each safe to run twice: posts whose 有效期 (a China day) has passed expire;
 * workers signed up for tomorrow's fairs get one reminder each (claimed before sending, so a rerun
 * sends none; 43101 = no subscription, skipped quietly); fairs whose day has passed are finished;
 * seat and applicant counters and the posts' copy of their company's review are recounted from the
 * documents and repaired where they drifted; idempotency records older than a day are deleted.
 */
export async function runHousekeeping(
  store: Store,
  services: Pick<Services, 'notify'>,
  now: number,
  log: (message: string, extra?: Record<string, unknown>) => void = () => undefined,
): Promise<HousekeepingReport> {
  const _ = store.command;
  const today = chinaDay(now);

  const expiredJobs = await store.update(
    COLLECTIONS.jobs,
    { status: _.in(['published', 'paused']), validUntil: _.lt(today) },
    { status: 'expired', updatedAt: now },
  );

  const reminders = { sent: 0, notSubscribed: 0, failed: 0 };
  const tomorrow = addDays(today, 1);
  const fairs = await store.find<FairDoc>(
    COLLECTIONS.fairs,
    { status: 'upcoming', dayStart: startOfChinaDay(tomorrow) },
    { limit: PAGE },
  );
  for (const fair of fairs) {
    const slots = await store.find<FairSlotDoc>(
      COLLECTIONS.fairSlots,
      { fairId: fair._id },
      { limit: 100 },
    );
    for (;;) {
      const due = await store.find<FairSignupDoc>(
        COLLECTIONS.fairSignups,
        { fairId: fair._id, status: 'signed', remindedAt: _.exists(false) },
        { limit: PAGE },
      );
      if (due.length === 0) break;
      await mapLimit(due, 8, async (signup) => {
        // Claim first: two overlapping runs never both send.
        const claimed = await store.update(
          COLLECTIONS.fairSignups,
          { _id: signup._id, remindedAt: _.exists(false) },
          { remindedAt: now },
        );
        if (claimed !== 1 || !signup.workerOpenid) return;
        // A sign-up's slot always exists; the first one stands in should it ever not.
        const slot = slots.find((s) => s.slotId === signup.slotId) ?? slots[0];
        if (!slot) return;
        try {
          const sent = await services.notify(fairReminderMessage(signup.workerOpenid, fair, slot));
          if (sent) reminders.sent++;
          else reminders.notSubscribed++;
        } catch (err) {
          reminders.failed++;
          log('fairReminder failed', {
            signupId: signup._id,
            error: String((err as Error)?.message ?? err),
          });
        }
      });
      if (due.length < PAGE) break;
    }
  }

  const tripReminders = await remindTravellers(store, services, now, log);
  const departedTrips = await store.update(
    COLLECTIONS.trips,
    { status: 'open', dayStart: _.lt(startOfChinaDay(today)) },
    { status: 'departed', departedAt: now, updatedAt: now },
  );

  const finishedFairs = await store.update(
    COLLECTIONS.fairs,
    { status: 'upcoming', dayStart: _.lt(startOfChinaDay(today)) },
    { status: 'finished', finishedAt: now, updatedAt: now },
  );

  const repaired = [
    ...(await reconcileSeats(store, now)),
    ...(await reconcileTripSeats(store, now, { services, log })),
    ...(await reconcileApplicants(store, now)),
    ...(await reconcileEmployerFlags(store, now)),
  ];
  for (const r of repaired) log('drift repaired', { ...r });

  const counterDrift = await recountDay(store, addDays(today, -1));
  for (const d of counterDrift) log('dashboard counter drift repaired', { ...d });

  const expiredRequests = await store.remove(COLLECTIONS.requests, {
    createdAt: _.lt(now - REQUEST_RECORD_TTL_MS),
  });

  return {
    today,
    expiredJobs,
    reminders,
    finishedFairs,
    tripReminders,
    departedTrips,
    repaired,
    expiredRequests,
    counterDrift,
  };
}

/** The instant a timer event stands for: its `Time` (ISO), else the clock. */
export function timeOf(event: unknown, fallback: number): number {
  const time = (event as { Time?: unknown } | null)?.Time;
  const ms = typeof time === 'string' ? Date.parse(time) : NaN;
  return Number.isFinite(ms) ? ms : fallback;
}
