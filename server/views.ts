import type { GeoPoint, JobCard, JobStatus } from '../miniprogram/shared/index';
import { COLLECTIONS, type GeoJsonPoint, type JobDoc, type ReportDoc } from './collections';
import type { Store } from './db';

/**
 * Turning stored documents into what the contracts return. Shared by every function that shows
 * posts (jobs, fairs).
 */

/** A stored point as {lat, lng}; the SDK hands back GeoJSON or its own Point class. */
export function latLngOf(value: unknown): GeoPoint {
  const v = value as Partial<GeoJsonPoint> & { longitude?: number; latitude?: number };
  if (Array.isArray(v?.coordinates))
    return { lat: Number(v.coordinates[1]), lng: Number(v.coordinates[0]) };
  return { lat: Number(v?.latitude ?? 0), lng: Number(v?.longitude ?? 0) };
}

/** The reason a cancelled fair or trip shows; nothing while it is not cancelled. */
export function cancelReasonOf(doc: { status: string; cancelReason?: string }): {
  cancelReason?: string;
} {
  return doc.status === 'cancelled' && doc.cancelReason ? { cancelReason: doc.cancelReason } : {};
}

const EARTH_RADIUS_M = 6378100;
const rad = (d: number): number => (d * Math.PI) / 180;

/** Great-circle distance in metres (the radius 2dsphere indexes use). */
export function distanceMetres(a: GeoPoint, b: GeoPoint): number {
  const h =
    Math.sin(rad(b.lat - a.lat) / 2) ** 2 +
    Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(rad(b.lng - a.lng) / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Kilometres rounded to 0.1. */
export function km(metres: number): number {
  return Math.round(metres / 100) / 10;
}

/** The fields a job card needs: list queries fetch only these. */
export const JOB_CARD_FIELDS = {
  _id: true,
  title: true,
  category: true,
  pay: true,
  payCycle: true,
  benefits: true,
  region: true,
  companyName: true,
  employerVerified: true,
  publishedAt: true,
  createdAt: true,
  location: true,
  payMonthlyMin: true,
  payMonthlyMax: true,
} as const;

export type JobCardDoc = Pick<
  JobDoc,
  | '_id'
  | 'title'
  | 'category'
  | 'pay'
  | 'payCycle'
  | 'benefits'
  | 'region'
  | 'companyName'
  | 'employerVerified'
  | 'publishedAt'
  | 'createdAt'
  | 'location'
  | 'payMonthlyMin'
  | 'payMonthlyMax'
>;

/** A lean list card; `from` adds the distance, `distanceM` when the database computed it. */
export function toJobCard(
  job: JobCardDoc,
  options: { from?: GeoPoint; distanceM?: number; reasons?: string[] } = {},
): JobCard {
  const card: JobCard = {
    _id: job._id,
    title: job.title,
    category: job.category,
    pay: { minYuan: job.pay.minYuan, maxYuan: job.pay.maxYuan, unit: job.pay.unit },
    payCycle: job.payCycle,
    benefits: job.benefits ?? [],
    county: job.region.county,
    city: job.region.city,
    companyName: job.companyName,
    verified: job.employerVerified,
    publishedAt: job.publishedAt ?? job.createdAt,
  };
  const metres =
    options.distanceM ??
    (options.from && job.location
      ? distanceMetres(options.from, latLngOf(job.location))
      : undefined);
  if (metres !== undefined && Number.isFinite(metres)) card.distanceKm = km(metres);
  if (options.reasons) card.reasons = options.reasons;
  return card;
}

/** What a report shows of itself and of the post it is about (the post may be gone). */
export interface ReportFacts {
  _id: string;
  jobId: string;
  jobTitle: string;
  companyName: string;
  /** The company the post belongs to, for the admin to open its 单位档案. */
  employerId?: string;
  jobStatus?: JobStatus;
  reason: ReportDoc['reason'];
  details?: string;
  createdAt: number;
}

/** Reports with the title, company and status of the posts they are about, in one read. */
export async function reportFacts(store: Store, reports: ReportDoc[]): Promise<ReportFacts[]> {
  const jobs = await store.byIds<
    Pick<JobDoc, '_id' | 'title' | 'companyName' | 'status' | 'employerId'>
  >(COLLECTIONS.jobs, [...new Set(reports.map((r) => r.jobId))], {
    _id: true,
    title: true,
    companyName: true,
    status: true,
    employerId: true,
  });
  const byId = new Map(jobs.map((j) => [j._id, j]));
  return reports.map((r) => {
    const job = byId.get(r.jobId);
    return {
      _id: r._id,
      jobId: r.jobId,
      jobTitle: job?.title ?? '（岗位已删除）',
      companyName: job?.companyName ?? '',
      ...(job ? { employerId: job.employerId, jobStatus: job.status } : {}),
      reason: r.reason,
      ...(r.details ? { details: r.details } : {}),
      createdAt: r.createdAt,
    };
  });
}
