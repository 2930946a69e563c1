import { loadPage } from '../load';
import { SESSION } from '../worker-fixtures';
import { has, settle, setup, tapOn, textOf, type FakeCloud, type WxRecord } from '../worker-kit';
import { booking, need, tripDetail } from './fixtures';
import type { MyBooking } from '../../../miniprogram/package-trips/models/trip';

let cloud: FakeCloud;
let wxr: WxRecord;
beforeEach(() => {
  ({ cloud, wxr } = setup());
  cloud.ok('account.login', SESSION);
  cloud.ok('travel.myNeed', { need: null });
  cloud.ok('trip.myBookings', { items: [], nextCursor: null });
});

function myBooking(over: Partial<MyBooking> = {}): MyBooking {
  const {
    inviteCode: _i,
    rev: _r,
    waiting: _w,
    myBooking: _m,
    canManage: _c,
    ...trip
  } = tripDetail();
  return {
    ...booking(),
    pickupLocation: { lat: 29.7, lng: 104.92 },
    trip,
    ...over,
  };
}

async function open() {
  const p = loadPage('package-trips/pages/mine/index');
  await settle();
  return p;
}

test('nothing yet: invites to register a need and says how trips are booked', async () => {
  const p = await open();
  expect(textOf(p, '#need')).toContain('还没登记');
  expect(textOf(p, '#no-bookings')).toContain('还没有订车');
  await tapOn(p, '#need');
  expect(wxr.navigations).toEqual(['/package-trips/pages/need/index']);
});

test('my need and my booking with its code, countdown and the pick-up on the map', async () => {
  cloud.ok('travel.myNeed', { need: need() });
  cloud.ok('trip.myBookings', { items: [myBooking()], nextCursor: null });
  const p = await open();
  expect(textOf(p, '#need')).toContain('等车中');
  expect(textOf(p, '#need')).toMatch(/2月16日 周.起 去台州 台州黄岩汽配有限公司，2人/);
  const card = textOf(p, '#booking-bk_1');
  expect(card).toContain('大巴 资中直达嘉兴大巴 已订座');
  expect(card).toContain('到 嘉兴市 嘉兴秀洲纺织有限公司');
  expect(card).toContain('上车点：太平镇汽车站 07:10 上车');
  expect(card).toMatch(/还有\d+天(\d+小时)?发车/);
  expect(card).toContain('482 913');
  await tapOn(p, '#booking-bk_1 .btn');
  expect(wxr.locations).toEqual([{ latitude: 29.7, longitude: 104.92 }]);
  await tapOn(p, '#booking-bk_1');
  expect(wxr.navigations).toEqual(['/package-trips/pages/trip/index?id=trip_jiaxing']);
});

test('a waiting booking shows its place; a cancelled trip its reason, without a code', async () => {
  const { trip } = myBooking();
  cloud.ok('trip.myBookings', {
    items: [
      myBooking({ _id: 'bk_w', status: 'waiting', queuePosition: 2, boardingCode: undefined }),
      myBooking({
        _id: 'bk_c',
        trip: { ...trip, status: 'cancelled', cancelReason: '厂里推迟开工' },
      }),
    ],
    nextCursor: null,
  });
  const p = await open();
  expect(textOf(p, '#booking-bk_w')).toContain('排队中');
  expect(textOf(p, '#booking-bk_w')).toContain('排在第2位');
  expect(textOf(p, '#booking-bk_c')).toContain('这趟车取消了');
  expect(textOf(p, '#booking-bk_c')).toContain('组织人说：厂里推迟开工');
  expect(textOf(p, '#booking-bk_c')).not.toContain('482');
  expect(has(p, '#booking-bk_c .btn')).toBe(false);
});
