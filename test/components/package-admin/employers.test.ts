import {
  answerModal,
  exists,
  loadPage,
  settle,
  tap,
  textOf,
  useFakeCloud,
} from '../package-common/harness';

const PENDING = {
  kind: 'employer' as const,
  employer: {
    _id: 'emp_hongzhan',
    companyName: '资中县银山鸿展工业有限责任公司',
    uscc: '91511025MA62TQ8L5X',
    intro: '生产消毒酒精和日化用品，员工200多人。',
    contactName: '王经理',
    contactPhone: '13881234567',
    region: { province: '四川省', city: '内江市', county: '资中县' },
    address: '银山镇工业园区8号',
    location: { lat: 29.76, lng: 104.85 },
    status: 'pending' as const,
    createdAt: Date.parse('2026-11-20T09:00:00+08:00'),
  },
  flags: [],
};

const cloud = useFakeCloud();
beforeEach(() => {
  cloud.ok('admin.listPending', { items: [PENDING], nextCursor: null });
});
afterEach(() => jest.restoreAllMocks());

async function open() {
  const page = loadPage('package-admin/pages/employers/index');
  page.instance.onLoad({});
  await settle();
  return page;
}

test('shows what the admin checks against the business licence', async () => {
  const page = await open();
  expect(cloud.inputsOf('admin.listPending')).toEqual([{ kind: 'employers' }]);
  const card = textOf(page, '#employer-emp_hongzhan');
  expect(card).toContain('资中县银山鸿展工业有限责任公司');
  expect(card).toContain('91511025MA62TQ8L5X');
  expect(card).toContain('银山镇工业园区8号');
});

test('通过 verifies the employer and removes it from the queue', async () => {
  cloud.ok('admin.verifyEmployer', { status: 'verified' });
  answerModal(true);
  const page = await open();
  await tap(page, '#approve-emp_hongzhan');
  await settle();
  expect(cloud.inputsOf('admin.verifyEmployer')).toEqual([
    { employerId: 'emp_hongzhan', approve: true },
  ]);
  expect(exists(page, '#employer-emp_hongzhan')).toBe(false);
  expect(textOf(page, '#empty')).toContain('没有待审核的单位');
});

test('不通过 sends the written reason', async () => {
  cloud.ok('admin.verifyEmployer', { status: 'rejected' });
  answerModal(true, '信用代码和单位名称对不上');
  const page = await open();
  await tap(page, '#reject-emp_hongzhan');
  await settle();
  expect(cloud.inputsOf('admin.verifyEmployer')).toEqual([
    { employerId: 'emp_hongzhan', approve: false, reason: '信用代码和单位名称对不上' },
  ]);
});

test('cancelling the confirmation changes nothing', async () => {
  answerModal(false);
  const page = await open();
  await tap(page, '#approve-emp_hongzhan');
  await settle();
  expect(cloud.inputsOf('admin.verifyEmployer')).toHaveLength(0);
  expect(exists(page, '#employer-emp_hongzhan')).toBe(true);
});

test('the admin screens are one tap apart', async () => {
  const nav = jest.spyOn(wx, 'redirectTo');
  const page = await open();
  page.querySelector('#tabs')!.querySelector('#tab-review')!.dispatchEvent('tap');
  await settle();
  expect(nav).toHaveBeenCalledWith(
    expect.objectContaining({ url: '/package-admin/pages/review/index' }),
  );
});

test('an intro msgSecCheck flagged shows with the words marked, for the admin to judge', async () => {
  const intro = '家具厂长期招工，想了解的加微信领红包，员工120人。';
  cloud.ok('admin.listPending', {
    items: [
      {
        ...PENDING,
        employer: { ...PENDING.employer, intro },
        flags: [
          {
            field: 'intro',
            fieldLabel: '单位简介',
            label: '疑似广告',
            text: intro,
            marks: [{ start: 12, end: 18 }],
          },
        ],
      },
    ],
    nextCursor: null,
  });
  const page = await open();
  expect(textOf(page, '#employer-emp_hongzhan')).toContain('单位简介：疑似广告');
  const flags = page.querySelector('#flags-emp_hongzhan');
  expect(flags?.querySelectorAll('.mtrue').map((el) => el.dom?.textContent)).toEqual([
    '加微信领红包',
  ]);
});

test('已认证 and 已暂停 list the area’s companies; one opens its 单位档案', async () => {
  cloud.ok('admin.listEmployers', (input: { status: string }) => ({
    items:
      input.status === 'suspended'
        ? [{ ...PENDING.employer, _id: 'emp_ting', status: 'suspended' }]
        : [{ ...PENDING.employer, status: 'verified' }],
    nextCursor: null,
  }));
  const navigate = jest.spyOn(wx, 'navigateTo');
  const page = await open();
  await tap(page, '#tab-verified');
  await settle();
  expect(cloud.inputsOf('admin.listEmployers')).toEqual([{ status: 'verified' }]);
  expect(textOf(page, '#employer-emp_hongzhan')).toContain('已认证');
  expect(exists(page, '#approve-emp_hongzhan')).toBe(false);
  await tap(page, '#tab-suspended');
  await settle();
  expect(exists(page, '#employer-emp_hongzhan')).toBe(false);
  expect(textOf(page, '#employer-emp_ting')).toContain('已暂停资格');
  await tap(page, '#employer-emp_ting');
  expect(navigate).toHaveBeenCalledWith(
    expect.objectContaining({ url: '/package-admin/pages/company/index?employerId=emp_ting' }),
  );
});
