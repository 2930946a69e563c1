import type { Handlers } from '../../../../server/router';
import { get, join, list } from './browse';
import { checkIn, recordAgreement } from './gate';
import { exportLedger, invitePoster, stats } from './ledger';
import { cancel, create, update } from './manage';
import {
  attendees,
  cancelSignUp,
  listSignups,
  mySignup,
  mySignups,
  proxySignUp,
  signUp,
} from './signups';

/** Every fairs action and its handler. */
export const handlers: Handlers<'fairs'> = {
  'fair.create': create,
  'fair.update': update,
  'fair.cancel': cancel,
  'fair.list': list,
  'fair.get': get,
  'fair.join': join,
  'fair.signUp': signUp,
  'fair.cancelSignUp': cancelSignUp,
  'fair.mySignups': mySignups,
  'fair.mySignup': mySignup,
  'fair.proxySignUp': proxySignUp,
  'fair.listSignups': listSignups,
  'fair.attendees': attendees,
  'fair.checkIn': checkIn,
  'fair.recordAgreement': recordAgreement,
  'fair.stats': stats,
  'fair.exportLedger': exportLedger,
  'fair.invitePoster': invitePoster,
};
