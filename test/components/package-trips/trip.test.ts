import { SUBSCRIBE_TEMPLATES } from '../../../miniprogram/config';
import { countdown } from '../../../miniprogram/package-trips/lib/countdown';
import { loadPage } from '../load';
import { SESSION } from '../worker-fixtures';
import {
  has,
  settle,
  setup,
  tapOn,
  textOf,
  typeInto,
  type FakeCloud,
  type WxRecord,
} from '../worker-kit';
import { booking, tripDetail } from './fixtures';

let cloud: FakeCloud;
let wxr: WxRecord;
beforeEach(() => {
  ({ cloud, wxr } = setup());
  cloud.ok('account.login', SESSION);
  cloud.ok('trip.get', tripDetail());
});

async function open(query: Record<string, string> = { id: 'trip_jiaxing' }) {
  const p = loadPage('package-trips/pages/trip/index', { query });
  await settle();
  return p;
}

type Loaded = Awaited<ReturnType<typeof open>>;

async function fill(p: Loaded, pickup: string, name: string, phone: string) {
  await tapOn(p, `#pickup-${pickup}`);
  await typeInto(p, '#name', name);
  await typeInto(p, '#phone', phone);
}

test('shows mode, destination, departure, cost, what to bring, contact, seats and pick-ups', async () => {
  const p = await open();
  expect(textOf(p)).toContain('资中直达嘉兴大巴 大巴');
  expect(textOf(p, '#when')).toMatch(/\d+月20日 周. 08:00 发车$/);
  expect(textOf(p, '#to')).toContain('嘉兴市 嘉兴秀洲纺织有限公司');
  expect(textOf(p, '#cost')).toBe('免费');
  expect(textOf(p, '#bring')).toBe('要带的：身份证、两天的干粮');
  expect(textOf(p, '#contact')).toBe('联系人：李干事 13800001234');
  expect(textOf(p, '#seats')).toBe('共45个座位，还剩12个');
  expect(textOf(p, '#pickup-p1')).toBe('庆荣村村委会 06:30 上车 看地图');
  expect(textOf(p, '#submit')).toBe('预约座位');
  await tapOn(p, '#contact');
  expect(wxr.calls).toEqual(['13800001234']);
});

test('a poster scene opens the trip by its code and books with the poster’s inviter', async () => {
  cloud.ok('trip.book', booking());
  const p = await open({ scene: encodeURIComponent('t=jx0220&i=u_cadre1') });
  expect(cloud.inputsOf('trip.get')).toEqual([{ inviteCode: 'JX0220' }]);
  await fill(p, 'p2', '张大勇', '13700002222');
  await tapOn(p, '#submit');
  expect(cloud.inputsOf('trip.book')).toEqual([
    {
      tripId: 'trip_jiaxing',
      pickupId: 'p2',
      name: '张大勇',
      phone: '13700002222',
      inviter: { type: 'poster', userId: 'u_cadre1' },
    },
  ]);
  // Asked inside the tap: the day-before reminder, a freed seat, a cancellation.
  expect(wxr.subscriptions).toEqual([
    [
      SUBSCRIBE_TEMPLATES.tripReminder,
      SUBSCRIBE_TEMPLATES.tripSeat,
      SUBSCRIBE_TEMPLATES.tripCancelled,
    ],
  ]);
});

test('after booking: the code in groups, its QR, the pick-up and the countdown', async () => {
  cloud.ok('trip.book', booking());
  const p = await open();
  await fill(p, 'p2', '张大勇', '13700002222');
  cloud.ok('trip.get', tripDetail({ seatsLeft: 11, myBooking: booking() }));
  await tapOn(p, '#submit');
  await settle();
  expect(textOf(p, '#mine')).toContain('预约成功');
  expect(textOf(p, '#code')).toBe('482 913');
  expect(has(p, '#qr')).toBe(true);
  expect(textOf(p, '#mine')).toContain('上车点：太平镇汽车站 07:10 上车');
  expect(textOf(p, '#countdown')).toMatch(/^还有\d+天(\d+小时)?发车$/);
  expect(has(p, '#book-form')).toBe(false);
  expect(textOf(p, '#seats')).toBe('共45个座位，还剩11个');
});

test('no pick-up chosen: asks for one and books nothing', async () => {
  const p = await open();
  await typeInto(p, '#name', '张大勇');
  await typeInto(p, '#phone', '13700002222');
  await tapOn(p, '#submit');
  expect(textOf(p, '#err-pickupId')).toBe('请选择上车点');
  expect(cloud.inputsOf('trip.book')).toHaveLength(0);
});

test('a full trip says so and offers the waiting list; the queued booking shows its place', async () => {
  cloud.ok('trip.get', tripDetail({ seatsLeft: 0, waiting: 3 }));
  const queued = booking({ status: 'waiting', queuePosition: 4, boardingCode: undefined });
  cloud.ok('trip.book', queued);
  const p = await open();
  expect(textOf(p, '#seats')).toBe('45个座位已满，3人在排队');
  expect(textOf(p, '#submit')).toBe('已满，排队等座');
  await fill(p, 'p1', '王秀英', '13700003333');
  cloud.ok('trip.get', tripDetail({ seatsLeft: 0, waiting: 4, myBooking: queued }));
  await tapOn(p, '#submit');
  await settle();
  expect(textOf(p, '#mine')).toContain('您在排队');
  expect(textOf(p, '#queue')).toContain('您排在第4位');
  expect(has(p, '#code')).toBe(false);
});

test('cancelling the booking asks first, then sends it and shows the form again', async () => {
  cloud.ok('trip.get', tripDetail({ myBooking: booking() }));
  cloud.ok('trip.cancelBooking', { status: 'cancelled' });
  const p = await open();
  cloud.ok('trip.get', tripDetail({ myBooking: booking({ status: 'cancelled' }) }));
  await tapOn(p, '#cancel-booking');
  await settle();
  expect(wxr.modals[0]?.title).toBe('取消预约？');
  expect(cloud.inputsOf('trip.cancelBooking')).toEqual([{ bookingId: 'bk_1' }]);
  expect(has(p, '#mine')).toBe(false);
  expect(has(p, '#book-form')).toBe(true);
});

test('a cancelled trip shows the reason and no booking form', async () => {
  cloud.ok('trip.get', tripDetail({ status: 'cancelled', cancelReason: '厂里推迟开工' }));
  const p = await open();
  expect(textOf(p, '#closed')).toBe('这趟车已取消：厂里推迟开工');
  expect(has(p, '#book-form')).toBe(false);
});

test('the server’s refusal is shown and nothing is shown as booked', async () => {
  cloud.fail('trip.book', 'TRIP_NOT_OPEN', '这趟车已经发车了，不能再约');
  const p = await open();
  await fill(p, 'p1', '张大勇', '13700002222');
  await tapOn(p, '#submit');
  expect(wxr.modals).toEqual([{ title: '没有约上', content: '这趟车已经发车了，不能再约' }]);
  expect(has(p, '#mine')).toBe(false);
});

test('an organiser sees the boarding and roster entries', async () => {
  cloud.ok('trip.get', tripDetail({ canManage: true }));
  const p = await open();
  await tapOn(p, '#manage-boarding');
  expect(wxr.navigations).toEqual(['/package-trips/pages/boarding/index?tripId=trip_jiaxing']);
});

test('a cadre organising the trip opens 代订座位 and 车次海报 from it', async () => {
  cloud.ok('account.login', { ...SESSION, roles: ['worker', 'cadre'] });
  cloud.ok('trip.get', tripDetail({ canManage: true }));
  const p = await open();
  await tapOn(p, '#manage-proxy');
  await tapOn(p, '#manage-poster');
  expect(wxr.navigations).toEqual([
    '/package-trips/pages/proxy-book/index?tripId=trip_jiaxing',
    '/package-trips/pages/poster/index?tripId=trip_jiaxing',
  ]);
});

test('an employer organising its trip gets the poster but no 代订 (cadres and admins only)', async () => {
  cloud.ok('account.login', { ...SESSION, roles: ['worker', 'employer'] });
  cloud.ok('trip.get', tripDetail({ canManage: true }));
  const p = await open();
  expect(has(p, '#manage-poster')).toBe(true);
  expect(has(p, '#manage-proxy')).toBe(false);
});

test('countdown reads in days and hours, then hours and minutes', () => {
  const now = Date.parse('2026-02-18T06:00:00+08:00');
  expect(countdown('2026-02-20', '08:00', now)).toBe('还有2天2小时发车');
  expect(countdown('2026-02-18', '09:30', now)).toBe('还有3小时30分发车');
  expect(countdown('2026-02-18', '05:00', now)).toBe('');
});

test('an organiser opens 改车次信息 with the trip', async () => {
  cloud.ok('trip.get', tripDetail({ canManage: true }));
  const p = await open();
  await tapOn(p, '#manage-edit');
  expect(wxr.navigations).toEqual(['/package-trips/pages/trip-edit/index?tripId=trip_jiaxing']);
});

test('取消这趟车 sends the reason, says how many were told and shows the trip cancelled', async () => {
  let cancelled = false;
  cloud.ok('trip.get', () =>
    tripDetail({
      canManage: true,
      ...(cancelled ? { status: 'cancelled' as const, cancelReason: '厂里推迟开工' } : {}),
    }),
  );
  cloud.ok('trip.cancel', () => {
    cancelled = true;
    return { notified: 33 };
  });
  wxr.modalContent = ' 厂里推迟开工 ';
  const p = await open();
  await tapOn(p, '#cancel-trip');
  await settle();
  expect(wxr.modals[0]?.title).toBe('取消这趟车');
  expect(cloud.inputsOf('trip.cancel')).toEqual([
    { tripId: 'trip_jiaxing', reason: '厂里推迟开工' },
  ]);
  expect(wxr.toasts).toContain('已取消，通知了33人');
  expect(textOf(p, '#closed')).toBe('这趟车已取消：厂里推迟开工');
  // A cancelled trip offers neither booking nor editing.
  expect(has(p, '#book-form')).toBe(false);
  expect(has(p, '#cancel-trip')).toBe(false);
  expect(has(p, '#manage-edit')).toBe(false);
  expect(has(p, '#manage-proxy')).toBe(false);
});

test('取消这趟车 without a reason asks for one and cancels nothing', async () => {
  cloud.ok('trip.get', tripDetail({ canManage: true }));
  wxr.modalContent = '  ';
  const p = await open();
  await tapOn(p, '#cancel-trip');
  await settle();
  expect(wxr.modals.map((m) => m.content)).toContain('请写上取消的原因，订了座的人会收到');
  expect(cloud.inputsOf('trip.cancel')).toHaveLength(0);
  expect(has(p, '#closed')).toBe(false);
});

test('backing out of 取消这趟车 sends nothing', async () => {
  cloud.ok('trip.get', tripDetail({ canManage: true }));
  wxr.modalConfirm = false;
  const p = await open();
  await tapOn(p, '#cancel-trip');
  await settle();
  expect(cloud.inputsOf('trip.cancel')).toHaveLength(0);
});

test('a traveller sees no 改车次信息 or 取消这趟车', async () => {
  const p = await open();
  expect(has(p, '#manage-edit')).toBe(false);
  expect(has(p, '#cancel-trip')).toBe(false);
});
