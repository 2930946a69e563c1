import { DomainError, type EmployerView } from '../../../../miniprogram/shared/index';
import { COLLECTIONS, type EmployerDoc } from '../../../../server/collections';
import { crashPoint } from '../../../../server/crash-point';
import { isDuplicateKey } from '../../../../server/db';
import type { Handler } from '../../../../server/router';
import { reviewTexts, SCENE } from '../../../../server/sec-check';
import { addEmployerRole } from '../../../../server/session';
import { latLngOf } from '../../../../server/views';

export function employerView(e: EmployerDoc): EmployerView {
  return {
    _id: e._id,
    companyName: e.companyName,
    uscc: e.uscc,
    intro: e.intro,
    contactName: e.contactName,
    contactPhone: e.contactPhone,
    region: { province: e.region.province, city: e.region.city, county: e.region.county },
    address: e.address,
    location: latLngOf(e.location),
    status: e.status,
    ...(e.rejectReason ? { rejectReason: e.rejectReason } : {}),
    createdAt: e.createdAt,
  };
}

function duplicateRefusal(err: unknown): DomainError {
  const text = String(
    (err as { errMsg?: string; message?: string })?.errMsg ?? (err as Error)?.message ?? '',
  );
  if (/uscc/.test(text)) {
    return new DomainError(
      'ALREADY_REGISTERED',
      '这个统一社会信用代码已经被别的账号登记了，如有疑问请联系当地人社局',
      { uscc: '这个代码已经登记过了' },
    );
  }
  return new DomainError('ALREADY_REGISTERED');
}

/**
 * 单位登记: one company per WeChat account (unique index on ownerOpenid) and per 统一社会信用代码.
 * A company whose registration was rejected registers again with corrected facts.
 */
export const register: Handler<'employer.register'> = async (input, ctx) => {
  const existing =
    ctx.employer ??
    (await ctx.store.findOne<EmployerDoc>(COLLECTIONS.employers, { ownerOpenid: ctx.openid }));
  if (existing && existing.status !== 'rejected') throw new DomainError('ALREADY_REGISTERED');

  const review = await reviewTexts(
    ctx,
    {
      companyName: { label: '单位名称', text: input.companyName },
      intro: { label: '单位简介', text: input.intro },
    },
    SCENE.profile,
  );
  const _ = ctx.store.command;
  const facts = {
    companyName: input.companyName,
    uscc: input.uscc,
    intro: input.intro,
    contactName: input.contactName,
    contactPhone: input.contactPhone,
    region: { ...input.region },
    address: input.address,
    status: 'pending' as const,
    flags: review.flags,
    updatedAt: ctx.now,
  };

  let employer: EmployerDoc;
  try {
    if (existing) {
      const updated = await ctx.store.update(
        COLLECTIONS.employers,
        { _id: existing._id, status: 'rejected' },
        {
          ...facts,
          region: _.set(facts.region),
          flags: _.set(facts.flags),
          location: _.set(ctx.store.geoJson(input.location.lat, input.location.lng)),
          rejectReason: _.remove(),
        },
      );
      if (updated === 0) throw new DomainError('CONFLICT');
      employer = {
        ...existing,
        ...facts,
        location: { type: 'Point', coordinates: [input.location.lng, input.location.lat] },
      };
      delete employer.rejectReason;
    } else {
      const doc = {
        ownerOpenid: ctx.openid,
        ...facts,
        location: ctx.store.point(input.location.lat, input.location.lng),
        createdAt: ctx.now,
      };
      const _id = await ctx.store.insert(COLLECTIONS.employers, doc);
      employer = {
        _id,
        ...doc,
        location: { type: 'Point', coordinates: [input.location.lng, input.location.lat] },
      };
    }
  } catch (err) {
    if (isDuplicateKey(err)) throw duplicateRefusal(err);
    throw err;
  }
  // A crash here leaves the company without the account's role: account.login finishes it.
  crashPoint('employer.register:afterInsert');
  await addEmployerRole(ctx);
  return { employer: employerView(employer) };
};

export const mine: Handler<'employer.mine'> = async (_input, ctx) => {
  return ctx.employer ? employerView(ctx.employer) : null;
};
