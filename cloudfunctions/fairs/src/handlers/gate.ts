import { chinaDay, DomainError } from '../../../../miniprogram/shared/index';
import {
  COLLECTIONS,
  type FairAgreementDoc,
  type FairSignupDoc,
  type JobDoc,
} from '../../../../server/collections';
import type { Handler } from '../../../../server/router';
import { placeInLedger } from '../../../../server/workforce-placement';
import { canManage, loadFair, loadManagedFair } from '../domain/access';
import { checkInAtDoor } from '../../../../server/roster/check-in';
import { fairRoster } from '../domain/roster';
import { checkTexts } from '../domain/content';
import { signupRow, slotsOf } from '../domain/views';

/**
 * 签到 at the gate, by code or by name: once per person, by one atomic conditional update
 * (signed → checkedIn); a second check-in of the same person, from any phone, says so.
 */
export const checkIn: Handler<'fair.checkIn'> = async (input, ctx) => {
  const fair = await loadManagedFair(ctx, input.fairId);
  if (fair.status === 'cancelled') throw new DomainError('FAIR_NOT_OPEN', '这场招聘会已经取消了');
  const today = chinaDay(ctx.now);
  if (fair.status === 'finished' || fair.day < today)
    throw new DomainError('FAIR_NOT_OPEN', '这场招聘会已经结束了');
  if (fair.day > today)
    throw new DomainError('INVALID_INPUT', '招聘会当天才能签到', { code: '还没到招聘会那天' });

  const { doc, already } = await checkInAtDoor<FairSignupDoc>(ctx, fairRoster(fair._id), {
    inviteCode: fair.inviteCode,
    code: input.code,
    entryId: input.signupId,
  });
  const slot = (await slotsOf(ctx, [fair._id])).find((s) => s.slotId === doc.slotId);
  return { signup: signupRow(doc, slot), alreadyCheckedIn: already };
};

export const recordAgreement: Handler<'fair.recordAgreement'> = async (input, ctx) => {
  const fair = await loadFair(ctx, input.fairId);
  if (fair.status === 'cancelled') throw new DomainError('FAIR_NOT_OPEN', '这场招聘会已经取消了');
  const signup = await ctx.store.getById<FairSignupDoc>(COLLECTIONS.fairSignups, input.signupId);
  const job = await ctx.store.getById<JobDoc>(COLLECTIONS.jobs, input.jobId);
  const participants = new Set(fair.employers.map((e) => e.employerId));
  const fairJobs = new Set(fair.employers.flatMap((e) => e.jobIds));

  if (canManage(ctx, fair)) {
    if (job && !fairJobs.has(job._id) && !participants.has(job.employerId)) {
      throw new DomainError('INVALID_INPUT', '这个岗位不是本场招聘会的', {
        jobId: '不是本场的岗位',
      });
    }
  } else {
    const employer = ctx.employer;
    if (!employer || employer.status !== 'verified' || !participants.has(employer._id)) {
      throw new DomainError('FORBIDDEN', '只有参会单位和村干部能登记达成意向');
    }
    if (job && job.employerId !== employer._id) {
      throw new DomainError('FORBIDDEN', '只能登记本单位的岗位', { jobId: '不是本单位的岗位' });
    }
  }
  if (!job) throw new DomainError('NOT_FOUND', '没有找到这个岗位', { jobId: '没有这个岗位' });
  if (!signup || signup.fairId !== fair._id) {
    throw new DomainError('NOT_FOUND', '这个人没有报名本场招聘会', { signupId: '不是本场的报名' });
  }
  if (signup.status === 'cancelled') throw new DomainError('BAD_TRANSITION', '这个报名已经取消了');
  await checkTexts(ctx, { note: input.note });

  const doc: Omit<FairAgreementDoc, '_id'> = {
    fairId: fair._id,
    signupId: signup._id,
    jobId: job._id,
    employerId: job.employerId,
    recordedBy: ctx.openid,
    ...(input.note ? { note: input.note } : {}),
    createdAt: ctx.now,
  };
  // One agreement per person and post: recording it twice is harmless.
  const stored = await ctx.store.insertOnce<FairAgreementDoc>(COLLECTIONS.fairAgreements, doc, {
    fairId: fair._id,
    signupId: signup._id,
    jobId: job._id,
  });
  await placeInLedger(ctx, signup, 'fairAgreement');
  return { agreementId: stored._id };
};
