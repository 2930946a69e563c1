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
  'me.overview': ['worker'],
  'fair.mySignup': ['worker'],
  'fair.proxySignUp': ['cadre', 'admin'],
  'fair.listSignups': ['cadre', 'admin'],
  'fair.attendees': ['verifiedEmployer'],
  'fair.checkIn': ['cadre', 'admin'],
  'fair.recordAgreement': ['verifiedEmployer', 'cadre', 'admin'],
  'fair.stats': ['cadre', 'admin'],
  'fair.exportLedger': ['cadre', 'admin'],
  'fair.invitePoster': ['cadre', 'admin'],

  'travel.registerNeed': ['worker'],
  'travel.proxyNeed': ['cadre', 'admin'],
  'travel.myNeed': ['worker'],
  'travel.withdrawNeed': ['worker'],
  'travel.summary': ['cadre', 'admin'],
  'trip.create': ['cadre', 'admin', 'verifiedEmployer'],
  'trip.update': ['cadre', 'admin', 'verifiedEmployer'],
  'trip.cancel': ['cadre', 'admin', 'verifiedEmployer'],
  'trip.depart': ['cadre', 'admin', 'verifiedEmployer'],
  'trip.list': ['visitor'],
  'trip.get': ['visitor'],
  'trip.book': ['worker'],
  'trip.cancelBooking': ['worker'],
  'trip.proxyBook': ['cadre', 'admin'],
  'trip.myBookings': ['worker'],
  'trip.board': ['cadre', 'admin', 'verifiedEmployer'],
  'trip.roster': ['cadre', 'admin', 'verifiedEmployer'],
  'trip.exportRoster': ['cadre', 'admin', 'verifiedEmployer'],
  'trip.invitePoster': ['cadre', 'admin', 'verifiedEmployer'],
  'admin.suspendEmployer': ['admin'],
  'admin.liftSuspension': ['admin'],
  'admin.companyProfile': ['admin'],
  'admin.listEmployers': ['admin'],

  'stats.dashboard': ['admin', 'cadre'],
  'stats.export': ['admin', 'cadre'],
  'stats.weeklyReport': ['admin', 'cadre'],
  'audit.list': ['admin'],
  'ledger.upsertPerson': ['cadre', 'admin'],
  'ledger.importPeople': ['cadre', 'admin'],
  'ledger.list': ['cadre', 'admin'],
  'ledger.villageCounts': ['cadre', 'admin'],
  'ledger.get': ['cadre', 'admin'],
  'ledger.logVisit': ['cadre', 'admin'],
  'ledger.dueVisits': ['cadre', 'admin'],
  'ledger.matches': ['cadre', 'admin'],
  'ledger.export': ['cadre', 'admin'],
  'ledger.remove': ['cadre', 'admin'],
  'ledger.mine': ['worker'],
  'ledger.consent': ['worker'],
  'ledger.requestDeletion': ['worker'],
  'publicJob.create': ['cadre', 'admin'],
  'publicJob.approve': ['admin'],
  'publicJob.list': ['worker'],
  'publicJob.get': ['worker'],
  'publicJob.apply': ['worker'],
  'publicJob.mine': ['worker'],
  'publicJob.review': ['cadre', 'admin'],
  'publicJob.notice': ['visitor'],
  'publicJob.confirmAttendance': ['cadre', 'admin'],
  'publicJob.export': ['cadre', 'admin'],
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
  'me.overview': 'own',
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

/** The actions of the trips function. */
export type TripAction = {
  [A in ActionName]: Contracts[A]['fn'] extends 'trips' ? A : never;
}[ActionName];

/**
 * Which trip or need a trips action may touch, on top of RIGHTS (enforced by
 * cloudfunctions/trips/src/domain/access.ts, proven by test/functions/trips-rights.test.ts):
 *
 * - tripOrganiser: the cadres (county, and town when appointed for one) and admins of the area
 *   the trip leaves from, or the verified employer whose trip it is;
 * - newTrip: a cadre or admin for a trip leaving their area, a verified employer for a trip to
 *   itself (its own hires);
 * - needArea: needs leaving the caller's area (a cadre's town or county, an admin's area);
 * - ownOrNeedArea: the caller's own need, or one leaving their area;
 * - ownOrTripOrganiser: the caller's own booking, or one on a trip they organise;
 * - own: the caller's own need or bookings; open: any trip anyone may see or book.
 */
export type TripRule =
  | 'tripOrganiser'
  | 'newTrip'
  | 'needArea'
  | 'ownOrNeedArea'
  | 'ownOrTripOrganiser'
  | 'own'
  | 'open';

export const TRIP_RULES = {
  'travel.registerNeed': 'own',
  'travel.proxyNeed': 'needArea',
  'travel.myNeed': 'own',
  'travel.withdrawNeed': 'ownOrNeedArea',
  'travel.summary': 'needArea',
  'trip.create': 'newTrip',
  'trip.update': 'tripOrganiser',
  'trip.cancel': 'tripOrganiser',
  'trip.depart': 'tripOrganiser',
  'trip.list': 'open',
  'trip.get': 'open',
  'trip.book': 'open',
  'trip.cancelBooking': 'ownOrTripOrganiser',
  'trip.proxyBook': 'tripOrganiser',
  'trip.myBookings': 'own',
  'trip.board': 'tripOrganiser',
  'trip.roster': 'tripOrganiser',
  'trip.exportRoster': 'tripOrganiser',
  'trip.invitePoster': 'tripOrganiser',
} as const satisfies Record<TripAction, TripRule>;
/** The actions of the workforce function (劳动力台账 and 公益性岗位). */
export type WorkforceAction = {
  [A in ActionName]: Contracts[A]['fn'] extends 'workforce' ? A : never;
}[ActionName];

/**
 * Which records a workforce action may touch, on top of RIGHTS (enforced by
 * cloudfunctions/workforce/src/domain/access.ts, proven by test/functions/workforce-*.test.ts):
 *
 * - townArea: the person's (or post's) town: its cadres (a town cadre: that town only; a county
 *   cadre: the county) and the admins whose area holds it; the input's town must be theirs too;
 * - townAreaOrOwn: townArea, or the worker whose linked record it is (publicJob.apply);
 * - adminArea: only the admins whose area holds the post (县审批, approving a cadre's post);
 * - own: the calling worker's own records (linked, or kept under their name and phone);
 * - areaOrOpen: the area's cadres and admins see everything; others only open posts;
 * - open: anyone (the 公示, which shows masked names only).
 */
export type WorkforceRule =
  'townArea' | 'townAreaOrOwn' | 'adminArea' | 'own' | 'areaOrOpen' | 'open';

export const WORKFORCE_RULES = {
  'ledger.upsertPerson': 'townArea',
  'ledger.importPeople': 'townArea',
  'ledger.list': 'townArea',
  'ledger.villageCounts': 'townArea',
  'ledger.get': 'townArea',
  'ledger.logVisit': 'townArea',
  'ledger.dueVisits': 'townArea',
  'ledger.matches': 'townArea',
  'ledger.export': 'townArea',
  'ledger.remove': 'townArea',
  'ledger.mine': 'own',
  'ledger.consent': 'own',
  'ledger.requestDeletion': 'own',
  'publicJob.create': 'townArea',
  'publicJob.approve': 'adminArea',
  'publicJob.list': 'areaOrOpen',
  'publicJob.get': 'areaOrOpen',
  'publicJob.apply': 'townAreaOrOwn',
  'publicJob.mine': 'own',
  'publicJob.review': 'townArea',
  'publicJob.notice': 'open',
  'publicJob.confirmAttendance': 'townArea',
  'publicJob.export': 'townArea',
} as const satisfies Record<WorkforceAction, WorkforceRule>;

export function allowed(action: ActionName, rights: ReadonlySet<Right>): boolean {
  return RIGHTS[action].some((r) => rights.has(r));
}
