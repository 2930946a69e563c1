import { DomainError } from '../../../../miniprogram/shared/index';
import {
  COLLECTIONS,
  type PublicJobApplicationDoc,
  type PublicJobDoc,
  type WorkforcePersonDoc,
} from '../../../../server/collections';
import type { Ctx } from '../../../../server/context';
import { normalName } from '../../../../server/roster/person';
import type { Handler } from '../../../../server/router';
import { myRecordOf } from '../domain/views';

/**
 * The records cadres keep of the calling worker: the one they linked, and any kept under their
 * name and the phone of their 求职意向 (so they learn that a cadre keeps one, and can agree to
 * link it, or ask for it to be deleted).
 */
async function myRecords(ctx: Ctx): Promise<WorkforcePersonDoc[]> {
  const linked = await ctx.store.find<WorkforcePersonDoc>(
    COLLECTIONS.workforcePeople,
    { workerOpenid: ctx.openid },
    { limit: 10 },
  );
  const profile = ctx.user?.profile;
  const byPhone = profile?.phone
    ? await ctx.store.find<WorkforcePersonDoc>(
        COLLECTIONS.workforcePeople,
        { phone: profile.phone, nameKey: normalName(profile.name) },
        { limit: 10 },
      )
    : [];
  const seen = new Set<string>();
  return [...linked, ...byPhone].filter((p) => !seen.has(p._id) && !!seen.add(p._id));
}

async function myRecord(ctx: Ctx, personId: string): Promise<WorkforcePersonDoc> {
  const found = (await myRecords(ctx)).find((p) => p._id === personId);
  if (!found) throw new DomainError('NOT_FOUND', '没有找到您的台账记录');
  return found;
}

export const mine: Handler<'ledger.mine'> = async (_input, ctx) => ({
  records: (await myRecords(ctx)).map((p) => myRecordOf(p, ctx.openid)),
});

/**
 * My 公益岗 applications: those on my records (applied by me, or by the cadre with my consent),
 * newest first, with the step each is at and when each step was taken (the cadres' notes stay
 * with the cadres).
 */
export const myPublicJobs: Handler<'publicJob.mine'> = async (_input, ctx) => {
  const people = await myRecords(ctx);
  if (people.length === 0) return { items: [] };
  const _ = ctx.store.command;
  const apps = await ctx.store.find<PublicJobApplicationDoc>(
    COLLECTIONS.publicJobApplications,
    { personId: _.in(people.map((p) => p._id)) },
    { orderBy: [['createdAt', 'desc']], limit: 20 },
  );
  const posts = new Map(
    (
      await ctx.store.byIds<PublicJobDoc>(
        COLLECTIONS.publicJobs,
        [...new Set(apps.map((a) => a.publicJobId))],
        { position: true, town: true, village: true, subsidyYuan: true },
      )
    ).map((p) => [p._id, p]),
  );
  return {
    items: apps.flatMap((a) => {
      const post = posts.get(a.publicJobId);
      if (!post) return [];
      return [
        {
          _id: a._id,
          publicJobId: a.publicJobId,
          position: post.position,
          town: post.town,
          ...(post.village ? { village: post.village } : {}),
          subsidyYuan: post.subsidyYuan,
          step: a.step,
          history: a.history.map((h) => ({ step: h.step, at: h.at })),
          ...(a.noticeUntil ? { noticeUntil: a.noticeUntil } : {}),
          ...(a.onDutyFrom ? { onDutyFrom: a.onDutyFrom } : {}),
          createdAt: a.createdAt,
        },
      ];
    }),
  };
};

/**
 * The worker's word: link their own 求职意向 (the cadre then matches with it, and hires through
 * 乡聘 mark them placed), or unlink; `focus: false` withdraws the consent to the 重点人群 category,
 * which is erased. Setting what is already set changes nothing.
 */
export const consent: Handler<'ledger.consent'> = async ({ personId, link, focus }, ctx) => {
  const person = await myRecord(ctx, personId);
  if (link && person.workerOpenid && person.workerOpenid !== ctx.openid) {
    throw new DomainError('CONFLICT', '这条记录已经关联了别的微信，请找村干部核对');
  }
  const _ = ctx.store.command;
  const data: Record<string, unknown> = {};
  if (link && person.workerOpenid !== ctx.openid) {
    data.workerOpenid = ctx.openid;
    data.linkedAt = ctx.now;
  }
  if (!link && person.workerOpenid === ctx.openid) {
    data.workerOpenid = _.remove();
    data.linkedAt = _.remove();
  }
  if (focus === false && person.focusGroup) {
    data.focusGroup = _.remove();
    data.focusConsentAt = _.remove();
  }
  if (Object.keys(data).length) {
    await ctx.store.update(
      COLLECTIONS.workforcePeople,
      { _id: person._id },
      { ...data, updatedAt: ctx.now },
    );
  }
  const now = await ctx.store.getById<WorkforcePersonDoc>(COLLECTIONS.workforcePeople, personId);
  return { record: myRecordOf(now ?? person, ctx.openid) };
};

/** The worker asks for the record to be deleted: the cadre sees it (ledger.list) and deletes it. */
export const requestDeletion: Handler<'ledger.requestDeletion'> = async ({ personId }, ctx) => {
  const person = await myRecord(ctx, personId);
  if (person.deletionRequestedAt) return { record: myRecordOf(person, ctx.openid) };
  await ctx.store.update(
    COLLECTIONS.workforcePeople,
    { _id: person._id },
    { deletionRequestedAt: ctx.now, updatedAt: ctx.now },
  );
  return { record: myRecordOf({ ...person, deletionRequestedAt: ctx.now }, ctx.openid) };
};
