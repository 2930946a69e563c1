import { usccCheckChar } from '../../../miniprogram/shared/validators/uscc';
import {
  loadPage,
  pick,
  settle,
  tap,
  textOf,
  type,
  useFakeCloud,
  WORKER_SESSION,
} from '../package-common/harness';

const FIRST17 = '91511025MA62TQ8L5';
const USCC = `${FIRST17}${usccCheckChar(FIRST17)}`;

const EMPLOYER = {
  _id: 'emp_hongzhan',
  companyName: '资中县银山鸿展工业有限责任公司',
  uscc: USCC,
  intro: '生产消毒酒精和日化用品，员工200多人，厂区在银山镇。',
  contactName: '王经理',
  contactPhone: '13881234567',
  region: { province: '四川省', city: '内江市', county: '资中县' },
  address: '银山镇工业园区8号',
  location: { lat: 29.76, lng: 104.85 },
  status: 'pending' as const,
  createdAt: Date.parse('2026-11-20T09:00:00+08:00'),
};

const EMPLOYER_SESSION = {
  ...WORKER_SESSION,
  roles: ['worker' as const, 'employer' as const],
  employer: { _id: EMPLOYER._id, companyName: EMPLOYER.companyName, status: 'pending' as const },
};

const cloud = useFakeCloud();
afterEach(() => jest.restoreAllMocks());

async function open() {
  const page = loadPage('package-employer/pages/register/index');
  page.instance.onLoad({});
  await settle();
  return page;
}

test('an employer already registered sees 审核中', async () => {
  cloud.ok('account.login', EMPLOYER_SESSION).ok('employer.mine', EMPLOYER);
  const page = await open();
  expect(textOf(page, '#status')).toBe('审核中');
  expect(textOf(page)).toContain('资中县银山鸿展工业有限责任公司');
});

test('a rejected employer sees the reason and can correct and resubmit', async () => {
  cloud.ok('account.login', EMPLOYER_SESSION).ok('employer.mine', {
    ...EMPLOYER,
    status: 'rejected',
    rejectReason: '营业执照上的名称和填写的不一致',
  });
  const page = await open();
  expect(textOf(page, '#status')).toBe('未通过');
  expect(textOf(page)).toContain('营业执照上的名称和填写的不一致');
  await tap(page, '#edit');
  expect(textOf(page)).toContain('提交审核');
});

test('a new employer gets the form without asking for a company first', async () => {
  const page = await open();
  expect(cloud.inputsOf('employer.mine')).toHaveLength(0);
  expect(textOf(page)).toContain('统一社会信用代码');
});

test('a wrong 统一社会信用代码 is shown under the field as soon as it is left, and nothing is sent', async () => {
  const page = await open();
  type(page, '#uscc', `${FIRST17}${usccCheckChar(FIRST17) === '1' ? '2' : '1'}`);
  page.querySelector('#uscc')!.dispatchEvent('blur', { detail: { value: '' } });
  await settle();
  expect(textOf(page, '#err-uscc')).toContain('统一社会信用代码不对');
  await tap(page, '#submit');
  expect(cloud.inputsOf('employer.register')).toHaveLength(0);
});

test('a complete form is sent with the code normalised and shows 审核中', async () => {
  cloud.ok('employer.register', { employer: EMPLOYER });
  jest.spyOn(wx, 'chooseLocation').mockImplementation(((
    o: WechatMiniprogram.ChooseLocationOption,
  ) => {
    o.success?.({
      latitude: 29.76,
      longitude: 104.85,
      name: '鸿展工业',
      address: '资中县银山镇',
      errMsg: 'chooseLocation:ok',
    } as WechatMiniprogram.ChooseLocationSuccessCallbackResult);
  }) as typeof wx.chooseLocation);
  const page = await open();
  type(page, '#companyName', EMPLOYER.companyName);
  type(page, '#uscc', USCC.toLowerCase().replace(/(.{6})/g, '$1 '));
  type(page, '#intro', EMPLOYER.intro);
  type(page, '#contactName', '王经理');
  type(page, '#contactPhone', '13881234567');
  pick(page, '#region', ['四川省', '内江市', '资中县']);
  type(page, '#address', '银山镇工业园区8号');
  await tap(page, '#pick-place');
  await tap(page, '#submit');
  expect(cloud.inputsOf('employer.register')).toEqual([
    {
      companyName: EMPLOYER.companyName,
      uscc: USCC,
      intro: EMPLOYER.intro,
      contactName: '王经理',
      contactPhone: '13881234567',
      region: EMPLOYER.region,
      address: '银山镇工业园区8号',
      location: { lat: 29.76, lng: 104.85 },
    },
  ]);
  expect(textOf(page, '#status')).toBe('审核中');
});

test('without a map location the form says where to tap', async () => {
  const page = await open();
  await tap(page, '#submit');
  expect(textOf(page, '#err-location')).toBe('请点“在地图上选位置”');
  expect(textOf(page, '#err-companyName')).toBe('请填写单位名称');
});

test('大字模式 enlarges the page through its root font size', async () => {
  const { setLargeText } = await import('../../../miniprogram/services/large-text');
  const page = await open();
  expect((page.data as { rootFontSize: string }).rootFontSize).toBe('system');
  setLargeText(true);
  expect((page.data as { rootFontSize: string }).rootFontSize).toMatch(/^\d+px$/);
  setLargeText(false);
});
