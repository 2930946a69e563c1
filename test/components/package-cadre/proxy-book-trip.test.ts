/**
 * 代订 on a 返岗直达 trip: the cadre's proxy sign-up page opened with `tripId` books a villager's
 * seat at a pick-up point (trip.proxyBook) and shows the boarding code to write down.
 */
import { setTransport } from '../../../miniprogram/services/call-cloud';
import { exists, FakeCloud, loadPage, settle, tap, textOf, type } from '../package-common/harness';
import { tripDetail } from '../package-trips/fixtures';

let cloud: FakeCloud;
beforeEach(() => {
  cloud = new FakeCloud();
  setTransport(cloud.transport);
  cloud.ok('trip.get', tripDetail({ canManage: true }));
});

async function open() {
  const page = loadPage('package-cadre/pages/proxy-signup/index');
  page.instance.onLoad({ tripId: 'trip_jiaxing' });
  await settle();
  return page;
}

const row = {
  _id: 'bk_wang',
  tripId: 'trip_jiaxing',
  pickupId: 'p1',
  pickupName: '庆荣村村委会',
  name: '王秀芝',
  phone: '13700001234',
  village: '庆荣村',
  status: 'booked' as const,
  proxy: true,
  createdAt: Date.parse('2026-12-01T10:00:00+08:00'),
  boardingCode: '550371',
};

test('books a villager at a pick-up point and shows the boarding code to write down', async () => {
  cloud.ok('trip.proxyBook', row);
  const page = await open();
  expect(textOf(page)).toContain('资中直达嘉兴大巴');
  expect(textOf(page, '#seats')).toBe('还剩12个座位');
  expect(textOf(page, '#slot-p1')).toBe('庆荣村村委会 06:30上车');
  type(page, '#name', '王秀芝');
  type(page, '#phone', '13700001234');
  type(page, '#village', '庆荣村');
  await tap(page, '#slot-p1');
  await tap(page, '#submit');
  await settle();
  expect(cloud.inputsOf('trip.proxyBook')).toEqual([
    {
      tripId: 'trip_jiaxing',
      pickupId: 'p1',
      name: '王秀芝',
      phone: '13700001234',
      village: '庆荣村',
    },
  ]);
  expect(textOf(page, '#done')).toMatch(/王秀芝 已登记[\s\S]*上车点：庆荣村村委会 06:30上车/);
  expect(textOf(page, '#code')).toBe('550371');
  expect(cloud.inputsOf('fair.proxySignUp')).toHaveLength(0);
});

test('a full trip: the villager is on the waiting list and the page says their place, no code', async () => {
  cloud.ok('trip.get', tripDetail({ canManage: true, seatsLeft: 0, waiting: 2 }));
  cloud.ok('trip.proxyBook', {
    ...row,
    status: 'waiting',
    queuePosition: 3,
    boardingCode: '550371',
  });
  const page = await open();
  expect(textOf(page, '#seats')).toMatch(/座位已满/);
  type(page, '#name', '王秀芝');
  await tap(page, '#no-phone');
  type(page, '#village', '庆荣村');
  await tap(page, '#slot-p1');
  await tap(page, '#submit');
  await settle();
  // 没有手机: no phone is sent (the cadre is the contact).
  expect(JSON.parse(JSON.stringify(cloud.inputsOf('trip.proxyBook')))).toEqual([
    { tripId: 'trip_jiaxing', pickupId: 'p1', name: '王秀芝', village: '庆荣村' },
  ]);
  expect(textOf(page, '#queue')).toMatch(/排在第3位/);
  expect(exists(page, '#code')).toBe(false);
});

test('no pick-up point chosen: asks for one under the choices, sends nothing', async () => {
  const page = await open();
  type(page, '#name', '王秀芝');
  type(page, '#phone', '13700001234');
  type(page, '#village', '庆荣村');
  await tap(page, '#submit');
  await settle();
  expect(textOf(page, '#err-slot')).toBe('请选择上车点');
  expect(cloud.inputsOf('trip.proxyBook')).toHaveLength(0);
});

test('the server’s refusal is shown on the form', async () => {
  cloud.fail('trip.proxyBook', 'ALREADY_BOOKED', '这个人已经订了这趟车');
  const page = await open();
  type(page, '#name', '王秀芝');
  type(page, '#phone', '13700001234');
  type(page, '#village', '庆荣村');
  await tap(page, '#slot-p2');
  await tap(page, '#submit');
  await settle();
  expect(textOf(page, '#banner')).toBe('这个人已经订了这趟车');
  expect(exists(page, '#done')).toBe(false);
});
