import { loadPage } from '../load';
import { SESSION } from '../worker-fixtures';
import { settle, setup, tapOn, textOf, has, type FakeCloud, type WxRecord } from '../worker-kit';
import { tripDetail } from './fixtures';

let cloud: FakeCloud;
let wxr: WxRecord;
beforeEach(() => {
  ({ cloud, wxr } = setup());
  cloud.ok('account.login', { ...SESSION, roles: ['worker', 'cadre'] });
  cloud.ok('trip.list', { items: [], nextCursor: null });
});

async function open() {
  const p = loadPage('package-trips/pages/summary/index');
  await settle();
  return p;
}

test('open needs by destination and week, with people, jobs, employers and towns', async () => {
  cloud.ok('travel.summary', {
    groups: [
      {
        city: '台州',
        week: '2099-02-16',
        needs: 18,
        people: 31,
        withJob: 12,
        employers: [
          { name: '台州黄岩汽配有限公司', people: 9 },
          { name: '台州市海正电子有限公司', people: 3 },
        ],
        towns: [
          { name: '太平镇', people: 25 },
          { name: '银山镇', people: 6 },
        ],
      },
      {
        city: '嘉兴',
        week: '2099-02-23',
        needs: 4,
        people: 5,
        withJob: 0,
        employers: [],
        towns: [{ name: '太平镇', people: 5 }],
      },
    ],
    totals: { needs: 22, people: 36 },
  });
  const p = await open();
  expect(cloud.inputsOf('travel.summary')).toEqual([{}]);
  expect(textOf(p, '#totals')).toBe('共36人要走，22份登记');
  const first = textOf(p, '#group-0');
  expect(first).toContain('去台州 31人（18份登记）');
  expect(first).toMatch(/2月16日 周一 – 2月22日 周日 出发/);
  expect(first).toContain('12人已找好工作');
  expect(first).toContain('台州黄岩汽配有限公司 9人、台州市海正电子有限公司 3人');
  expect(first).toContain('太平镇 25人、银山镇 6人');
  const second = textOf(p, '#group-1');
  expect(second).toContain('去嘉兴 5人（4份登记）');
  expect(second).not.toContain('已找好工作');
  expect(second).not.toContain('去的单位');
});

test('no open needs says so', async () => {
  cloud.ok('travel.summary', { groups: [], totals: { needs: 0, people: 0 } });
  const p = await open();
  expect(textOf(p)).toContain('现在没有等车的登记');
  expect(has(p, '#group-0')).toBe(false);
});

test('a refusal shows the server’s message with 重试', async () => {
  cloud.fail('travel.summary', 'FORBIDDEN', '只有村干部和人社局能看汇总');
  const p = await open();
  expect(textOf(p)).toContain('只有村干部和人社局能看汇总');
});

test('the trips I organise are listed with seats taken, and open their page', async () => {
  cloud.ok('travel.summary', { groups: [], totals: { needs: 0, people: 0 } });
  const {
    region: _r,
    town: _t,
    to: _to,
    pickups: _p,
    cost: _c,
    bring: _b,
    contact: _ct,
    inviteCode: _i,
    rev: _v,
    waiting: _w,
    myBooking: _m,
    canManage: _cm,
    ...card
  } = tripDetail();
  cloud.ok('trip.list', { items: [card], nextCursor: null });
  const p = await open();
  expect(cloud.inputsOf('trip.list')).toEqual([{ mine: true }]);
  const text = textOf(p, '#trip-trip_jiaxing');
  expect(text).toContain('大巴 资中直达嘉兴大巴 可预订');
  expect(text).toContain('订了33/45座');
  await tapOn(p, '#trip-trip_jiaxing');
  expect(wxr.navigations).toEqual(['/package-trips/pages/trip/index?id=trip_jiaxing']);
});

test('发一趟车 opens the trip form; 代登记 opens the need form for a villager', async () => {
  cloud.ok('travel.summary', { groups: [], totals: { needs: 0, people: 0 } });
  const p = await open();
  await tapOn(p, '#new-trip');
  await tapOn(p, '#proxy-need');
  expect(wxr.navigations).toEqual([
    '/package-trips/pages/trip-edit/index',
    '/package-trips/pages/need/index?proxy=1',
  ]);
});
