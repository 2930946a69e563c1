import type { ActionName, Contracts } from '../miniprogram/shared/index';

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

  'admin.suspendEmployer': ['admin'],
  'admin.liftSuspension': ['admin'],
  'admin.companyProfile': ['admin'],

  'stats.dashboard': ['admin', 'cadre'],
  'stats.export': ['admin', 'cadre'],
  'stats.weeklyReport': ['admin', 'cadre'],
  'audit.list': ['admin'],
};

/** The actions of the fairs function. */
export type FairAction = {
  [A in ActionName]: Contracts[A]['fn'] extends 'fairs' ? A : never;
}[ActionName];

/**
 * Which fair a fairs action may touch, on top of RIGHTS (enforced by
 * cloudfunctions/fairs/src/domain/access.ts, proven by test/functions/rights-fair-area.test.ts):
 *
 * - fairArea: only the cadres (county, and town when appointed for one) and admins of the
 *   fair's area — never a cadre of another county or town, whatever their role;
 * - newFairArea: the fair being created lies in the caller's area;
 * - fairAreaOrParticipant: the fair's area, or a verified employer taking part;
 * - fairAreaOrOwn: the fair's area, or the worker whose sign-up it is;
 * - participant: a verified employer taking part; own: the caller's own sign-ups;
 * - open: any fair anyone may see.
 */
export type FairRule =
  | 'fairArea'
  | 'newFairArea'
  | 'fairAreaOrParticipant'
  | 'fairAreaOrOwn'
  | 'participant'
  | 'own'
  | 'open';

export const FAIR_RULES = {
  'fair.create': 'newFairArea',
  'fair.update': 'fairArea',
  'fair.cancel': 'fairArea',
  'fair.list': 'open',
  'fair.get': 'open',
  'fair.join': 'open',
  'fair.signUp': 'open',
  'fair.cancelSignUp': 'fairAreaOrOwn',
  'fair.mySignups': 'own',
  'fair.mySignup': 'own',
  'fair.proxySignUp': 'fairArea',
  'fair.listSignups': 'fairArea',
  'fair.attendees': 'participant',
  'fair.checkIn': 'fairArea',
  'fair.recordAgreement': 'fairAreaOrParticipant',
  'fair.stats': 'fairArea',
  'fair.exportLedger': 'fairArea',
  'fair.invitePoster': 'fairArea',
} as const satisfies Record<FairAction, FairRule>;

export function allowed(action: ActionName, rights: ReadonlySet<Right>): boolean {
  return RIGHTS[action].some((r) => rights.has(r));
}
