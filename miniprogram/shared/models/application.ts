import { z } from 'zod';
import { applicationStatus } from '../catalog/statuses';
import { docId, epochMs } from './common';
import { jobCard } from './job';
import { seenBy } from './privacy';

/** An application as its worker sees it. */
export const myApplication = z.object({
  _id: docId,
  status: applicationStatus,
  createdAt: epochMs,
  updatedAt: epochMs,
  job: jobCard,
});
export type MyApplication = z.infer<typeof myApplication>;

/**
 * An applicant as the post's employer sees them: the phone is theirs to call. A withdrawn
 * application is not listed at all (the worker was promised the employer no longer sees it).
 */
export const applicant = z.object({
  _id: docId,
  status: applicationStatus,
  createdAt: epochMs,
  updatedAt: epochMs,
  name: z.string(),
  phone: seenBy(['postEmployer'], z.string()),
  homeCounty: z.string().optional(),
  village: z.string().optional(),
  categories: z.array(z.string()),
  expectedPayYuan: z.number().optional(),
});
export type Applicant = z.infer<typeof applicant>;
