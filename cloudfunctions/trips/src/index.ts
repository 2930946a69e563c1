import * as cloud from 'wx-server-sdk';
import { SUBSCRIBE_TEMPLATES } from '../../../miniprogram/config';
import { cloudPlatform } from '../../../server/platform';
import { createMain, type Handlers } from '../../../server/router';
import { board, exportRoster, roster } from './handlers/boarding';
import { book, cancelBooking, myBookings, proxyBook } from './handlers/bookings';
import { get, list } from './handlers/browse';
import { cancel, create, depart, update } from './handlers/manage';
import { myNeed, proxyNeed, registerNeed, summary, withdrawNeed } from './handlers/needs';
import { invitePoster } from './handlers/poster';

// The SDK types DYNAMIC_CURRENT_ENV as a symbol; init accepts it at run time.
cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string });

const handlers: Handlers<'trips'> = {
  'travel.registerNeed': registerNeed,
  'travel.proxyNeed': proxyNeed,
  'travel.myNeed': myNeed,
  'travel.withdrawNeed': withdrawNeed,
  'travel.summary': summary,
  'trip.create': create,
  'trip.update': update,
  'trip.cancel': cancel,
  'trip.depart': depart,
  'trip.list': list,
  'trip.get': get,
  'trip.book': book,
  'trip.cancelBooking': cancelBooking,
  'trip.proxyBook': proxyBook,
  'trip.myBookings': myBookings,
  'trip.board': board,
  'trip.roster': roster,
  'trip.exportRoster': exportRoster,
  'trip.invitePoster': invitePoster,
};

export const main = createMain('trips', handlers, cloudPlatform(cloud, SUBSCRIBE_TEMPLATES));
