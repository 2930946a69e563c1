import { loadPage } from '../load';
import { SESSION } from '../worker-fixtures';
import {
  has,
  pickIn,
  settle,
  setup,
  tapOn,
  textOf,
  typeInto,
  type FakeCloud,
  type WxRecord,
} from '../worker-kit';
import { tripDetail } from './fixtures';

let cloud: FakeCloud;
let wxr: WxRecord;
const places = [
  {
    name: '嘉兴秀洲纺织有限公司',
    address: '秀洲工业园区康和路1号',
    latitude: 30.77,
    longitude: 120.71,
  },
  { name: '庆荣村村委会', address: '资中县太平镇庆荣村', latitude: 29.68, longitude: 104.9 },
];
beforeEach(() => {
  ({ cloud, wxr } = setup());
  cloud.ok('account.login', {
    ...SESSION,
    roles: ['worker', 'cadre'],
    cadre: { province: '四川省', city: '内江市', county: '资中县', town: '太平镇' },
  });
  let i = 0;
  Object.assign(wx, {
    chooseLocation: (o: { success: (r: (typeof places)[number]) => void }) => {
      const p = places[i++ % places.length];
      if (p) o.success(p);
    },
  });
});

async function open(query: Record<string, string> = {}) {
  const p = loadPage('package-trips/pages/trip-edit/index', { query });
  await settle();
  return p;
}

test('a cadre fills the trip in and publishes it; the trip page opens', async () => {
  cloud.ok('trip.create', { tripId: 'trip_new', inviteCode: 'JX0220', notified: 7 });
  const p = await open();
  await typeInto(p, '#title', '太平镇直达嘉兴大巴');
  await typeInto(p, '#toCity', '嘉兴');
  await typeInto(p, '#toEmployer', '嘉兴秀洲纺织有限公司');
  await tapOn(p, '#to-map');
  await pickIn(p, '#day', '2099-02-20');
  await pickIn(p, '#time', '08:00');
  await tapOn(p, '#add-pickup');
  await typeInto(p, '#seats', '45');
  await tapOn(p, '#cost-subsidised');
  await typeInto(p, '#costYuan', '50');
  await typeInto(p, '#contactPhone', '13800001234');
  await tapOn(p, '#submit');
  await settle();
  expect(cloud.inputsOf('trip.create')).toEqual([
    {
      mode: 'bus',
      title: '太平镇直达嘉兴大巴',
      region: { province: '四川省', city: '内江市', county: '资中县' },
      town: '太平镇',
      to: {
        city: '嘉兴',
        employerName: '嘉兴秀洲纺织有限公司',
        address: '秀洲工业园区康和路1号',
        location: { lat: 30.77, lng: 120.71 },
      },
      day: '2099-02-20',
      time: '08:00',
      pickups: [{ name: '庆荣村村委会', time: '07:00', location: { lat: 29.68, lng: 104.9 } }],
      seats: 45,
      cost: { kind: 'subsidised', yuan: 50 },
      contact: { name: '王德明', phone: '13800001234' },
    },
  ]);
  expect(wxr.toasts).toContain('已发布，通知了7人');
  expect(wxr.navigations).toEqual(['/package-trips/pages/trip/index?id=trip_new']);
});

test('an empty form says what is missing, field by field, and sends nothing', async () => {
  const p = await open();
  await tapOn(p, '#submit');
  expect(textOf(p, '#err-title')).toBeTruthy();
  expect(textOf(p, '#err-to_city')).toBeTruthy();
  expect(textOf(p, '#err-day')).toBeTruthy();
  expect(textOf(p, '#err-pickups')).toBe('请至少设一个上车点');
  expect(textOf(p, '#err-seats')).toBe('请填座位数');
  expect(cloud.inputsOf('trip.create')).toHaveLength(0);
});

test('a pick-up later than the departure is refused before sending', async () => {
  const p = await open();
  await tapOn(p, '#to-map');
  await tapOn(p, '#add-pickup');
  await pickIn(p, '#time', '06:00');
  await typeInto(p, '#title', '太平镇直达嘉兴大巴');
  await typeInto(p, '#toCity', '嘉兴');
  await typeInto(p, '#toEmployer', '嘉兴秀洲纺织有限公司');
  await pickIn(p, '#day', '2099-02-20');
  await typeInto(p, '#seats', '45');
  await typeInto(p, '#contactPhone', '13800001234');
  await tapOn(p, '#submit');
  expect(textOf(p, '#err-pickups')).toBe('上车时间不能晚于发车时间');
  expect(cloud.inputsOf('trip.create')).toHaveLength(0);
});

describe('editing a trip (?tripId=)', () => {
  beforeEach(() => {
    cloud.ok('trip.get', tripDetail({ canManage: true, rev: 3 }));
  });

  test('the form shows the trip; a save sends trip.update with its rev and the kept pick-ups', async () => {
    cloud.ok('trip.update', { rev: 4 });
    const p = await open({ tripId: 'trip_jiaxing' });
    expect(cloud.inputsOf('trip.get')).toEqual([{ tripId: 'trip_jiaxing' }]);
    expect(textOf(p, '#submit')).toBe('保存修改');
    await typeInto(p, '#seats', '50');
    await pickIn(p, '#time', '08:30');
    await tapOn(p, '#submit');
    await settle();
    expect(cloud.inputsOf('trip.create')).toHaveLength(0);
    expect(cloud.inputsOf('trip.update')).toEqual([
      {
        tripId: 'trip_jiaxing',
        rev: 3,
        mode: 'bus',
        title: '资中直达嘉兴大巴',
        region: { province: '四川省', city: '内江市', county: '资中县' },
        town: '太平镇',
        to: {
          city: '嘉兴市',
          employerName: '嘉兴秀洲纺织有限公司',
          address: '秀洲工业园区康和路1号',
          location: { lat: 30.77, lng: 120.71 },
        },
        day: '2099-02-20',
        time: '08:30',
        pickups: [
          { id: 'p1', name: '庆荣村村委会', time: '06:30', location: { lat: 29.68, lng: 104.9 } },
          { id: 'p2', name: '太平镇汽车站', time: '07:10', location: { lat: 29.7, lng: 104.92 } },
        ],
        seats: 50,
        cost: { kind: 'free' },
        bring: '身份证、两天的干粮',
        contact: { name: '李干事', phone: '13800001234' },
      },
    ]);
    expect(wxr.toasts).toContain('已保存');
  });

  test('a stale save is refused: the message says to reload, and reloading shows the trip as it is now', async () => {
    cloud.fail('trip.update', 'CONFLICT', '这趟车刚被别人改过，请刷新后再改');
    const p = await open({ tripId: 'trip_jiaxing' });
    await typeInto(p, '#seats', '50');
    cloud.ok('trip.get', tripDetail({ canManage: true, rev: 4, seats: 40 }));
    await tapOn(p, '#submit');
    await settle();
    expect(wxr.modals[0]).toEqual({
      title: '这趟车有变动',
      content: '这趟车刚被别人改过，请刷新后再改',
    });
    expect(wxr.toasts).not.toContain('已保存');
    // 重新加载 (the modal's confirm): the form has the other organiser's 40 seats and the new rev.
    expect((p.instance as unknown as { data: { seats: string; rev: number } }).data).toMatchObject({
      seats: '40',
      rev: 4,
    });
    expect(wxr.toasts).toContain('已重新加载，请再改一次');
  });

  test('a seat count under those booked is shown at the field, nothing else changes', async () => {
    cloud.fail('trip.update', 'INVALID_INPUT', '已有33人订座，座位不能少于33个', {
      seats: '不能少于已订的33个',
    });
    const p = await open({ tripId: 'trip_jiaxing' });
    await typeInto(p, '#seats', '20');
    await tapOn(p, '#submit');
    await settle();
    expect(textOf(p, '#err-seats')).toBe('不能少于已订的33个');
    expect(wxr.toasts).not.toContain('已保存');
  });

  test('a cancelled trip cannot be edited: the page says so and shows no form', async () => {
    cloud.ok('trip.get', tripDetail({ canManage: true, status: 'cancelled' }));
    const p = await open({ tripId: 'trip_jiaxing' });
    expect(textOf(p)).toContain('这趟车已经取消了，不能再改');
    expect(has(p, '#submit')).toBe(false);
  });
});
