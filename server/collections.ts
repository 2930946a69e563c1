import type {
  ApplicationStatus,
  Benefit,
  EmployerStatus,
  FairStatus,
  InterviewAnswer,
  JobCategory,
  JobStatus,
  NeedStatus,
  BookingStatus,
  TripCost,
  TripMode,
  TripStatus,
  PayCycle,
  ReportOutcome,
  ReportReason,
  ReviewFlag,
  Role,
  SignupStatus,
  WageUnit,
  WorkerProfile,
} from '../miniprogram/shared/contracts-all';
import type { RosterEntryDoc } from './roster/entry';
import type { ApplicationStat } from './stats/destination';
export type * from './collections-workforce';

/** Collection names. Each is declared, with its security rule and indexes, in database/collections.json. */
export const COLLECTIONS = {
  users: 'users',
  employers: 'employers',
  jobs: 'jobs',
  applications: 'applications',
  reports: 'reports',
  fairs: 'fairs',
  fairSlots: 'fairSlots',
  fairSignups: 'fairSignups',
  fairAgreements: 'fairAgreements',
  travelNeeds: 'travelNeeds',
  trips: 'trips',
  tripBookings: 'tripBookings',
  cadreInvites: 'cadreInvites',
  requests: 'requests',
  statCounters: 'statCounters',
  auditLog: 'auditLog',
  workforcePeople: 'workforcePeople',
  workforceVisits: 'workforceVisits',
  publicJobs: 'publicJobs',
  publicJobApplications: 'publicJobApplications',
} as const;
export type CollectionName = (typeof COLLECTIONS)[keyof typeof COLLECTIONS];

/** GeoJSON point as the database stores it (`db.Geo.Point(lng, lat)`). */
export interface GeoJsonPoint {
  type: 'Point';
  coordinates: [number, number];
}

export interface RegionDoc {
  province: string;
  city: string;
  county: string;
}

/** All times are epoch milliseconds. */
export interface UserDoc {
  _id: string;
  openid: string;
  /** Short public id used in share links and poster scenes (inviter attribution). */
  shortId: string;
  roles: Role[];
  profile: WorkerProfile | null;
  /** Profile home location, for distance to jobs. */
  homePoint?: GeoJsonPoint;
  cadre?: RegionDoc & { town?: string };
  /** When the first 求职意向 was saved (counted once as 新登记). */
  registeredAt?: number;
  /** The Monday of the last week the worker was counted active. */
  activeWeek?: string;
  createdAt: number;
  updatedAt: number;
}

export interface EmployerDoc {
  _id: string;
  ownerOpenid: string;
  companyName: string;
  uscc: string;
  intro: string;
  contactName: string;
  contactPhone: string;
  region: RegionDoc;
  address: string;
  location: GeoJsonPoint;
  status: EmployerStatus;
  rejectReason?: string;
  /** Why and when the 人社局 suspended the company (status 'suspended'). */
  suspension?: { reason: string; at: number; by: string };
  /** Warnings of the 人社局 after a report (警告), kept on the company. */
  warnings?: { at: number; reportId: string; jobId: string; explanation: string }[];
  /** msgSecCheck `review` findings on the company name or intro, for the admin who verifies. */
  flags?: ReviewFlag[];
  createdAt: number;
  updatedAt: number;
  verifiedAt?: number;
}

export interface JobDoc {
  _id: string;
  employerId: string;
  ownerOpenid: string;
  /** Denormalised for cards and search; refreshed when the employer changes. */
  companyName: string;
  employerVerified: boolean;
  /** Where the company is registered: the 人社局 of this area reviews the post and its reports. */
  employerRegion: RegionDoc;
  title: string;
  category: JobCategory;
  headcount: number;
  requirements: string;
  duties: string;
  region: RegionDoc;
  address: string;
  location: GeoJsonPoint;
  pay: { minYuan: number; maxYuan: number; unit: WageUnit };
  /** Monthly-equivalent of pay.minYuan: what 「5000元以上」 and 工资达到期望 compare. */
  payMonthlyMin: number;
  /** Monthly-equivalent of pay.maxYuan, for sorting by pay. */
  payMonthlyMax: number;
  payCycle: PayCycle;
  benefits: Benefit[];
  validUntil: string;
  source?: string;
  isRepost: boolean;
  contactName: string;
  contactPhone: string;
  status: JobStatus;
  /** What msgSecCheck `review` or the post rules (a hard age limit) found, for admin review. */
  flags: ReviewFlag[];
  /** True while an admin should look at the post (held by msgSecCheck, or live with a flag). */
  pendingReview?: boolean;
  /** The status a post had when its company was suspended, given back when it is lifted. */
  suspendedFrom?: JobStatus;
  /** Why an admin took the post down. */
  reviewNote?: string;
  applicantCount: number;
  publishedAt: number | null;
  createdAt: number;
  updatedAt: number;
}

/** An interview the employer set (邀约面试), and the worker's answer. */
export interface InterviewDoc {
  at: number;
  address: string;
  location: { lat: number; lng: number };
  note?: string;
  answer?: InterviewAnswer;
  answerNote?: string;
  answeredAt?: number;
}

export interface ApplicationDoc {
  /** `${jobId}_${workerOpenid}`-free: a generated id; uniqueness by index (jobId, workerOpenid). */
  _id: string;
  jobId: string;
  employerId: string;
  workerOpenid: string;
  status: ApplicationStatus;
  /** The current invitation while the status is 'interview'. */
  interview?: InterviewDoc;
  /** What the dashboard counts it under (the worker's home, where the work is, 工种). */
  stat?: ApplicationStat;
  /** When the employer marked it 已录用. */
  hiredAt?: number;
  /**
   * Everything that happened, in order, in one place: each status change, each invitation (with
   * its time and place) and each answer of the worker.
   */
  history: {
    status: ApplicationStatus;
    at: number;
    interview?: Omit<InterviewDoc, 'answer' | 'answerNote' | 'answeredAt'>;
    answer?: InterviewAnswer;
    answerNote?: string;
  }[];
  createdAt: number;
  updatedAt: number;
}

export interface ReportDoc {
  _id: string;
  jobId: string;
  /** The reported company's area (its post's employerRegion): whose 人社局 handles the report. */
  region: RegionDoc;
  reporterOpenid: string;
  reason: ReportReason;
  details?: string;
  status: 'open' | 'resolved';
  /** The 人社局's decision and the word the reporter reads. */
  outcome?: ReportOutcome;
  explanation?: string;
  resolvedAt?: number;
  resolvedBy?: string;
  createdAt: number;
}

export interface FairDoc {
  _id: string;
  title: string;
  region: RegionDoc;
  town?: string;
  village: string;
  address: string;
  location: GeoJsonPoint;
  day: string;
  /** Start of the fair day, epoch ms, for range queries ("upcoming"). */
  dayStart: number;
  description?: string;
  status: FairStatus;
  inviteCode: string;
  cadreOpenid: string;
  employers: { employerId: string; companyName: string; jobIds: string[] }[];
  /** Companies taken off the fair after it was set (their qualification was suspended). */
  removedEmployers?: { employerId: string; companyName: string; at: number }[];
  /** Bumped on every edit; writes are conditional on it so concurrent edits never lose one. */
  rev?: number;
  /** msgSecCheck `review` findings on the title/description/address, kept for the 人社局. */
  flags?: ReviewFlag[];
  cancelReason?: string;
  cancelledAt?: number;
  finishedAt?: number;
  createdAt: number;
  updatedAt: number;
}

/** One time slot of a fair; seats are taken with an atomic conditional update on seatsLeft. */
export interface FairSlotDoc {
  /** `${fairId}-${slotId}` */
  _id: string;
  fairId: string;
  slotId: string;
  start: string;
  end: string;
  capacity: number;
  seatsLeft: number;
  /**
   * When a seat was last taken or given back here: housekeeping's reconciliation leaves a slot
   * alone until it has been quiet for longer than any function runs.
   */
  touchedAt?: number;
}

/** A person on a fair's roster (server/roster/entry.ts holds what every roster entry has). */
export interface FairSignupDoc extends RosterEntryDoc {
  fairId: string;
  slotId: string;
  status: SignupStatus;
  /** When housekeeping claimed the day-before reminder (set once, so a rerun sends none). */
  remindedAt?: number;
}

export interface FairAgreementDoc {
  _id: string;
  fairId: string;
  signupId: string;
  jobId: string;
  employerId: string;
  recordedBy: string;
  note?: string;
  createdAt: number;
}

/** 出行需求: one per person while open (unique openKey), edited in place, then matched or withdrawn. */
export interface TravelNeedDoc {
  _id: string;
  /** Who the need is for (server/roster/person.ts). */
  personKey: string;
  /** The personKey while the need is open, `closed:<_id>` after: one open need per person. */
  openKey: string;
  workerOpenid?: string;
  /** The cadre who registered it (代登记). */
  proxyBy?: string;
  name: string;
  /** '' when the villager has no phone (the cadre is the contact). */
  phone: string;
  from: RegionDoc & { town: string; village: string };
  to: { city: string; employerName?: string };
  earliestDay: string;
  people: number;
  hasJob: boolean;
  applicationId?: string;
  status: NeedStatus;
  /** The trip booked, once matched. */
  tripId?: string;
  /** Trips this need was told about (one notice per trip). */
  toldTripIds?: string[];
  createdAt: number;
  updatedAt: number;
}

/** A point-to-point trip (专车 / 专列); its seats are taken with a conditional update on seatsLeft. */
export interface TripDoc {
  _id: string;
  inviteCode: string;
  mode: TripMode;
  title: string;
  /** The area it leaves from: its cadres and admins organise it. */
  region: RegionDoc;
  town?: string;
  to: { city: string; employerName: string; address: string; location: GeoJsonPoint };
  day: string;
  time: string;
  /** Start of the departure day, epoch ms (lists, reminders). */
  dayStart: number;
  pickups: { id: string; name: string; time: string; location: GeoJsonPoint }[];
  seats: number;
  seatsLeft: number;
  cost: TripCost;
  bring?: string;
  contact: { name: string; phone: string };
  status: TripStatus;
  cancelReason?: string;
  cancelledAt?: number;
  departedAt?: number;
  organiserOpenid: string;
  /** A verified employer's trip for its own hires. */
  employerId?: string;
  /** Bumped on every edit; writes are conditional on it so a stale form never overwrites. */
  rev: number;
  flags?: ReviewFlag[];
  /** See FairSlotDoc.touchedAt. */
  touchedAt?: number;
  createdAt: number;
  updatedAt: number;
}

/** A person on a trip's roster (server/roster/entry.ts): booked, waiting for a seat, on board. */
export interface TripBookingDoc extends RosterEntryDoc {
  tripId: string;
  pickupId: string;
  status: BookingStatus;
  /** When housekeeping claimed the day-before reminder. */
  remindedAt?: number;
}

export interface CadreInviteDoc {
  /** The invite code itself. */
  _id: string;
  area: RegionDoc & { town?: string };
  note?: string;
  createdBy: string;
  expiresAt: number;
  usedBy?: string;
  usedAt?: number;
  createdAt: number;
}

/** One entry of the audit log (server/audit.ts): an admin's or cadre's change to others' data. */
export interface AuditDoc {
  _id: string;
  createdAt: number;
  actorOpenid: string;
  actorRole: 'admin' | 'cadre';
  actorName: string;
  action: string;
  what: string;
  targets: Record<string, string>;
  detail?: string;
  /** The actor's area (an admin's, or a cadre's county and town): who may read the entry. */
  area: { province: string; city?: string; county?: string; town?: string };
}

/** The stored result of a write, so a retried request (same requestId) is answered, not redone. */
/** How long an idempotency record is kept (housekeeping deletes older ones). */
export const REQUEST_RECORD_TTL_MS = 24 * 60 * 60 * 1000;

/** What a retried write needs to answer as the first time did, and nothing more. */
export interface RequestDoc {
  /** `requestKeyOf(openid, requestId)`: a hash, no openid. */
  _id: string;
  action: string;
  result: unknown;
  createdAt: number;
}
