import { COUNTY_CHOICES } from '../../../miniprogram/services/filters';
import { loadPage } from '../load';
import { NEW_SESSION, SESSION, WORKER_PROFILE } from '../worker-fixtures';
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

let cloud: FakeCloud;
let wxr: WxRecord;
beforeEach(() => {
  ({ cloud, wxr } = setup());
  cloud.ok('account.login', SESSION);
});

async function open() {
  const p = loadPage('pages/profile/index');
  await settle();
  return p;
}

async function chip(p: ReturnType<typeof loadPage>, group: string, label: string) {
  const chips = p.querySelector(group)!.querySelectorAll('.cg-chip');
  const el = chips.find((c) => textOf(c).replace('✓ ', '') === label);
  if (!el) throw new Error(`no chip ${label} in ${group}`);
  el.dispatchEvent('tap');
  await settle();
}

test('opens with the saved 求职意向 filled in', async () => {
  const p = await open();
  const data = p.instance.data as Record<string, unknown>;
  expect([data['name'], data['phone'], data['county'], data['town'], data['village']]).toEqual([
    '王德明',
    '13981234567',
    '资中县',
    '太平镇',
    '庆荣村',
  ]);
  expect(textOf(p, '#county')).toBe('资中县 ▾');
  expect(textOf(p, '#categories')).toContain('✓ 普工');
  expect(textOf(p, '#categories')).toContain('✓ 木工家具');
  expect(textOf(p, '#pay')).toContain('✓ 5000元');
});

test('saving sends the whole profile and updates the session', async () => {
  cloud.ok('account.updateProfile', (input) => ({ profile: input as typeof WORKER_PROFILE }));
  const p = await open();
  await chip(p, '#categories', '建筑工地');
  await tapOn(p, '#save');
  await settle();
  expect(cloud.inputsOf('account.updateProfile')).toEqual([
    { ...WORKER_PROFILE, categories: ['factory', 'woodwork', 'construction'] },
  ]);
  expect(wxr.toasts).toContain('保存好了');
});

test('an empty form shows what is missing next to each field and sends nothing', async () => {
  cloud.ok('account.login', NEW_SESSION);
  const p = await open();
  await tapOn(p, '#save');
  expect(textOf(p, '#err-name')).toBe('请填写姓名');
  expect(textOf(p, '#err-home')).toBe('请选择家在哪个县');
  expect(textOf(p, '#err-workArea')).toBe('请选择想在哪里干活');
  expect(textOf(p, '#err-categories')).toBe('请至少选一个工种');
  expect(has(p, '#err-phone')).toBe(false);
  expect(cloud.inputsOf('account.updateProfile')).toEqual([]);
});

test('a new worker fills the form with taps and a little typing', async () => {
  cloud.ok('account.login', NEW_SESSION);
  cloud.ok('account.updateProfile', (input) => ({ profile: input as typeof WORKER_PROFILE }));
  const p = await open();
  await typeInto(p, '#name', '李桂兰');
  await pickIn(p, '#county', String(COUNTY_CHOICES.findIndex((c) => c.county === '浦北县') - 1));
  await typeInto(p, '#town', '泉水镇');
  await chip(p, '#work-area', '家附近');
  await chip(p, '#categories', '木工家具');
  await tapOn(p, '#save');
  await settle();
  expect(cloud.inputsOf('account.updateProfile')).toEqual([
    {
      name: '李桂兰',
      home: { province: '广西壮族自治区', city: '钦州市', county: '浦北县', town: '泉水镇' },
      workArea: 'nearHome',
      cities: [],
      categories: ['woodwork'],
      skills: [],
    },
  ]);
});

test('外出打工 without a city asks for the cities under that field', async () => {
  const p = await open();
  await chip(p, '#work-area', '外出打工');
  await tapOn(p, '#save');
  expect(textOf(p, '#err-cities')).toBe('请选择想去的城市');
  await chip(p, '#cities', '台州市');
  expect(has(p, '#err-cities')).toBe(false);
});

test('a wrong phone number is shown under the phone field', async () => {
  const p = await open();
  await typeInto(p, '#phone', '1398123456');
  await tapOn(p, '#save');
  expect(textOf(p, '#err-phone')).toBe('请填写11位手机号');
  expect(cloud.inputsOf('account.updateProfile')).toEqual([]);
});

test('what the server refuses is shown next to its field', async () => {
  cloud.fail('account.updateProfile', 'CONTENT_RISKY', '内容含有不允许发布的信息，请修改后再提交', {
    'home.village': '村名含有不允许发布的信息',
  });
  const p = await open();
  await tapOn(p, '#save');
  await settle();
  expect(textOf(p, '#err-village')).toBe('村名含有不允许发布的信息');
});
