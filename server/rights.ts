import type { ActionName } from '../miniprogram/shared/index';

/**
 * Who may call each action: the caller needs at least one of the listed roles. Record-level
 * rules (owner of a post, cadre of the fair's area, employer of the applied job) are checked
 * by the handlers with `server/ownership.ts`, on top of this table.
 *
 * - visitor: anyone with an openid, before `account.login` made them a user
 * - worker: every logged-in user (a job seeker)
 * - employer: registered a company (any review status)
 * - verifiedEmployer: the company passed review
 * - cadre: redeemed a cadre invite (村干部 / 就业专干)
 * - admin: 人社局, configured per deployment with their area (ADMINS, server/admins.ts)
 */
export type Right = 'visitor' | 'worker' | 'employer' | 'verifiedEmployer' | 'cadre' | 'admin';

export const RIGHTS: Record<ActionName, readonly Right[]> = {
  'account.login': ['visitor'],
  'account.updateProfile': ['worker'],
  'employer.register': ['worker'],
  'employer.mine': ['employer'],
  'cadre.redeemInvite': ['worker'],
  'admin.createCadreInvite': ['admin'],
  'admin.verifyEmployer': ['admin'],
  'admin.listPending': ['admin'],

  'job.create': ['verifiedEmployer'],
  'job.update': ['verifiedEmployer'],
  'job.setStatus': ['employer'],
  'job.search': ['visitor'],
  'job.recommend': ['visitor'],
  'job.get': ['visitor'],
  'job.listMine': ['employer'],
  'job.apply': ['worker'],
  'admin.reviewJob': ['admin'],
  'report.create': ['worker'],
  'report.mine': ['worker'],
  'admin.resolveReport': ['admin'],
  'application.listMine': ['worker'],
  'application.withdraw': ['worker'],
  'application.listForJob': ['employer'],
  'application.setStatus': ['employer'],
  'application.inviteInterview': ['employer'],
  'application.answerInterview': ['worker'],

  'fair.create': ['cadre', 'admin'],
  'fair.update': ['cadre', 'admin'],
  'fair.cancel': ['cadre', 'admin'],
  'fair.list': ['visitor'],
  'fair.get': ['visitor'],
  'fair.join': ['verifiedEmployer'],
  'fair.signUp': ['worker'],
  'fair.cancelSignUp': ['worker'],
  'fair.mySignups': ['worker'],
  'fair.mySignup': ['worker'],
  'fair.proxySignUp': ['cadre', 'admin'],
  'fair.listSignups': ['cadre', 'admin'],
  'fair.attendees': ['verifiedEmployer'],
  'fair.checkIn': ['cadre', 'admin'],
  'fair.recordAgreement': ['verifiedEmployer', 'cadre', 'admin'],
  'fair.stats': ['cadre', 'admin'],
  'fair.exportLedger': ['cadre', 'admin'],
  'fair.invitePoster': ['cadre', 'admin'],
};

export function allowed(action: ActionName, rights: ReadonlySet<Right>): boolean {
  return RIGHTS[action].some((r) => rights.has(r));
}
