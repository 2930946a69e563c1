import { SIGNUP_STATUS_LABELS } from '../../../../miniprogram/shared/index';
import { asText, toCsv } from '../../../../server/csv';
import type { Handler } from '../../../../server/router';
import { loadManagedFair } from '../domain/access';
import { chinaDateTime, inviterCounts, inviterLabel } from '../../../../server/roster/inviters';
import { loadLedger } from '../domain/ledger';
import { slotLabel } from '../domain/views';

const counted = (status: string): boolean => status === 'signed' || status === 'checkedIn';

export const stats: Handler<'fair.stats'> = async (input, ctx) => {
  const fair = await loadManagedFair(ctx, input.fairId);
  const { slots, signups, agreements, jobs, inviterNames } = await loadLedger(ctx, fair);
  const active = signups.filter((s) => counted(s.status));
  const names = new Map(signups.map((s) => [s._id, s.name]));
  return {
    slots: slots.map((slot) => {
      const mine = active.filter((s) => s.slotId === slot.slotId);
      return {
        slotId: slot.slotId,
        label: slotLabel(slot),
        capacity: slot.capacity,
        signedUp: mine.length,
        checkedIn: mine.filter((s) => s.status === 'checkedIn').length,
      };
    }),
    inviters: inviterCounts(active, inviterNames),
    totals: {
      signedUp: active.length,
      checkedIn: active.filter((s) => s.status === 'checkedIn').length,
      proxy: active.filter((s) => s.proxy).length,
      agreements: agreements.length,
    },
    agreements: agreements.map((a) => ({
      _id: a._id,
      workerName: names.get(a.signupId) ?? '',
      jobTitle: jobs.get(a.jobId)?.title ?? '',
      companyName: jobs.get(a.jobId)?.companyName ?? '',
      createdAt: a.createdAt,
    })),
  };
};

export const LEDGER_COLUMNS = [
  '姓名',
  '电话',
  '村',
  '时段',
  '报名方式',
  '邀请人',
  '状态',
  '签到时间',
  '达成意向',
] as const;

export const exportLedger: Handler<'fair.exportLedger'> = async (input, ctx) => {
  const fair = await loadManagedFair(ctx, input.fairId);
  const { slots, signups, agreements, jobs, inviterNames } = await loadLedger(ctx, fair);
  const slotOrder = new Map(slots.map((s, i) => [s.slotId, i]));
  const deals = new Map<string, string[]>();
  for (const a of agreements) {
    const job = jobs.get(a.jobId);
    const text = job ? `${job.companyName} ${job.title}` : '（岗位已删除）';
    deals.set(a.signupId, [...(deals.get(a.signupId) ?? []), text]);
  }
  const rows = [...signups]
    .sort(
      (a, b) =>
        (slotOrder.get(a.slotId) ?? 99) - (slotOrder.get(b.slotId) ?? 99) ||
        a.createdAt - b.createdAt,
    )
    .map((s) => [
      s.name,
      s.phone ? asText(s.phone) : '没手机，村干部联系',
      s.village ?? '',
      slotLabel(slots.find((x) => x.slotId === s.slotId)),
      s.proxy ? '代登记' : '本人报名',
      s.proxy || s.inviter.type !== 'direct' ? inviterLabel(s.inviter, inviterNames) : '',
      SIGNUP_STATUS_LABELS[s.status],
      s.checkedInAt ? chinaDateTime(s.checkedInAt) : '',
      (deals.get(s._id) ?? []).join('；'),
    ]);
  const safeTitle = fair.title.replace(/[\\/:*?"<>|\s]+/g, '');
  return {
    fileName: `${safeTitle}-${fair.day}-台账.csv`,
    csv: toCsv(LEDGER_COLUMNS, rows),
    rows: rows.length,
  };
};
