import { loadPage, pick, settle, tap, textOf, type, useFakeCloud } from '../package-common/harness';

const cloud = useFakeCloud();
afterEach(() => jest.restoreAllMocks());

test('creates an invite code for an area and copies it with instructions', async () => {
  cloud.ok('admin.createCadreInvite', {
    code: 'ZZ8K3P2Q',
    expiresAt: Date.parse('2026-12-21T23:59:00+08:00'),
  });
  const copy = jest.spyOn(wx, 'setClipboardData');
  const page = loadPage('package-admin/pages/invites/index');
  page.instance.onLoad({});
  pick(page, '#region', ['四川省', '内江市', '资中县']);
  type(page, '#town', '太平镇');
  type(page, '#note', '庆荣村 王书记');
  await tap(page, '#create');
  expect(cloud.inputsOf('admin.createCadreInvite')).toEqual([
    {
      area: { province: '四川省', city: '内江市', county: '资中县', town: '太平镇' },
      note: '庆荣村 王书记',
    },
  ]);
  expect(textOf(page, '#invite-ZZ8K3P2Q')).toContain('资中县 太平镇');
  expect(textOf(page, '#invite-ZZ8K3P2Q')).toContain('12月21日 23:59 前有效');
  await tap(page, '#copy-ZZ8K3P2Q');
  expect(copy).toHaveBeenCalledWith(
    expect.objectContaining({ data: expect.stringContaining('ZZ8K3P2Q') }),
  );
});

test('without an area nothing is sent', async () => {
  const page = loadPage('package-admin/pages/invites/index');
  page.instance.onLoad({});
  await tap(page, '#create');
  await settle();
  expect(textOf(page, '#err-area')).toBe('请选择地区');
  expect(cloud.inputsOf('admin.createCadreInvite')).toHaveLength(0);
});

test('a county admin starts from their own county, and the header names their area', async () => {
  cloud.ok('account.login', {
    userId: 'u_wujp',
    roles: ['worker', 'admin'],
    profile: null,
    employer: null,
    cadre: null,
    admin: { province: '广西壮族自治区', city: '钦州市', county: '浦北县' },
  });
  cloud.ok('admin.createCadreInvite', { code: 'PB3K8Q2M', expiresAt: Date.now() + 7 * 864e5 });
  const page = loadPage('package-admin/pages/invites/index');
  page.instance.onLoad({});
  await settle();
  expect(textOf(page, '#tabs')).toContain('浦北县人社局');
  type(page, '#town', '泉水镇');
  await tap(page, '#create');
  expect(cloud.inputsOf('admin.createCadreInvite')).toEqual([
    { area: { province: '广西壮族自治区', city: '钦州市', county: '浦北县', town: '泉水镇' } },
  ]);
});
