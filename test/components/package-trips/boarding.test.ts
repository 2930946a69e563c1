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
import { row, tripDetail } from './fixtures';

let cloud: FakeCloud;
let wxr: WxRecord;
const COUNTS = { booked: 3, boarded: 1, missing: 2, waiting: 0 };
beforeEach(() => {
  ({ cloud, wxr } = setup());
  cloud.ok('account.login', { ...SESSION, roles: ['worker', 'cadre'] });
  cloud.ok('trip.get', tripDetail({ canManage: true }));
  cloud.ok('trip.roster', {
    items: [
      row(),
      row({ _id: 'bk_2', name: '李桂芳', phone: '', noPhone: true, village: '上油坊村' }),
    ],
    nextCursor: null,
    counts: COUNTS,
  });
});

async function open() {
  const p = loadPage('package-trips/pages/boarding/index', { query: { tripId: 'trip_jiaxing' } });
  await settle();
  return p;
}

function scanReturns(result: string) {
  Object.assign(wx, {
    scanCode: (o: WechatMiniprogram.ScanCodeOption) =>
      o.success?.({
        result,
        scanType: 'QR_CODE',
        charSet: 'utf-8',
        path: '',
        rawData: '',
        errMsg: 'scanCode:ok',
      }),
  });
}

test('shows the trip, the pick-up points, the counts and who is still missing', async () => {
  const p = await open();
  expect(textOf(p)).toContain('资中直达嘉兴大巴');
  expect(textOf(p, '#pickup-p1')).toBe('庆荣村村委会 06:30');
  expect(textOf(p, '#counts')).toBe('已上车 1 人，还差 2 人');
  expect(textOf(p, '#missing-bk_1')).toContain('张大勇 庆荣村 · 尾号2222 · 太平镇汽车站');
  expect(textOf(p, '#missing-bk_2')).toContain('李桂芳 上油坊村 · 没手机');
  expect(cloud.inputsOf('trip.roster')).toEqual([{ tripId: 'trip_jiaxing', status: 'booked' }]);
});

test('choosing a pick-up point lists only its travellers', async () => {
  const p = await open();
  await tapOn(p, '#pickup-p2');
  expect(cloud.inputsOf('trip.roster').at(-1)).toEqual({
    tripId: 'trip_jiaxing',
    status: 'booked',
    pickupId: 'p2',
  });
});

test('a scanned code boards the traveller, says 请上车 and refreshes who is missing', async () => {
  cloud.ok('trip.board', {
    booking: row({ status: 'boarded', boardedAt: Date.parse('2099-02-20T07:05:00+08:00') }),
    alreadyBoarded: false,
  });
  scanReturns('482913');
  const p = await open();
  cloud.ok('trip.roster', {
    items: [row({ _id: 'bk_2', name: '李桂芳' })],
    nextCursor: null,
    counts: { ...COUNTS, boarded: 2, missing: 1 },
  });
  await tapOn(p, '#scan');
  await settle();
  expect(cloud.inputsOf('trip.board')).toEqual([{ tripId: 'trip_jiaxing', code: '482913' }]);
  expect(textOf(p, '#result')).toContain('✓ 请上车');
  expect(textOf(p, '#result')).toContain('张大勇 庆荣村');
  expect(textOf(p, '#counts')).toBe('已上车 2 人，还差 1 人');
  expect(has(p, '#missing-bk_1')).toBe(false);
});

test('a typed code in groups is sent without spaces; already boarded is harmless', async () => {
  cloud.ok('trip.board', {
    booking: row({ status: 'boarded', boardedAt: Date.parse('2099-02-20T07:05:00+08:00') }),
    alreadyBoarded: true,
  });
  const p = await open();
  await typeInto(p, '#code', '482 913');
  await tapOn(p, '#manual');
  await settle();
  expect(cloud.inputsOf('trip.board')).toEqual([{ tripId: 'trip_jiaxing', code: '482913' }]);
  expect(textOf(p, '#result')).toContain('已经上车了');
  expect(textOf(p, '#result')).toContain('07:05 已核验，不用再核');
});

test('an empty code asks for one and sends nothing', async () => {
  const p = await open();
  await tapOn(p, '#manual');
  expect(textOf(p, '#err-code')).toBe('请输入乘车码');
  expect(cloud.inputsOf('trip.board')).toHaveLength(0);
});

test('a waiting-list or other trip’s code shows the server’s message', async () => {
  cloud.fail('trip.board', 'WRONG_TRIP', '这个乘车码不是这趟车的');
  const p = await open();
  await typeInto(p, '#code', '771204');
  await tapOn(p, '#manual');
  await settle();
  expect(textOf(p, '#result')).toContain('✕ 没有核上');
  expect(textOf(p, '#result')).toContain('这个乘车码不是这趟车的');
});

test('by name: found travellers board with one tap', async () => {
  const p = await open();
  cloud.ok('trip.roster', {
    items: [row({ _id: 'bk_2', name: '李桂芳' })],
    nextCursor: null,
    counts: COUNTS,
  });
  await typeInto(p, '#query', '李桂芳');
  await tapOn(p, '#search');
  expect(cloud.inputsOf('trip.roster').at(-1)).toEqual({ tripId: 'trip_jiaxing', q: '李桂芳' });
  cloud.ok('trip.board', {
    booking: row({ _id: 'bk_2', name: '李桂芳', status: 'boarded', boardedAt: Date.now() }),
    alreadyBoarded: false,
  });
  await tapOn(p, '#board-bk_2');
  await settle();
  expect(cloud.inputsOf('trip.board')).toEqual([{ tripId: 'trip_jiaxing', bookingId: 'bk_2' }]);
  expect(textOf(p, '#found-bk_2')).toContain('已上车');
  expect(has(p, '#board-bk_2')).toBe(false);
});

test('the roster is a tap away', async () => {
  const p = await open();
  await tapOn(p, '#roster');
  expect(wxr.navigations).toEqual(['/package-trips/pages/roster/index?tripId=trip_jiaxing']);
});
