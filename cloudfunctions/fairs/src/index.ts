import * as cloud from 'wx-server-sdk';
import { SUBSCRIBE_TEMPLATES } from '../../../miniprogram/config';
import { cloudPlatform } from '../../../server/platform';
import { createMain, type Handlers } from '../../../server/router';
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

// The SDK types DYNAMIC_CURRENT_ENV as a symbol; init accepts it at run time.
cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string });

const handlers: Handlers<'fairs'> = {
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
};

export const main = createMain('fairs', handlers, cloudPlatform(cloud, SUBSCRIBE_TEMPLATES));
