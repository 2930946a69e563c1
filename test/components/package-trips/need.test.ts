import { SUBSCRIBE_TEMPLATES } from '../../../miniprogram/config';
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
import { need } from './fixtures';

let cloud: FakeCloud;
let wxr: WxRecord;
beforeEach(() => {
  ({ cloud, wxr } = setup());
  cloud.ok('account.login', SESSION);
  cloud.ok('travel.myNeed', { need: null });
});

async function open(query: Record<string, string> = {}) {
  const p = loadPage('package-trips/pages/need/index', { query });
  await settle();
  return p;
}

function inputValue(p: Awaited<ReturnType<typeof open>>, key: string): unknown {
  return (p.instance.data as Record<string, unknown>)[key];
}

test('a new need starts from the profile; the worker adds where, when and how many', async () => {
  cloud.ok('travel.registerNeed', need());
  const p = await open();
  expect(inputValue(p, 'name')).toBe('王德明');
  expect(inputValue(p, 'village')).toBe('庆荣村');
  expect(textOf(p, '#county')).toContain('资中县');
  expect(textOf(p, '#submit')).toBe('登记');
  await typeInto(p, '#city', '台州');
  await typeInto(p, '#employerName', '台州黄岩汽配有限公司');
  await pickIn(p, '#day', '2099-02-16');
  await typeInto(p, '#people', '2');
  await tapOn(p, '#job-yes');
  await tapOn(p, '#submit');
  expect(cloud.inputsOf('travel.registerNeed')).toEqual([
    {
      name: '王德明',
      phone: '13981234567',
      from: {
        province: '四川省',
        city: '内江市',
        county: '资中县',
        town: '太平镇',
        village: '庆荣村',
      },
      to: { city: '台州', employerName: '台州黄岩汽配有限公司' },
      earliestDay: '2099-02-16',
      people: 2,
      hasJob: true,
    },
  ]);
  expect(wxr.subscriptions).toEqual([[SUBSCRIBE_TEMPLATES.tripMatched]]);
  expect(textOf(p, '#status')).toContain('您已登记：等车中');
  expect(textOf(p, '#submit')).toBe('保存修改');
});

test('missing city and day: each field says what to fill and nothing is sent', async () => {
  const p = await open();
  await typeInto(p, '#people', '30');
  await tapOn(p, '#submit');
  expect(textOf(p, '#err-city')).toBeTruthy();
  expect(textOf(p, '#err-earliestDay')).toBe('请选最早哪天能走');
  expect(textOf(p, '#err-people')).toContain('最多20人');
  expect(cloud.inputsOf('travel.registerNeed')).toHaveLength(0);
});

test('an open need is shown for editing and can be withdrawn after asking', async () => {
  cloud.ok('travel.myNeed', { need: need() });
  cloud.ok('travel.withdrawNeed', { status: 'withdrawn' });
  const p = await open();
  expect(textOf(p, '#status')).toContain('您已登记：等车中');
  expect(inputValue(p, 'city')).toBe('台州');
  expect(textOf(p, '#day')).toMatch(/2月16日 周./);
  await tapOn(p, '#withdraw');
  await settle();
  expect(wxr.modals[0]?.title).toBe('不用车了？');
  expect(cloud.inputsOf('travel.withdrawNeed')).toEqual([{ needId: 'need_wangdm' }]);
  expect(has(p, '#status')).toBe(false);
  expect(textOf(p, '#submit')).toBe('登记');
});

test('a matched need points to the booking and cannot be withdrawn here', async () => {
  cloud.ok('travel.myNeed', { need: need({ status: 'matched', tripId: 'trip_taizhou' }) });
  const p = await open();
  expect(textOf(p, '#status')).toContain('已经订上车了');
  expect(has(p, '#withdraw')).toBe(false);
});

test('the server’s field message shows under its field', async () => {
  cloud.fail('travel.registerNeed', 'INVALID_INPUT', '请填村', { 'from.village': '请填村' });
  const p = await open();
  await typeInto(p, '#city', '台州');
  await pickIn(p, '#day', '2099-02-16');
  await tapOn(p, '#submit');
  await settle();
  expect(textOf(p, '#err-village')).toBe('请填村');
});

describe('代登记 by a cadre (?proxy=1)', () => {
  const CADRE = {
    ...SESSION,
    roles: ['worker' as const, 'cadre' as const],
    cadre: { province: '四川省', city: '内江市', county: '资中县', town: '太平镇' },
  };
  beforeEach(() => {
    cloud.ok('account.login', CADRE);
  });

  async function fillVillager(p: Awaited<ReturnType<typeof open>>) {
    await typeInto(p, '#name', '赵老汉');
    await typeInto(p, '#village', '庆荣村');
    await typeInto(p, '#city', '台州');
    await pickIn(p, '#day', '2099-02-16');
  }

  test('registers a villager without a phone in the cadre’s town; the form is ready for the next one', async () => {
    cloud.ok('travel.proxyNeed', (input) => ({
      ...need({ name: input.name, phone: '', proxy: true }),
      to: { city: input.to.city },
    }));
    const p = await open({ proxy: '1' });
    // Not the cadre's own need: nothing of theirs is loaded or filled in.
    expect(cloud.inputsOf('travel.myNeed')).toHaveLength(0);
    expect(inputValue(p, 'name')).toBe('');
    expect(textOf(p, '#county')).toContain('资中县');
    expect(inputValue(p, 'town')).toBe('太平镇');
    await fillVillager(p);
    await tapOn(p, '#no-phone');
    expect(has(p, '#phone')).toBe(false);
    await typeInto(p, '#idTail', '351X');
    await tapOn(p, '#submit');
    await settle();
    expect(cloud.inputsOf('travel.registerNeed')).toHaveLength(0);
    expect(JSON.parse(JSON.stringify(cloud.inputsOf('travel.proxyNeed')))).toEqual([
      {
        name: '赵老汉',
        idTail: '351X',
        from: {
          province: '四川省',
          city: '内江市',
          county: '资中县',
          town: '太平镇',
          village: '庆荣村',
        },
        to: { city: '台州' },
        earliestDay: '2099-02-16',
        people: 1,
        hasJob: false,
      },
    ]);
    // The villager is not asked for notices on the cadre's phone.
    expect(wxr.subscriptions).toEqual([]);
    expect(textOf(p, '#proxy-done')).toContain('✓ 赵老汉，去台州 已登记');
    // Next villager: the person is cleared, the place and the trip stay.
    expect(inputValue(p, 'name')).toBe('');
    expect(inputValue(p, 'village')).toBe('庆荣村');
    expect(inputValue(p, 'city')).toBe('台州');
    expect(has(p, '#withdraw')).toBe(false);
    expect(textOf(p, '#submit')).toBe('登记');
  });

  test('an empty phone without 没有手机 is asked for, nothing sent', async () => {
    const p = await open({ proxy: '1' });
    await fillVillager(p);
    await tapOn(p, '#submit');
    expect(textOf(p, '#err-phone')).toBeTruthy();
    expect(cloud.inputsOf('travel.proxyNeed')).toHaveLength(0);
  });

  test('a villager of another town is refused at the field', async () => {
    cloud.fail('travel.proxyNeed', 'FORBIDDEN', '只能为您负责的乡镇登记出行需求', {
      'from.town': '不是您负责的乡镇',
    });
    const p = await open({ proxy: '1' });
    await fillVillager(p);
    await typeInto(p, '#phone', '13700001234');
    await typeInto(p, '#town', '归德镇');
    await tapOn(p, '#submit');
    await settle();
    expect(textOf(p, '#err-town')).toBe('不是您负责的乡镇');
    expect(has(p, '#proxy-done')).toBe(false);
  });
});
