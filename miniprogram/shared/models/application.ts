import { z } from 'zod';
import { applicationStatus, interviewAnswer } from '../catalog/statuses';
import { clock, day, docId, epochMs, geoPoint, text } from './common';
import { jobCard } from './job';
import { seenBy } from './privacy';

/** What an employer sets when inviting to an interview (邀约面试): when, where, a word. */
export const interviewInput = z
  .object({
    applicationId: docId,
    /** The China day and time of the interview. */
    day,
    clock,
    address: text('面试地点', 2, 100),
    location: geoPoint,
    note: text('备注', 0, 100).optional(),
  })
  .strict();

/** The current interview of an application, and the worker's answer once given. */
export const interviewView = z.object({
  /** The interview's start, epoch ms. */
  at: epochMs,
  address: z.string(),
  location: geoPoint,
  note: z.string().optional(),
  answer: interviewAnswer.optional(),
  /** What the worker added to 想换个时间 (下午才有空 …). */
  answerNote: z.string().optional(),
  answeredAt: epochMs.optional(),
});
export type InterviewView = z.infer<typeof interviewView>;

/** A worker's answer: 我会去 or 想换个时间 (with a word on when suits them). */
export const interviewAnswerInput = z
  .object({
    applicationId: docId,
    answer: interviewAnswer,
    note: text('说明', 0, 50).optional(),
  })
  .strict();

/** An application as its worker sees it. */
export const myApplication = z.object({
  _id: docId,
  status: applicationStatus,
  createdAt: epochMs,
  updatedAt: epochMs,
  job: jobCard,
  interview: interviewView.optional(),
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
  interview: interviewView.optional(),
});
export type Applicant = z.infer<typeof applicant>;
