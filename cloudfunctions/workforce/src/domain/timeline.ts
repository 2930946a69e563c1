import {
  APPLICATION_STATUS_LABELS,
  chinaDay,
  PLACEMENT_LABELS,
  PUBLIC_JOB_STEP_LABELS,
  startOfChinaDay,
  VISIT_KIND_LABELS,
  type TimelineItem,
} from '../../../../miniprogram/shared/index';
import {
  COLLECTIONS,
  type ApplicationDoc,
  type FairAgreementDoc,
  type FairDoc,
  type FairSignupDoc,
  type JobDoc,
  type PublicJobApplicationDoc,
  type PublicJobDoc,
  type WorkforcePersonDoc,
  type WorkforceVisitDoc,
} from '../../../../server/collections';
import type { Ctx } from '../../../../server/context';

/** How many of each kind of event a timeline reads. */
const EACH = 50;

/** The person's fair sign-ups: by the key a 代登记 and a ledger record share, and by account. */
async function signupsOf(ctx: Ctx, person: WorkforcePersonDoc): Promise<FairSignupDoc[]> {
  const byKey = await ctx.store.find<FairSignupDoc>(
    COLLECTIONS.fairSignups,
    { personKey: person.personKey },
    { limit: EACH },
  );
  const byAccount = person.workerOpenid
    ? await ctx.store.find<FairSignupDoc>(
        COLLECTIONS.fairSignups,
        { workerOpenid: person.workerOpenid },
        { orderBy: [['createdAt', 'desc']], limit: EACH },
      )
    : [];
  const seen = new Set<string>();
  return [...byKey, ...byAccount].filter((s) => !seen.has(s._id) && !!seen.add(s._id));
}

/**
 * What happened to the person in 乡聘, newest first, from the data already there: visits (without
 * their notes), fair sign-ups, check-ins and agreements, applications and hires (a linked worker's
 * own), 公益性岗位 steps and the placement.
 */
export async function timelineOf(
  ctx: Ctx,
  person: WorkforcePersonDoc,
  visits: WorkforceVisitDoc[],
): Promise<TimelineItem[]> {
  /** When 乡聘 did something that places a person: an agreement, a hire, 上岗. */
  const placing: number[] = [];
  const items: TimelineItem[] = visits.map((v) => ({
    at: v.createdAt,
    kind: 'visit',
    title: VISIT_KIND_LABELS[v.kind],
    detail: v.day,
  }));

  const signups = await signupsOf(ctx, person);
  const _ = ctx.store.command;
  const fairIds = [...new Set(signups.map((s) => s.fairId))];
  const fairs = new Map(
    (await ctx.store.byIds<FairDoc>(COLLECTIONS.fairs, fairIds, { title: true, day: true })).map(
      (f) => [f._id, f],
    ),
  );
  for (const s of signups) {
    const fair = fairs.get(s.fairId);
    const title = fair?.title ?? '招聘会';
    items.push({
      at: s.createdAt,
      kind: 'fairSignup',
      title: `报名 ${title}`,
      ...(fair ? { detail: fair.day } : {}),
    });
    if (s.checkedInAt)
      items.push({ at: s.checkedInAt, kind: 'fairCheckIn', title: `到场 ${title}` });
  }
  const agreements = signups.length
    ? await ctx.store.find<FairAgreementDoc>(
        COLLECTIONS.fairAgreements,
        { fairId: _.in(fairIds), signupId: _.in(signups.map((s) => s._id)) },
        { limit: EACH },
      )
    : [];

  const applications = person.workerOpenid
    ? await ctx.store.find<ApplicationDoc>(
        COLLECTIONS.applications,
        { workerOpenid: person.workerOpenid },
        { orderBy: [['createdAt', 'desc']], limit: EACH },
      )
    : [];
  const jobIds = [...new Set([...agreements, ...applications].map((x) => x.jobId))];
  const jobs = new Map(
    (
      await ctx.store.byIds<JobDoc>(COLLECTIONS.jobs, jobIds, { title: true, companyName: true })
    ).map((j) => [j._id, j]),
  );
  const jobName = (id: string) => {
    const j = jobs.get(id);
    return j ? `${j.companyName} ${j.title}` : '岗位已删除';
  };
  for (const a of agreements) {
    placing.push(a.createdAt);
    items.push({
      at: a.createdAt,
      kind: 'fairAgreement',
      title: '招聘会达成意向',
      detail: jobName(a.jobId),
    });
  }
  for (const a of applications) {
    items.push({
      at: a.createdAt,
      kind: 'application',
      title: '投递岗位',
      detail: jobName(a.jobId),
    });
    const hired = a.history.find((h) => h.status === 'hired');
    if (hired) {
      placing.push(hired.at);
      items.push({
        at: hired.at,
        kind: 'hired',
        title: APPLICATION_STATUS_LABELS.hired,
        detail: jobName(a.jobId),
      });
    }
  }

  const publicApps = await ctx.store.find<PublicJobApplicationDoc>(
    COLLECTIONS.publicJobApplications,
    { personId: person._id },
    { limit: EACH },
  );
  const posts = new Map(
    (
      await ctx.store.byIds<PublicJobDoc>(
        COLLECTIONS.publicJobs,
        [...new Set(publicApps.map((a) => a.publicJobId))],
        { position: true },
      )
    ).map((p) => [p._id, p]),
  );
  for (const a of publicApps) {
    for (const h of a.history) {
      if (h.step === 'onDuty') placing.push(h.at);
      items.push({
        at: h.at,
        kind: 'publicJob',
        title: `公益性岗位：${PUBLIC_JOB_STEP_LABELS[h.step]}`,
        detail: posts.get(a.publicJobId)?.position ?? '',
      });
    }
  }

  // Trips (issue 14): when the trips function lands, its bookings of this person (by personKey
  // or the linked account) join here as kind 'trip', and ledger.matches lists its open trips.

  if (person.placed) {
    const day = person.placed.day;
    // The placement is recorded with the day only. When 乡聘 placed the person (an agreement, a
    // hire, 上岗) the event that did it is on the timeline: its time is the placement's.
    const cause = placing
      .filter((at) => chinaDay(at) === day)
      .reduce((latest, at) => Math.max(latest, at), 0);
    items.push({
      at: cause || startOfChinaDay(day),
      kind: 'placed',
      title: `已就业：${PLACEMENT_LABELS[person.placed.how]}`,
      detail: person.placed.day,
    });
  }
  // Newest first; within a day the outcome (已就业) comes last, so it is read first. Events of
  // one instant keep the order they happened in (a sign-up before its check-in), reversed.
  const rank = (i: TimelineItem) => (i.kind === 'placed' ? 1 : 0);
  return items
    .map((item, order) => ({ item, order, day: chinaDay(item.at) }))
    .sort(
      (a, b) =>
        b.day.localeCompare(a.day) ||
        rank(b.item) - rank(a.item) ||
        b.item.at - a.item.at ||
        b.order - a.order,
    )
    .map((x) => x.item);
}
