/**
 * The cadre's way through the real back end (local-cloud, no fake answers): 人社局 makes an invite
 * code → the cadre redeems it → creates today's fair → registers a villager (代登记) →
 * checks him in at the gate, twice → a code of another fair is refused → the stats count him.
 * And an edit saved from a form opened before the fair changed is refused and reloaded.
 */
import { checkInQrText } from '../../../miniprogram/shared/models/fair';
import { addDays, chinaDay } from '../../../miniprogram/shared/time';
import { loadPage, pick, settle, tap, textOf, type } from '../package-common/harness';
import { acceptModals, ADMIN, mapPicks, until, useLocalCloud } from '../package-common/local-cloud';

const CADRE = 'o-cadre-taiping';
const cloud = useLocalCloud();
afterEach(() => jest.restoreAllMocks());

/** Waits until `ok()` holds: real functions answer in their own time. */
async function waitFor(ok: () => boolean): Promise<void> {
  for (let i = 0; i < 300 && !ok(); i++) {
    await settle();
    await new Promise((r) => setTimeout(r, 50));
  }
  expect(ok()).toBe(true);
}

test('invite, redeem, create a fair, 代登记, check in, stats', async () => {
  cloud.actAs(ADMIN);
  const invites = loadPage('package-admin/pages/invites/index');
  invites.instance.onLoad({});
  pick(invites, '#region', ['四川省', '内江市', '资中县']);
  type(invites, '#town', '太平镇');
  await tap(invites, '#create');
  await until(invites, '', '前有效');
  const code = (invites.data as { made: { code: string }[] }).made[0]!.code;

  cloud.actAs(CADRE);
  const redeem = loadPage('package-cadre/pages/redeem/index');
  redeem.instance.onLoad({});
  type(redeem, '#code', code);
  await tap(redeem, '#submit');
  await until(redeem, '#done', '资中县 太平镇');

  mapPicks(29.68, 104.9, '庆荣村村委会', '资中县太平镇庆荣村');
  // Check-in opens on the fair's day; one slot spans the whole day so the story runs at any hour.
  const day = chinaDay(Date.now());
  const edit = loadPage('package-cadre/pages/fair-edit/index');
  edit.instance.onLoad({});
  await until(edit, '', '四川省 内江市 资中县');
  type(edit, '#title', '庆荣村院坝招聘会');
  type(edit, '#village', '庆荣村');
  type(edit, '#address', '村委会院坝');
  pick(edit, '#day', day);
  await tap(edit, '#pick-place');
  pick(edit, '#slot-0-start', '00:00');
  pick(edit, '#slot-0-end', '23:59');
  await tap(edit, '#save');
  await until(edit, '#done', '招聘会已发布');
  const fairId = (edit.data as { fairId: string }).fairId;

  const proxy = loadPage('package-cadre/pages/proxy-signup/index');
  proxy.instance.onLoad({ fairId });
  await until(proxy, '', '庆荣村院坝招聘会');
  type(proxy, '#name', '张大勇');
  type(proxy, '#phone', '13812345678');
  const slotId = (proxy.data as { slots: { id: string }[] }).slots[0]!.id;
  await tap(proxy, `#slot-${slotId}`);
  await tap(proxy, '#submit');
  await until(proxy, '#done', '张大勇 已登记');
  const checkInCode = textOf(proxy, '#code');
  expect(checkInCode).toMatch(/^\d{6}$/);

  // Another fair in the same area, with its own sign-up, for the wrong-fair case.
  const other = await cloud.call('fair.create', {
    title: '太平镇春风行动招聘会',
    region: { province: '四川省', city: '内江市', county: '资中县' },
    town: '太平镇',
    village: '太平村',
    address: '太平镇文化广场',
    location: { lat: 29.7, lng: 104.92 },
    day,
    slots: [{ start: '00:00', end: '23:59', capacity: 50 }],
  });
  const otherFair = await cloud.call('fair.get', { fairId: other.fairId });
  const otherSignup = await cloud.call('fair.proxySignUp', {
    fairId: other.fairId,
    slotId: otherFair.slots[0]!.id,
    name: '李桂兰',
    phone: '13990455678',
    village: '太平村',
  });

  const gate = loadPage('package-cadre/pages/check-in/index');
  gate.instance.onLoad({ fairId });
  await until(gate, '', '庆荣村院坝招聘会');
  type(gate, '#code', checkInCode.replace(/(\d{3})(\d{3})/, '$1 $2'));
  await tap(gate, '#manual');
  await until(gate, '#result', '签到成功');
  expect(textOf(gate, '#result')).toContain('张大勇');

  type(gate, '#code', checkInCode);
  await tap(gate, '#manual');
  await until(gate, '#result', '已经签过到了');

  jest.spyOn(wx, 'scanCode').mockImplementation(((o: WechatMiniprogram.ScanCodeOption) => {
    o.success?.({
      result: checkInQrText(otherFair.inviteCode, otherSignup.checkInCode),
      scanType: 'QR_CODE',
      charSet: 'utf-8',
      path: '',
      rawData: '',
      errMsg: 'scanCode:ok',
    });
  }) as typeof wx.scanCode);
  await tap(gate, '#scan');
  await until(gate, '#result', '没有签上');
  expect(textOf(gate, '#result')).toContain('不是本场招聘会');

  const stats = loadPage('package-cadre/pages/stats/index');
  stats.instance.onLoad({ fairId });
  await until(stats, '#totals', '到场');
  expect(
    (stats.data as { totals: { signedUp: number; checkedIn: number; proxy: number } }).totals,
  ).toMatchObject({
    signedUp: 1,
    checkedIn: 1,
    proxy: 1,
  });
}, 120_000);

test('a save from a form opened before someone else changed the fair is refused; 刷新 reloads it', async () => {
  const cadre = 'o-cadre-taiping-2';
  cloud.actAs(ADMIN);
  const area = { province: '四川省', city: '内江市', county: '资中县', town: '太平镇' };
  const { code } = await cloud.call('admin.createCadreInvite', { area });
  cloud.actAs(cadre);
  await cloud.call('account.login', {});
  await cloud.call('cadre.redeemInvite', { code });
  const { fairId } = await cloud.call('fair.create', {
    title: '庆荣村秋季招聘会',
    region: { province: '四川省', city: '内江市', county: '资中县' },
    town: '太平镇',
    village: '庆荣村',
    address: '庆荣村村委会院坝',
    location: { lat: 29.68, lng: 104.9 },
    day: addDays(chinaDay(Date.now()), 3),
    slots: [{ start: '09:00', end: '11:00', capacity: 50 }],
  });

  const edit = loadPage('package-cadre/pages/fair-edit/index');
  edit.instance.onLoad({ id: fairId });
  await until(edit, '#save', '保存修改');
  expect((edit.data as { form: { title: string } }).form.title).toBe('庆荣村秋季招聘会');

  // Meanwhile the 人社局 moves the fair to the school playground.
  cloud.actAs(ADMIN);
  const loaded = await cloud.call('fair.get', { fairId });
  await cloud.call('fair.update', {
    title: loaded.title,
    region: loaded.region,
    town: '太平镇',
    village: loaded.village,
    address: '庆荣村小学操场',
    location: loaded.location,
    day: loaded.day,
    slots: loaded.slots.map((s) => ({
      id: s.id,
      start: s.start,
      end: s.end,
      capacity: s.capacity,
    })),
    fairId,
    rev: loaded.rev,
  });

  cloud.actAs(cadre);
  acceptModals();
  type(edit, '#title', '庆荣村秋季院坝招聘会');
  await tap(edit, '#save');
  // 刷新 was accepted: the form now shows the playground, and the cadre's title is gone.
  await waitFor(() => (edit.data as { rev: number }).rev === 1);
  await until(edit, '#save', '保存修改');
  expect(wx.showModal).toHaveBeenCalledWith(
    expect.objectContaining({
      title: '招聘会有变动',
      content: '招聘会刚有变动（比如有单位报名参加），请刷新后再改',
      confirmText: '刷新',
    }),
  );
  const form = (edit.data as { form: { title: string; address: string } }).form;
  expect(form).toMatchObject({ title: '庆荣村秋季招聘会', address: '庆荣村小学操场' });

  type(edit, '#title', '庆荣村秋季院坝招聘会');
  await tap(edit, '#save');
  await until(edit, '#done', '已保存');
  const saved = await cloud.call('fair.get', { fairId });
  expect(saved).toMatchObject({ title: '庆荣村秋季院坝招聘会', address: '庆荣村小学操场', rev: 2 });
}, 120_000);
