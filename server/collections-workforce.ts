import type {
  AgeBand,
  FocusGroup,
  JobCategory,
  Placement,
  PublicJobStatus,
  PublicJobStep,
  Residence,
  Situation,
  VisitKind,
  WorkArea,
} from '../miniprogram/shared/index';
import type { RegionDoc } from './collections';

/** A person of the cadre's labour ledger (劳动力台账); unique per town by personKey. */
export interface WorkforcePersonDoc {
  _id: string;
  region: RegionDoc;
  town: string;
  village: string;
  /** `${province}/${city}/${county}/${town}`: the town the record belongs to. */
  townKey: string;
  /** Who the record is (tel:phone:name, or vil:village:name[:idTail]); unique per townKey. */
  personKey: string;
  name: string;
  nameKey: string;
  /** '' without a phone. */
  phone: string;
  idTail?: string;
  ageBand: AgeBand;
  situation: Situation;
  workArea: WorkArea;
  cities: string[];
  categories: JobCategory[];
  expectedPayYuan?: number;
  availableFrom?: string;
  skills: string[];
  /** 重点人群, only with consent (focusConsentAt). */
  focusGroup?: FocusGroup;
  focusConsentAt?: number;
  /** The worker who linked their own 求职意向 (with consent). */
  workerOpenid?: string;
  linkedAt?: number;
  placed: { how: Placement; day: string } | null;
  /** 'YYYY-MM' of placed.day, for the village counts. */
  placedMonth?: string;
  /** true while not placed and not 不打算工作. */
  looking: boolean;
  lastVisitDay?: string;
  nextVisitDay?: string;
  deletionRequestedAt?: number;
  createdBy: string;
  createdAt: number;
  updatedAt: number;
}

export interface WorkforceVisitDoc {
  _id: string;
  personId: string;
  townKey: string;
  kind: VisitKind;
  day: string;
  visitNote: string;
  nextStep: string;
  remindOn?: string;
  by: string;
  createdAt: number;
}

export interface PublicJobDoc {
  _id: string;
  region: RegionDoc;
  town: string;
  village?: string;
  position: string;
  duties: string;
  subsidyYuan: number;
  headcount: number;
  /** People on duty; taken with a conditional update below headcount. */
  onDuty: number;
  eligibility: { groups: FocusGroup[]; residence: Residence; minAge?: number; maxAge?: number };
  applyUntil: string;
  status: PublicJobStatus;
  reviewNote?: string;
  createdBy: string;
  createdAt: number;
  updatedAt: number;
}

export interface PublicJobApplicationDoc {
  _id: string;
  publicJobId: string;
  personId: string;
  /** The post's town, for area checks without loading the post. */
  townKey: string;
  name: string;
  village: string;
  step: PublicJobStep;
  history: { step: PublicJobStep; at: number; by: string; note?: string }[];
  noticeFrom?: string;
  noticeUntil?: string;
  onDutyFrom?: string;
  /** Days worked per month ('YYYY-MM'), confirmed by the cadre. */
  attendance: Record<string, { days: number; by: string; at: number }>;
  appliedBy: string;
  createdAt: number;
  updatedAt: number;
}
