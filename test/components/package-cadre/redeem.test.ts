import { loadPage, settle, tap, textOf, type, useFakeCloud } from '../package-common/harness';

const cloud = useFakeCloud();

test('a valid invite code makes the user a cadre of the area', async () => {
  cloud.ok('cadre.redeemInvite', {
    roles: ['worker', 'cadre'],
    cadre: { province: '四川省', city: '内江市', county: '资中县', town: '太平镇' },
  });
  const page = loadPage('package-cadre/pages/redeem/index');
  page.instance.onLoad({});
  type(page, '#code', 'zz8k3p2q');
  await tap(page, '#submit');
  expect(cloud.inputsOf('cadre.redeemInvite')).toEqual([{ code: 'ZZ8K3P2Q' }]);
  expect(textOf(page, '#done')).toContain('四川省 内江市 资中县 太平镇');
});

test('a malformed code is refused before sending; a used one shows the server’s message', async () => {
  cloud.fail('cadre.redeemInvite', 'INVITE_INVALID', '邀请码不对或已经用过了');
  const page = loadPage('package-cadre/pages/redeem/index');
  page.instance.onLoad({});
  type(page, '#code', 'AB-1');
  await tap(page, '#submit');
  expect(textOf(page, '#err-code')).toBe('邀请码不对');
  expect(cloud.calls).toHaveLength(0);
  type(page, '#code', 'ZZ8K3P2Q');
  await tap(page, '#submit');
  await settle();
  expect(textOf(page, '#err-code')).toBe('邀请码不对或已经用过了');
});
