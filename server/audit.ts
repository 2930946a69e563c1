import type { ActionName } from '../miniprogram/shared/index';
import { COLLECTIONS, type AuditDoc } from './collections';
import type { Ctx } from './context';
import { RIGHTS, type Right } from './rights';

/** The actions in words, for the audit log; an action not named here shows its own name. */
const WHAT: Partial<Record<ActionName, string>> = {
  'admin.createCadreInvite': '生成村干部邀请码',
  'admin.verifyEmployer': '审核单位',
  'admin.reviewJob': '审核岗位',
  'admin.resolveReport': '处理举报',
  'admin.suspendEmployer': '暂停单位资格',
  'admin.liftSuspension': '恢复单位资格',
  'fair.create': '创建招聘会',
  'fair.update': '修改招聘会',
  'fair.cancel': '取消招聘会',
  'fair.proxySignUp': '代登记报名',
  'fair.checkIn': '招聘会签到',
  'fair.recordAgreement': '记录达成意向',
};

/** Input fields whose value says what was decided (never names, phones or free text of others). */
const DETAIL_FIELDS = ['outcome', 'approve', 'status', 'reason', 'explanation'] as const;
const OFFICE: readonly Right[] = ['admin', 'cadre'];

/**
 * True when the caller may do this only as an admin or a cadre: a change made for their office,
 * to someone else's data. A verified employer recording an agreement at their own table is not.
 */
export function actsAsOffice(action: ActionName, rights: ReadonlySet<Right>): boolean {
  const grants = RIGHTS[action].filter((r) => rights.has(r));
  return grants.length > 0 && grants.every((r) => OFFICE.includes(r));
}

function idsOf(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (typeof value !== 'object' || value === null) return out;
  for (const [k, v] of Object.entries(value)) {
    if (/Id$/.test(k) && typeof v === 'string') out[k] = v;
  }
  return out;
}

function detailOf(input: unknown): string | undefined {
  if (typeof input !== 'object' || input === null) return undefined;
  const parts = DETAIL_FIELDS.map((f) => (input as Record<string, unknown>)[f])
    .filter((v) => typeof v === 'string' || typeof v === 'boolean')
    .map((v) => (v === true ? '通过' : v === false ? '不通过' : String(v)));
  return parts.length ? parts.join('；').slice(0, 200) : undefined;
}

/**
 * Writes the audit entry of a write an admin or cadre made for their office. Called by the router
 * after every successful write, so no handler can forget it.
 */
export async function recordAudit(
  ctx: Ctx,
  action: ActionName,
  input: unknown,
  output: unknown,
): Promise<void> {
  if (!actsAsOffice(action, ctx.rights)) return;
  const asAdmin = !!ctx.admin && RIGHTS[action].includes('admin');
  const area = asAdmin ? ctx.admin : ctx.user?.cadre;
  if (!area) return;
  const detail = detailOf(input);
  const doc: Omit<AuditDoc, '_id'> = {
    createdAt: ctx.now,
    actorOpenid: ctx.openid,
    actorRole: asAdmin ? 'admin' : 'cadre',
    actorName: ctx.user?.profile?.name ?? (asAdmin ? '人社局' : '村干部'),
    action,
    what: WHAT[action] ?? action,
    targets: { ...idsOf(output), ...idsOf(input) },
    ...(detail ? { detail } : {}),
    area: { ...area },
  };
  await ctx.store.insert(COLLECTIONS.auditLog, doc);
}
