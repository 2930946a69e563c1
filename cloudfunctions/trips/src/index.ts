import * as cloud from 'wx-server-sdk';
import { SUBSCRIBE_TEMPLATES } from '../../../miniprogram/config';
import { routedFunction } from '../../../server/platform';
import { board, exportRoster, roster } from './handlers/boarding';
import { book, cancelBooking, myBookings, proxyBook } from './handlers/bookings';
import { get, list } from './handlers/browse';
import { cancel, create, depart, update } from './handlers/manage';
import { myNeed, proxyNeed, registerNeed, summary, withdrawNeed } from './handlers/needs';
import { invitePoster } from './handlers/poster';

export const main = routedFunction(cloud, SUBSCRIBE_TEMPLATES, 'trips', {
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
});
