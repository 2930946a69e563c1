import { enumOf, labelsOf } from './options';

// The choices of the cadre's labour ledger (劳动力台账) and of 公益性岗位.

export const AGE_BANDS = [
  { value: 'under30', label: '30岁以下' },
  { value: 'from30', label: '30到39岁' },
  { value: 'from40', label: '40到49岁' },
  { value: 'from50', label: '50到59岁' },
  { value: 'over60', label: '60岁及以上' },
] as const;
export type AgeBand = (typeof AGE_BANDS)[number]['value'];
export const ageBand = enumOf(AGE_BANDS, '年龄段');
export const AGE_BAND_LABELS = labelsOf(AGE_BANDS);

export const SITUATIONS = [
  { value: 'migrant', label: '在外务工' },
  { value: 'returnedIdle', label: '返乡待业' },
  { value: 'localJob', label: '本地就业' },
  { value: 'flexible', label: '灵活就业' },
  { value: 'notWorking', label: '不打算工作' },
] as const;
export type Situation = (typeof SITUATIONS)[number]['value'];
export const situation = enumOf(SITUATIONS, '目前情况');
export const SITUATION_LABELS = labelsOf(SITUATIONS);

/** 重点人群: recorded only with the person's consent, seen only by the area's cadres and admins. */
export const FOCUS_GROUPS = [
  { value: 'hardToEmploy', label: '就业困难人员' },
  { value: 'zeroEmployment', label: '零就业家庭' },
  { value: 'povertyWatch', label: '脱贫户/监测户' },
  { value: 'disabled', label: '残疾人' },
  { value: 'older', label: '大龄' },
] as const;
export type FocusGroup = (typeof FOCUS_GROUPS)[number]['value'];
export const focusGroup = enumOf(FOCUS_GROUPS, '重点人群类别');
export const FOCUS_GROUP_LABELS = labelsOf(FOCUS_GROUPS);

/** How someone in the ledger was placed. */
export const PLACEMENTS = [
  { value: 'hired', label: '乡聘录用' },
  { value: 'fairAgreement', label: '招聘会达成意向' },
  { value: 'publicJob', label: '公益性岗位' },
  { value: 'elsewhere', label: '自己找到工作' },
] as const;
export type Placement = (typeof PLACEMENTS)[number]['value'];
export const placement = enumOf(PLACEMENTS, '就业方式');
export const PLACEMENT_LABELS = labelsOf(PLACEMENTS);

export const VISIT_KINDS = [
  { value: 'visit', label: '上门走访' },
  { value: 'call', label: '电话联系' },
] as const;
export type VisitKind = (typeof VISIT_KINDS)[number]['value'];
export const visitKind = enumOf(VISIT_KINDS, '走访方式');
export const VISIT_KIND_LABELS = labelsOf(VISIT_KINDS);

export const PUBLIC_JOB_STATUSES = [
  { value: 'reviewing', label: '待人社局审核' },
  { value: 'open', label: '招募中' },
  { value: 'closed', label: '已结束' },
  { value: 'rejected', label: '未通过审核' },
] as const;
export type PublicJobStatus = (typeof PUBLIC_JOB_STATUSES)[number]['value'];
export const publicJobStatus = enumOf(PUBLIC_JOB_STATUSES, '岗位状态');
export const PUBLIC_JOB_STATUS_LABELS = labelsOf(PUBLIC_JOB_STATUSES);

/** The steps of a 公益性岗位 application, in order; 'rejected' ends it at any step. */
export const PUBLIC_JOB_STEPS = [
  { value: 'applied', label: '已申请' },
  { value: 'villageReviewed', label: '村评议通过' },
  { value: 'noticed', label: '公示中' },
  { value: 'townApproved', label: '镇审核通过' },
  { value: 'countyApproved', label: '县审批通过' },
  { value: 'onDuty', label: '已上岗' },
  { value: 'rejected', label: '未通过' },
] as const;
export type PublicJobStep = (typeof PUBLIC_JOB_STEPS)[number]['value'];
export const publicJobStep = enumOf(PUBLIC_JOB_STEPS, '办理步骤');
export const PUBLIC_JOB_STEP_LABELS = labelsOf(PUBLIC_JOB_STEPS);

/** The step each step leads to when approved. */
export const NEXT_PUBLIC_JOB_STEP: Partial<Record<PublicJobStep, PublicJobStep>> = {
  applied: 'villageReviewed',
  villageReviewed: 'noticed',
  noticed: 'townApproved',
  townApproved: 'countyApproved',
  countyApproved: 'onDuty',
};

/** 公示期: the days a 公示 stays up before the town may approve. */
export const NOTICE_DAYS = 5;

export const RESIDENCES = [
  { value: 'village', label: '本村' },
  { value: 'town', label: '本镇' },
  { value: 'county', label: '本县' },
] as const;
export type Residence = (typeof RESIDENCES)[number]['value'];
export const residence = enumOf(RESIDENCES, '户籍要求');
export const RESIDENCE_LABELS = labelsOf(RESIDENCES);
