import * as cloud from 'wx-server-sdk';
import { SUBSCRIBE_TEMPLATES } from '../../../miniprogram/config';
import { routedFunction } from '../../../server/platform';
import { get, list } from './handlers/browse';
import { checkIn, recordAgreement } from './handlers/gate';
import { join } from './handlers/join';
import { exportLedger, stats } from './handlers/ledger';
import { cancel, create, update } from './handlers/manage';
import { invitePoster } from './handlers/poster';
import {
  attendees,
  cancelSignUp,
  listSignups,
  mySignup,
  mySignups,
  overview,
  proxySignUp,
  signUp,
} from './handlers/signups';

export const main = routedFunction(cloud, SUBSCRIBE_TEMPLATES, 'fairs', {
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
  'me.overview': overview,
  'fair.proxySignUp': proxySignUp,
  'fair.listSignups': listSignups,
  'fair.attendees': attendees,
  'fair.checkIn': checkIn,
  'fair.recordAgreement': recordAgreement,
  'fair.stats': stats,
  'fair.exportLedger': exportLedger,
  'fair.invitePoster': invitePoster,
});
