import type { z } from 'zod';
import { BENEFITS } from '../../shared/catalog/benefits';
import { JOB_CATEGORIES } from '../../shared/catalog/job-categories';
import { PAY_CYCLES, WAGE_UNITS } from '../../shared/catalog/pay';
import type { GeoPoint } from '../../shared/models/common';
import { addPostRuleIssues, type JobDetail } from '../../shared/models/job';
import { findAgeLimits } from '../../shared/validators/job-post-text';
import { opt, toNumber } from '../../services/form';
import { flatKey, type FieldErrors } from '../../services/errors';

/** The post form as the page holds it: what the employer typed, before any parsing. */
export interface PostForm {
  title: string;
  category: string;
  headcount: string;
  requirements: string;
  duties: string;
  region: string[];
  address: string;
  location: GeoPoint | null;
  minYuan: string;
  maxYuan: string;
  unit: string;
  payCycle: string;
  benefits: string[];
  validUntil: string;
  isRepost: boolean;
  source: string;
  contactName: string;
  contactPhone: string;
}

export const CATEGORY_LABELS = JOB_CATEGORIES.map((c) => c.label);
export const UNIT_OPTIONS = WAGE_UNITS.map((u) => ({ value: u.value, label: u.label }));
export const CYCLE_OPTIONS = PAY_CYCLES.map((c) => ({ value: c.value, label: c.label }));

export function emptyPostForm(validUntil: string): PostForm {
  return {
    title: '',
    category: '',
    headcount: '',
    requirements: '',
    duties: '',
    region: [],
    address: '',
    location: null,
    minYuan: '',
    maxYuan: '',
    unit: 'month',
    payCycle: 'monthly',
    benefits: [],
    validUntil,
    isRepost: false,
    source: '',
    contactName: '',
    contactPhone: '',
  };
}

export function postFormOf(job: JobDetail): PostForm {
  const r = job.workplace.region;
  return {
    title: job.title,
    category: job.category,
    headcount: String(job.headcount),
    requirements: job.requirements,
    duties: job.duties,
    region: [r.province, r.city, r.county],
    address: job.workplace.address,
    location: job.workplace.location,
    minYuan: String(job.pay.minYuan),
    maxYuan: String(job.pay.maxYuan),
    unit: job.pay.unit,
    payCycle: job.payCycle,
    benefits: [...job.benefits],
    validUntil: job.validUntil,
    isRepost: job.isRepost,
    source: job.source ?? '',
    contactName: job.contactName ?? '',
    contactPhone: job.contactPhone ?? '',
  };
}

/** The wire input (job.create shape) built from the form; the contract decides what is wrong. */
export function postInput(f: PostForm) {
  const [province = '', city = '', county = ''] = f.region;
  return {
    title: opt(f.title),
    category: f.category || undefined,
    headcount: toNumber(f.headcount),
    requirements: opt(f.requirements),
    duties: opt(f.duties),
    workplace: {
      region: f.region.length ? { province, city, county } : undefined,
      address: opt(f.address),
      location: f.location ?? undefined,
    },
    pay: { minYuan: toNumber(f.minYuan), maxYuan: toNumber(f.maxYuan), unit: f.unit || undefined },
    payCycle: f.payCycle || undefined,
    benefits: f.benefits,
    validUntil: f.validUntil,
    isRepost: f.isRepost,
    source: f.isRepost ? opt(f.source) : undefined,
    contactName: opt(f.contactName),
    contactPhone: opt(f.contactPhone),
  };
}

/**
 * The 2026 rule messages (押金, 限男性, 高薪…) for the texts as typed, exactly as the contract
 * words them. zod runs a refinement only once every field parses, so the form asks for them
 * directly: a fee word is flagged under its field even while other fields are still empty.
 */
export function postRuleErrors(f: PostForm): FieldErrors {
  const errors: FieldErrors = {};
  const ctx = {
    addIssue: (issue: { path?: (string | number)[]; message?: string }) => {
      const key = flatKey((issue.path ?? []).join('.'));
      if (!errors[key] && issue.message) errors[key] = issue.message;
    },
    path: [],
  } as unknown as z.RefinementCtx;
  addPostRuleIssues(
    {
      title: f.title,
      requirements: f.requirements,
      duties: f.duties,
      isRepost: f.isRepost,
      source: opt(f.source),
    },
    ctx,
  );
  return errors;
}

export const BENEFIT_OPTIONS = BENEFITS.map((b) => ({ value: b.value, label: b.label }));

/** Fields whose words the age rule reads. */
export const AGE_FIELDS = ['title', 'requirements', 'duties'] as const;

/**
 * A plain warning for a hard age limit (45岁以下): it may stay — the post is not refused — but most
 * people looking for work here are over 45, and the 人社局 will look at it. '' when there is none.
 */
export function ageWarning(text: string): string {
  const limits = findAgeLimits(text);
  if (!limits.length) return '';
  const words = limits.map((l) => `“${l.word}”`).join('、');
  return `您写了${words}。来找活的人很多都过了45岁，写上年龄会少很多人报名。可以删掉；不删也能发布，人社局会看一下。`;
}
