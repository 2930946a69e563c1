/**
 * Turns contract data into the few strings a view renders, so setData carries only what is shown.
 */
import {
  benefitWords,
  chinaClock,
  chinaDay,
  daysBetween,
  formatDay,
  formatDayWhen,
  formatPay,
  JOB_CATEGORY_LABELS,
  INTERVIEW_ANSWER_LABELS,
  PAY_CYCLE_LABELS,
  WITHDRAWABLE,
  type FairCard,
  type FairStatus,
  type InterviewView,
  type MyApplication,
  type SignupView,
  type JobCard,
} from '../shared/index';

export interface JobCardView {
  id: string;
  title: string;
  pay: string;
  tags: string[];
  place: string;
  company: string;
  verified: boolean;
  reasons: string[];
}

/** The pages take their view helpers from here; the words themselves live in the catalog. */
export { benefitWords };

export function jobCardView(job: JobCard): JobCardView {
  const distance = job.distanceKm !== undefined ? `${formatKm(job.distanceKm)}` : '';
  const reasons = job.reasons ?? [];
  const tags = [
    PAY_CYCLE_LABELS[job.payCycle],
    JOB_CATEGORY_LABELS[job.category],
    ...benefitWords(job.benefits),
  ];
  return {
    id: job._id,
    title: job.title,
    pay: formatPay(job.pay.minYuan, job.pay.maxYuan, job.pay.unit),
    // A reason that already says 包吃住 makes the same tag a repeat.
    tags: tags.filter((t) => !reasons.includes(t)),
    place: [job.city, job.county, distance].filter(Boolean).join(' · '),
    company: job.companyName,
    verified: job.verified,
    reasons,
  };
}

export function formatKm(km: number): string {
  return km < 1
    ? `${Math.max(100, Math.round(km * 10) * 100)}米`
    : `${Math.round(km * 10) / 10}公里`;
}

export interface FairCardView {
  id: string;
  title: string;
  when: string;
  date: string;
  place: string;
  seats: string;
  full: boolean;
  employers: string;
  status: string;
  /** The worker signed up (fair.list says so for the caller). */
  signedUp: boolean;
}

export function fairCardView(fair: FairCard, nowMs: number): FairCardView {
  return {
    id: fair._id,
    title: fair.title,
    when: formatDayWhen(fair.day, nowMs),
    date: formatDay(fair.day),
    place: [
      fair.county,
      fair.village,
      fair.distanceKm !== undefined ? formatKm(fair.distanceKm) : '',
    ]
      .filter(Boolean)
      .join(' · '),
    seats: fair.seatsLeft > 0 ? `还能报${fair.seatsLeft}人` : '已约满',
    full: fair.seatsLeft <= 0,
    employers: `${fair.employerCount}家单位`,
    status: fair.status,
    signedUp: !!fair.signedUp,
  };
}

/** An interview invitation as both its worker and its employer read it. */
export interface InterviewItem {
  /** 明天 11月22日 周六 10:30 */
  when: string;
  place: string;
  note: string;
  lat: number;
  lng: number;
  /** '' until answered; then 我会去 / 想换个时间. */
  answer: string;
  answerNote: string;
  /** The worker asked for another time: the employer sets a new one. */
  reschedule: boolean;
}

export function interviewItem(i: InterviewView, nowMs: number): InterviewItem {
  const day = chinaDay(i.at);
  return {
    when: `${formatDayWhen(day, nowMs)} ${chinaClock(i.at)}`,
    place: i.address,
    note: i.note ?? '',
    lat: i.location.lat,
    lng: i.location.lng,
    answer: i.answer ? INTERVIEW_ANSWER_LABELS[i.answer] : '',
    answerNote: i.answerNote ?? '',
    reschedule: i.answer === 'reschedule',
  };
}

export interface ApplicationItem {
  id: string;
  jobId: string;
  title: string;
  pay: string;
  company: string;
  status: string;
  when: string;
  canWithdraw: boolean;
  /** The invitation while the status is 邀约面试. */
  interview: InterviewItem | null;
}

export function applicationItem(a: MyApplication, nowMs: number): ApplicationItem {
  const day = chinaDay(a.createdAt);
  return {
    id: a._id,
    jobId: a.job._id,
    title: a.job.title,
    pay: formatPay(a.job.pay.minYuan, a.job.pay.maxYuan, a.job.pay.unit),
    company: a.job.companyName,
    status: a.status,
    when: `${pastDay(day, nowMs)}报名`,
    canWithdraw: WITHDRAWABLE.includes(a.status),
    interview: a.interview ? interviewItem(a.interview, nowMs) : null,
  };
}

/** A sign-up and the facts of its fair that the 签到码 page shows (cached per sign-up). */
export interface SignupCacheEntry {
  signup: SignupView;
  fair: {
    title: string;
    day: string;
    place: string;
    address: string;
    lat: number;
    lng: number;
    /** The fair's status: a cancelled or finished fair shows its state (and reason), not the code. */
    status?: FairStatus;
    cancelReason?: string;
  };
}

/**
 * The cache entry of a sign-up: its fair's facts as the 签到码 page shows them, with the place
 * (as the caller words it) and where the map opens.
 */
export function signupCacheEntry(
  signup: SignupView,
  fair: Pick<FairCard, 'title' | 'day' | 'address' | 'status' | 'cancelReason'>,
  place: string,
  at: { lat: number; lng: number },
): SignupCacheEntry {
  return {
    signup,
    fair: {
      title: fair.title,
      day: fair.day,
      place,
      address: fair.address,
      lat: at.lat,
      lng: at.lng,
      status: fair.status,
      ...(fair.cancelReason ? { cancelReason: fair.cancelReason } : {}),
    },
  };
}

/** '今天' / '昨天' / '11月18日': when something happened. */
export function pastDay(day: string, nowMs: number): string {
  const diff = daysBetween(day, chinaDay(nowMs));
  if (diff === 0) return '今天';
  if (diff === 1) return '昨天';
  const [, m, d] = day.split('-');
  return `${Number(m)}月${Number(d)}日`;
}
