import { loadPage } from '../load';
import { has, settle, setup, tapOn, textOf, typeInto, type FakeCloud } from '../worker-kit';
import { row, tripDetail } from './fixtures';

let cloud: FakeCloud;
beforeEach(() => {
  ({ cloud } = setup());
  cloud.ok('trip.get', tripDetail({ canManage: true }));
});

async function open() {
  const p = loadPage('package-trips/pages/proxy-book/index', { query: { tripId: 'trip_jiaxing' } });
  await settle();
  return p;
}

type Loaded = Awaited<ReturnType<typeof open>>;

async function fill(p: Loaded, name: string, phone: string, village = '庆荣村') {
  await tapOn(p, '#pickup-p1');
  await typeInto(p, '#name', name);
  if (phone) await typeInto(p, '#phone', phone);
  await typeInto(p, '#village', village);
}

const booked = (over: Parameters<typeof row>[0] = {}) => ({
  ...row({ pickupId: 'p1', pickupName: '庆荣村村委会', proxy: true, ...over }),
  boardingCode: '550371',
});

test('books a villager on the family phone and shows the code to read out, then the next one', async () => {
  cloud.ok('trip.proxyBook', (input) => booked({ name: input.name, phone: input.phone }));
  const p = await open();
  expect(textOf(p, '#seats')).toBe('还剩12个座位');
  expect(textOf(p)).toContain('手机号填本人或家里人的（一家人可用同一个）');
  expect(textOf(p, '#pickup-p1')).toBe('庆荣村村委会 06:30 上车');
  await fill(p, '王秀芝', '13700001234');
  await tapOn(p, '#submit');
  expect(cloud.inputsOf('trip.proxyBook')).toEqual([
    {
      tripId: 'trip_jiaxing',
      pickupId: 'p1',
      name: '王秀芝',
      phone: '13700001234',
      village: '庆荣村',
    },
  ]);
  expect(textOf(p, '#done')).toContain('王秀芝 订好了');
  expect(textOf(p, '#done')).toContain('上车点：庆荣村村委会 06:30 上车');
  expect(textOf(p, '#code')).toBe('550 371');

  // Same family phone for the next villager; the village and pick-up stay.
  await tapOn(p, '#next');
  await settle();
  expect(has(p, '#done')).toBe(false);
  await typeInto(p, '#name', '王德顺');
  await typeInto(p, '#phone', '13700001234');
  await tapOn(p, '#submit');
  expect(cloud.inputsOf('trip.proxyBook')[1]).toMatchObject({
    pickupId: 'p1',
    name: '王德顺',
    phone: '13700001234',
    village: '庆荣村',
  });
  expect(textOf(p, '#done')).toContain('这次已代订 2 人');
});

test('没有手机: no phone is sent, the ID tail is, and the cadre is told they are the contact', async () => {
  cloud.ok('trip.proxyBook', booked({ name: '赵老汉', phone: '', noPhone: true }));
  const p = await open();
  await fill(p, '赵老汉', '');
  await tapOn(p, '#no-phone');
  expect(textOf(p, '#no-phone-hint')).toContain('由您联系本人');
  expect(has(p, '#phone')).toBe(false);
  await typeInto(p, '#idTail', '351X');
  await tapOn(p, '#submit');
  expect(cloud.inputsOf('trip.proxyBook')).toEqual([
    { tripId: 'trip_jiaxing', pickupId: 'p1', name: '赵老汉', village: '庆荣村', idTail: '351X' },
  ]);
  expect(textOf(p, '#done')).toContain('没有手机：由您联系本人');
});

test('missing pick-up, name, phone and village are asked for, nothing is sent', async () => {
  const p = await open();
  await tapOn(p, '#submit');
  expect(textOf(p, '#err-pickupId')).toBe('请选择上车点');
  expect(textOf(p, '#err-name')).toBe('请填写姓名');
  expect(textOf(p, '#err-phone')).toBe('请填写11位手机号');
  expect(textOf(p, '#err-village')).toMatch(/村/);
  expect(cloud.inputsOf('trip.proxyBook')).toHaveLength(0);
});

test('the server’s refusal is shown in plain Chinese and no code is shown', async () => {
  cloud.fail('trip.proxyBook', 'ALREADY_BOOKED', '王秀芝已经订了这趟车，不用再订');
  const p = await open();
  await fill(p, '王秀芝', '13700001234');
  await tapOn(p, '#submit');
  expect(textOf(p, '#banner')).toBe('王秀芝已经订了这趟车，不用再订');
  expect(has(p, '#done')).toBe(false);
  expect(textOf(p, '#submit')).toBe('代订座位');
});

test('a second tap while the first is on its way books nobody twice', async () => {
  const held = cloud.hold('trip.proxyBook', booked({ name: '王秀芝' }));
  const p = await open();
  await fill(p, '王秀芝', '13700001234');
  await tapOn(p, '#submit');
  expect(textOf(p, '#submit')).toBe('正在订座…');
  await tapOn(p, '#submit');
  held.release();
  await settle();
  expect(cloud.inputsOf('trip.proxyBook')).toHaveLength(1);
  expect(textOf(p, '#code')).toBe('550 371');
});

test('a full trip says a booking now queues, and the queued villager’s place is shown', async () => {
  cloud.ok('trip.get', tripDetail({ canManage: true, seatsLeft: 0, waiting: 3 }));
  cloud.ok('trip.proxyBook', booked({ status: 'waiting', queuePosition: 4 }));
  const p = await open();
  expect(textOf(p, '#seats')).toBe('座位已满，3人在排队，再订就排队');
  await fill(p, '王秀芝', '13700001234');
  await tapOn(p, '#submit');
  expect(textOf(p, '#done')).toContain('在排队');
  expect(textOf(p, '#queue')).toBe('车已坐满，排在第4位，有人退座就轮到他');
});

test('a trip that has left cannot be booked for anyone', async () => {
  cloud.ok('trip.get', tripDetail({ canManage: true, status: 'departed' }));
  const p = await open();
  expect(textOf(p)).toContain('这趟车已经不能订座了');
  expect(has(p, '#submit')).toBe(false);
});
