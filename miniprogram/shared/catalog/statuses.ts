import { enumOf, labelsOf } from './options';

export const EMPLOYER_STATUSES = [
  { value: 'pending', label: '审核中' },
  { value: 'verified', label: '已认证' },
  { value: 'rejected', label: '未通过' },
  { value: 'suspended', label: '已暂停资格' },
] as const;
export type EmployerStatus = (typeof EMPLOYER_STATUSES)[number]['value'];
export const employerStatus = enumOf(EMPLOYER_STATUSES, '单位状态');
export const EMPLOYER_STATUS_LABELS = labelsOf(EMPLOYER_STATUSES);

export const JOB_STATUSES = [
  { value: 'reviewing', label: '审核中' },
  { value: 'published', label: '招聘中' },
  { value: 'paused', label: '已暂停' },
  { value: 'filled', label: '已招满' },
  { value: 'closed', label: '已关闭' },
  { value: 'expired', label: '已过期' },
  { value: 'rejected', label: '未通过审核' },
  { value: 'suspended', label: '单位暂停中' },
] as const;
export type JobStatus = (typeof JOB_STATUSES)[number]['value'];
export const jobStatus = enumOf(JOB_STATUSES, '岗位状态');
export const JOB_STATUS_LABELS = labelsOf(JOB_STATUSES);

/** Status changes an employer may make with `job.setStatus`. */
export const JOB_STATUS_TRANSITIONS: Record<JobStatus, readonly JobStatus[]> = {
  reviewing: ['closed'],
  published: ['paused', 'filled', 'closed'],
  paused: ['published', 'filled', 'closed'],
  filled: ['published', 'closed'],
  closed: [],
  expired: [],
  rejected: [],
  suspended: [],
};

export const APPLICATION_STATUSES = [
  { value: 'applied', label: '已投递' },
  { value: 'viewed', label: '已查看' },
  { value: 'interview', label: '邀约面试' },
  { value: 'hired', label: '已录用' },
  { value: 'rejected', label: '不合适' },
  { value: 'withdrawn', label: '已撤回' },
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number]['value'];
export const applicationStatus = enumOf(APPLICATION_STATUSES, '报名状态');
export const APPLICATION_STATUS_LABELS = labelsOf(APPLICATION_STATUSES);

/** Status changes an employer may make; the worker may only withdraw. */
export const APPLICATION_TRANSITIONS: Record<ApplicationStatus, readonly ApplicationStatus[]> = {
  applied: ['viewed', 'interview', 'hired', 'rejected'],
  viewed: ['interview', 'hired', 'rejected'],
  interview: ['hired', 'rejected'],
  hired: [],
  rejected: [],
  withdrawn: [],
};
export const WITHDRAWABLE: readonly ApplicationStatus[] = ['applied', 'viewed', 'interview'];

/** A worker's answer to an interview invitation (邀约面试). */
export const INTERVIEW_ANSWERS = [
  { value: 'coming', label: '我会去' },
  { value: 'reschedule', label: '想换个时间' },
] as const;
export type InterviewAnswer = (typeof INTERVIEW_ANSWERS)[number]['value'];
export const interviewAnswer = enumOf(INTERVIEW_ANSWERS, '回复');
export const INTERVIEW_ANSWER_LABELS = labelsOf(INTERVIEW_ANSWERS);

export const FAIR_STATUSES = [
  { value: 'upcoming', label: '报名中' },
  { value: 'cancelled', label: '已取消' },
  { value: 'finished', label: '已结束' },
] as const;
export type FairStatus = (typeof FAIR_STATUSES)[number]['value'];
export const fairStatus = enumOf(FAIR_STATUSES, '招聘会状态');
export const FAIR_STATUS_LABELS = labelsOf(FAIR_STATUSES);

export const SIGNUP_STATUSES = [
  { value: 'signed', label: '已报名' },
  { value: 'checkedIn', label: '已签到' },
  { value: 'cancelled', label: '已取消' },
] as const;
export type SignupStatus = (typeof SIGNUP_STATUSES)[number]['value'];
export const signupStatus = enumOf(SIGNUP_STATUSES, '报名状态');
export const SIGNUP_STATUS_LABELS = labelsOf(SIGNUP_STATUSES);

export const REPORT_REASONS = [
  { value: 'fee', label: '要求交费' },
  { value: 'fake', label: '虚假信息' },
  { value: 'unpaid', label: '拖欠工资' },
  { value: 'other', label: '其他' },
] as const;
export type ReportReason = (typeof REPORT_REASONS)[number]['value'];
export const reportReason = enumOf(REPORT_REASONS, '举报原因');
export const REPORT_REASON_LABELS = labelsOf(REPORT_REASONS);

/** What the 人社局 decided on a report; the reporter sees it (我的举报). */
export const REPORT_OUTCOMES = [
  { value: 'takeDown', label: '岗位已下架' },
  { value: 'warn', label: '已警告单位' },
  { value: 'noIssue', label: '查无问题' },
  // Given by admin.suspendEmployer to the company's open reports, not picked for one.
  { value: 'suspend', label: '单位已被暂停招聘' },
] as const;
export type ReportOutcome = (typeof REPORT_OUTCOMES)[number]['value'];
export const reportOutcome = enumOf(REPORT_OUTCOMES, '处理结果');
export const REPORT_OUTCOME_LABELS = labelsOf(REPORT_OUTCOMES);
/** The outcomes an admin picks for one report (admin.resolveReport). */
export const REPORT_DECISIONS = REPORT_OUTCOMES.filter(
  (o): o is Exclude<(typeof REPORT_OUTCOMES)[number], { value: 'suspend' }> =>
    o.value !== 'suspend',
);
export type ReportDecision = (typeof REPORT_DECISIONS)[number]['value'];
export const reportDecision = enumOf(REPORT_DECISIONS, '处理结果');

/** Where a worker is willing to work (求职意向). */
export const WORK_AREAS = [
  { value: 'nearHome', label: '家附近' },
  { value: 'county', label: '本县' },
  { value: 'province', label: '本省' },
  { value: 'cities', label: '外出打工' },
] as const;
export type WorkArea = (typeof WORK_AREAS)[number]['value'];
export const workArea = enumOf(WORK_AREAS, '想在哪里干活');
export const WORK_AREA_LABELS = labelsOf(WORK_AREAS);

export const ROLES = [
  { value: 'worker', label: '求职者' },
  { value: 'employer', label: '用人单位' },
  { value: 'cadre', label: '村干部' },
  { value: 'admin', label: '人社局' },
] as const;
export type Role = (typeof ROLES)[number]['value'];
export const role = enumOf(ROLES, '身份');
