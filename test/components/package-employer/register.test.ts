import { setTransport } from '../../../miniprogram/services/call-cloud';
import { FakeCloud, loadPage, settle, tap, textOf, type } from '../package-common/harness';

const EMPLOYER = {
  _id: 'emp_hongzhan',
  companyName: '资中县银山鸿展工业有限责任公司',
  uscc: '91511025MA62TQ8L5X',
  intro: '生产消毒酒精和日化用品，员工200多人，厂区在银山镇。',
  contactName: '王经理',
  contactPhone: '13881234567',
  region: { province: '四川省', city: '内江市', county: '资中县' },
  address: '银山镇工业园区8号',
  location: { lat: 29.76, lng: 104.85 },
  status: 'pending' as const,
  createdAt: Date.parse('2026-11-20T09:00:00+08:00'),
};

let cloud: FakeCloud;
beforeEach(() => {
  cloud = new FakeCloud();
  setTransport(cloud.transport);
});

test('an employer already registered sees 审核中', async () => {
  cloud.ok('employer.mine', EMPLOYER);
  const page = loadPage('package-employer/pages/register/index');
  page.instance.onLoad({});
  await settle();
  expect(textOf(page, '#status')).toBe('审核中');
  expect(textOf(page)).toContain('资中县银山鸿展工业有限责任公司');
});

test('a wrong 统一社会信用代码 is shown under the field and nothing is sent', async () => {
  cloud.ok('employer.mine', null);
  const page = loadPage('package-employer/pages/register/index');
  page.instance.onLoad({});
  await settle();
  type(page, '#uscc', '91511025MA62TQ8L51');
  await tap(page, '#submit');
  expect(textOf(page, '#err-uscc')).toContain('统一社会信用代码不对');
  expect(cloud.callsOf('employer.register')).toHaveLength(0);
});
