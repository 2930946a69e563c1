import { loadPage } from '../load';
import { SESSION } from '../worker-fixtures';
import {
  pickIn,
  settle,
  setup,
  tapOn,
  textOf,
  typeInto,
  type FakeCloud,
  type WxRecord,
} from '../worker-kit';

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

async function open() {
  const p = loadPage('package-trips/pages/trip-edit/index');
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
