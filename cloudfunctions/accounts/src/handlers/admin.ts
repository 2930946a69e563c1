import { randomInt } from 'node:crypto';
import {
  areaContains,
  areaName,
  DomainError,
  type ActionOutput,
  type AdminArea,
} from '../../../../miniprogram/shared/index';
import { areaWhere } from '../../../../server/admins';
import {
  COLLECTIONS,
  type CollectionName,
  type CadreInviteDoc,
  type EmployerDoc,
  type JobDoc,
  type ReportDoc,
} from '../../../../server/collections';
import { byCreatedAt, createdPageOf, newestFirst, PAGE_SIZE } from '../../../../server/cursor';
import { crashPoint } from '../../../../server/crash-point';
import { isDuplicateKey } from '../../../../server/db';
import { requireAdminOf } from '../../../../server/ownership';
import type { Handler } from '../../../../server/router';
import {
  JOB_CARD_FIELDS,
  reportFacts,
  toJobCard,
  type ReportFacts,
} from '../../../../server/views';
import { employerView } from './employer';

/** Invite codes: no 0/O, 1/I/L, so a cadre can read one aloud or type it from a screenshot. */
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const INVITE_DAYS = 7;

type Ctx = Parameters<Handler<'admin.listPending'>>[1];

/** The caller's area; the rights table lets only admins in, and every admin has one. */
function adminAreaOf(ctx: Ctx): AdminArea {
  if (!ctx.admin) throw new DomainError('FORBIDDEN');
  return ctx.admin;
}

function newCode(): string {
  let code = '';
  for (let i = 0; i < 8; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

export const createCadreInvite: Handler<'admin.createCadreInvite'> = async (
  { area, note },
  ctx,
) => {
  const mine = adminAreaOf(ctx);
  if (!areaContains(mine, area)) {
    throw new DomainError('FORBIDDEN', `只能给${areaName(mine)}的村干部发邀请码`, {
      'area.county': `请选${areaName(mine)}里的地方`,
    });
  }
  const expiresAt = ctx.now + INVITE_DAYS * 24 * 60 * 60 * 1000;
  for (let attempt = 0; attempt < 5; attempt++) {
    const doc: CadreInviteDoc = {
      _id: newCode(),
      area: {
        province: area.province,
        city: area.city,
        county: area.county,
        ...(area.town ? { town: area.town } : {}),
      },
      ...(note ? { note } : {}),
      createdBy: ctx.openid,
      expiresAt,
      createdAt: ctx.now,
    };
    try {
      await ctx.store.insert(COLLECTIONS.cadreInvites, doc);
      return { code: doc._id, expiresAt };
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
    }
  }
  throw new Error('could not allocate an invite code');
};

/**
 * 单位审核. Verifying also refreshes the company's posts (their cards show 已认证 and their
 * contact becomes visible); rejecting hides the contact again.
 */
export const verifyEmployer: Handler<'admin.verifyEmployer'> = async (
  { employerId, approve, reason },
  ctx,
) => {
  if (!approve && !reason) {
    throw new DomainError('INVALID_INPUT', '请写明不通过的原因，单位才知道怎么改', {
      reason: '请填写原因',
    });
  }
  const employer = await ctx.store.getById<EmployerDoc>(COLLECTIONS.employers, employerId);
  if (!employer) throw new DomainError('NOT_FOUND', '没有找到这家单位');
  requireAdminOf(ctx, employer.region, '这家单位');
  if (employer.status === 'suspended') {
    throw new DomainError('BAD_TRANSITION', '这家单位已被暂停资格，请在单位档案里恢复资格');
  }
  const _ = ctx.store.command;
  const status = approve ? 'verified' : 'rejected';
  await ctx.store.update(
    COLLECTIONS.employers,
    { _id: employerId },
    approve
      ? { status, verifiedAt: ctx.now, rejectReason: _.remove(), updatedAt: ctx.now }
      : { status, rejectReason: reason, updatedAt: ctx.now },
  );
  // A crash here leaves the posts saying the old review: housekeeping puts them right.
  crashPoint('admin.verifyEmployer:afterEmployer');
  await ctx.store.update(
    COLLECTIONS.jobs,
    { employerId },
    {
      employerVerified: approve,
      companyName: employer.companyName,
      employerRegion: _.set({ ...employer.region }),
    },
  );
  ctx.log('employer reviewed', { employerId, status });
  return { status };
};

type PendingPage = ActionOutput<'admin.listPending'>;

/** One page of a queue, oldest first (first come, first served), from the cursor on. */
function oldestFirst<T>(
  ctx: Ctx,
  collection: CollectionName,
  filter: Record<string, unknown>,
  cursor: string | undefined,
  fields?: Record<string, boolean>,
): Promise<T[]> {
  return byCreatedAt<T>(ctx.store, collection, filter, cursor, 'asc', PAGE_SIZE, fields);
}

async function pendingEmployers(ctx: Ctx, cursor?: string): Promise<PendingPage> {
  const rows = await oldestFirst<EmployerDoc>(
    ctx,
    COLLECTIONS.employers,
    { status: 'pending', ...areaWhere('region', adminAreaOf(ctx)) },
    cursor,
  );
  return createdPageOf(rows, (e) => ({
    kind: 'employer' as const,
    employer: employerView(e),
    flags: e.flags ?? [],
  }));
}

async function pendingJobs(ctx: Ctx, cursor?: string): Promise<PendingPage> {
  const rows = await oldestFirst<JobDoc>(
    ctx,
    COLLECTIONS.jobs,
    {
      pendingReview: true,
      // A suspended company's held posts wait for the suspension to end: nothing to decide now
      // (恢复招聘 brings them back here as they were).
      status: ctx.store.command.neq('suspended'),
      ...areaWhere('employerRegion', adminAreaOf(ctx)),
    },
    cursor,
    {
      ...JOB_CARD_FIELDS,
      status: true,
      flags: true,
    },
  );
  return createdPageOf(rows, (j) => ({
    kind: 'job' as const,
    job: { ...toJobCard(j), status: j.status, flags: j.flags ?? [] },
  }));
}

async function pendingReports(ctx: Ctx, cursor?: string): Promise<PendingPage> {
  const rows = await oldestFirst<ReportDoc>(
    ctx,
    COLLECTIONS.reports,
    { status: 'open', ...areaWhere('region', adminAreaOf(ctx)) },
    cursor,
  );
  const facts = new Map((await reportFacts(ctx.store, rows)).map((f) => [f._id, f]));
  return createdPageOf(rows, (r) => ({
    kind: 'report' as const,
    report: facts.get(r._id) as ReportFacts,
  }));
}

/** The area's companies of one status, newest first: where the admin finds a company to open. */
export const listEmployers: Handler<'admin.listEmployers'> = async ({ status, cursor }, ctx) => {
  const rows = await newestFirst<EmployerDoc>(
    ctx.store,
    COLLECTIONS.employers,
    { status, ...areaWhere('region', adminAreaOf(ctx)) },
    cursor,
  );
  return createdPageOf(rows, employerView);
};

/** What waits for an admin in their area: employers to verify, flagged posts, open reports. */
export const listPending: Handler<'admin.listPending'> = async ({ kind, cursor }, ctx) => {
  if (kind === 'employers') return pendingEmployers(ctx, cursor);
  if (kind === 'jobs') return pendingJobs(ctx, cursor);
  return pendingReports(ctx, cursor);
};
