import { COLLECTIONS } from '../../../../server/collections';
import type { Roster } from '../../../../server/roster/entry';
import { slotDocId } from './views';

/** A fair's roster: sign-ups by slot, each slot's seats on its own slot document. */
export function fairRoster(fairId: string): Roster {
  return {
    entries: COLLECTIONS.fairSignups,
    ownerField: 'fairId',
    ownerId: fairId,
    placeField: 'slotId',
    seatsOf: (slotId) => ({ collection: COLLECTIONS.fairSlots, id: slotDocId(fairId, slotId) }),
    status: { active: 'signed', done: 'checkedIn', cancelled: 'cancelled' },
    crashPoints: {
      afterSeat: 'fair.signUp:afterSeat',
      afterCancel: 'fair.cancelSignUp:afterStatus',
    },
    words: {
      alreadyCode: 'ALREADY_SIGNED_UP',
      otherPlace: '您已经报名这场招聘会了，要换时段请先取消原来的报名',
      already: (name) => `${name}已经报名这场招聘会了，不用再报`,
      alreadyRegistered: (name) => `${name}已经报过名了，不用再登记`,
      cancelled: '这个报名已经取消了，请先重新报名',
      checkedIn: '已经签到了，不能取消报名',
      door: {
        entryField: 'signupId',
        notHere: '这个人没有报名本场招聘会',
        notHereField: '不是本场的报名',
        code: '签到码',
        here: '本场',
        wrongRoster: 'WRONG_FAIR',
      },
    },
  };
}
