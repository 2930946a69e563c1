import {
  answerModal,
  exists,
  loadPage,
  pick,
  settle,
  tap,
  textOf,
  type,
  useFakeCloud,
} from '../package-common/harness';
import { CADRE_SESSION, FAIR } from './fixtures';

const cloud = useFakeCloud();
beforeEach(() => {
  cloud.ok('account.login', CADRE_SESSION);
});

async function openNew() {
  const page = loadPage('package-cadre/pages/fair-edit/index');
  page.instance.onLoad({});
  await settle();
  return page;
}

function slotCount(page: ReturnType<typeof loadPage>): number {
  return page.querySelectorAll('.slot').length;
}

test('a new fair starts in the cadre’s area with one slot', async () => {
  const page = await openNew();
  expect(textOf(page)).toContain('四川省 内江市 资中县');
  expect(slotCount(page)).toBe(1);
  expect(textOf(page, '#slot-0')).toContain('09:00');
});

test('the slot editor adds a slot after the last one and removes slots', async () => {
  const page = await openNew();
  await tap(page, '#add-slot');
  await tap(page, '#add-slot');
  expect(slotCount(page)).toBe(3);
  expect(textOf(page, '#slot-1')).toContain('10:00');
  expect(textOf(page, '#slot-2')).toContain('11:00');
  await tap(page, '#slot-1-remove');
  expect(slotCount(page)).toBe(2);
  expect(textOf(page, '#slot-1')).toContain('11:00');
});

test('the last slot cannot be removed', async () => {
  const page = await openNew();
  await tap(page, '#slot-0-remove');
  expect(slotCount(page)).toBe(1);
});

test('overlapping slots and an end before the start are shown and nothing is sent', async () => {
  const page = await openNew();
  await tap(page, '#add-slot');
  pick(page, '#slot-1-start', '09:30');
  await settle();
  pick(page, '#slot-0-end', '08:00');
  await settle();
  await tap(page, '#save');
  expect(textOf(page, '#err-slot-0')).toBe('结束时间要晚于开始时间');
  expect(cloud.inputsOf('fair.create')).toHaveLength(0);
  pick(page, '#slot-0-end', '10:00');
  await settle();
  await tap(page, '#save');
  expect(textOf(page, '#err-slots')).toBe('时段不能重叠');
});

test('a complete fair is created with its slots and shows the invite code', async () => {
  cloud.ok('fair.create', { fairId: 'fair_new', inviteCode: 'TP01' });
  jest.spyOn(wx, 'chooseLocation').mockImplementation(((
    o: WechatMiniprogram.ChooseLocationOption,
  ) => {
    o.success?.({
      latitude: 29.681234,
      longitude: 104.901234,
      name: '村委会',
      address: '资中县太平镇庆荣村',
      errMsg: 'chooseLocation:ok',
    } as WechatMiniprogram.ChooseLocationSuccessCallbackResult);
  }) as typeof wx.chooseLocation);
  const page = await openNew();
  type(page, '#title', '庆荣村院坝招聘会');
  type(page, '#village', '庆荣村');
  type(page, '#address', '村委会院坝');
  pick(page, '#day', '2026-11-28');
  await tap(page, '#pick-place');
  await tap(page, '#add-slot');
  page.querySelector('#slot-1-capacity')!.dispatchEvent('input', { detail: { value: '80' } });
  await tap(page, '#save');
  expect(cloud.inputsOf('fair.create')).toEqual([
    {
      title: '庆荣村院坝招聘会',
      region: { province: '四川省', city: '内江市', county: '资中县' },
      town: '太平镇',
      village: '庆荣村',
      address: '村委会院坝',
      location: { lat: 29.681234, lng: 104.901234 },
      day: '2026-11-28',
      slots: [
        { start: '09:00', end: '10:00', capacity: 100 },
        { start: '10:00', end: '11:00', capacity: 80 },
      ],
      employers: [],
    },
  ]);
  expect(textOf(page, '#invite-code')).toBe('TP01');
});

test('editing keeps slot ids and participating employers; 取消 sends the reason', async () => {
  cloud.ok('fair.get', FAIR).ok('fair.update', { rev: 4 }).ok('fair.cancel', { notified: 162 });
  const page = loadPage('package-cadre/pages/fair-edit/index');
  page.instance.onLoad({ id: 'fair_qingrong' });
  await settle();
  expect(slotCount(page)).toBe(3);
  expect(textOf(page, '#employer-emp_taizhou')).toContain('台州黄岩汽配有限公司');
  await tap(page, '#save');
  const [input] = cloud.inputsOf('fair.update') as Record<string, unknown>[];
  expect(input).toMatchObject({
    fairId: 'fair_qingrong',
    rev: FAIR.rev,
    slots: [
      { id: 's1', start: '09:00', end: '10:00', capacity: 100 },
      { id: 's2', start: '10:00', end: '11:00', capacity: 100 },
      { id: 's3', start: '14:00', end: '15:00', capacity: 80 },
    ],
    employers: [{ employerId: 'emp_taizhou', jobIds: ['job_taizhou_pj'] }],
  });
  expect(exists(page, '#done')).toBe(true);
  expect((page.data as { rev: number }).rev).toBe(4);

  const page2 = loadPage('package-cadre/pages/fair-edit/index');
  page2.instance.onLoad({ id: 'fair_qingrong' });
  await settle();
  const modal = jest.spyOn(wx, 'showModal').mockImplementation(((
    o: WechatMiniprogram.ShowModalOption,
  ) => {
    o.success?.({
      confirm: true,
      cancel: false,
      content: '下大雨，改期另行通知',
      errMsg: 'showModal:ok',
    } as WechatMiniprogram.ShowModalSuccessCallbackResult);
  }) as typeof wx.showModal);
  await tap(page2, '#cancel-fair');
  await settle();
  // A cancel button that says 取消 on a dialog that cancels would mean both things.
  expect(modal).toHaveBeenCalledWith(
    expect.objectContaining({ confirmText: '确定取消', cancelText: '不取消' }),
  );
  expect(cloud.inputsOf('fair.cancel')).toEqual([
    { fairId: 'fair_qingrong', reason: '下大雨，改期另行通知' },
  ]);
  expect(exists(page2, '#cancelled')).toBe(true);
});

const STALE = '招聘会刚有变动（比如有单位报名参加），请刷新后再改';

test('a save refused because the fair changed offers 刷新, which reloads the fair; the next save sends the new rev', async () => {
  // An employer joined after the cadre opened the form.
  const joined = {
    ...FAIR,
    rev: FAIR.rev + 1,
    employers: [
      ...FAIR.employers,
      { employerId: 'emp_quansen', companyName: '泉森木业', verified: true, jobs: [] },
    ],
  };
  let loads = 0;
  cloud
    .ok('fair.get', () => (loads++ === 0 ? FAIR : joined))
    .fail('fair.update', 'CONFLICT', STALE);
  const modal = answerModal(true);
  const page = loadPage('package-cadre/pages/fair-edit/index');
  page.instance.onLoad({ id: 'fair_qingrong' });
  await settle();
  type(page, '#title', '庆荣村院坝招聘会（改）');
  await tap(page, '#save');
  await settle();

  expect(cloud.inputsOf('fair.update')).toMatchObject([{ rev: FAIR.rev }]);
  expect(modal).toHaveBeenCalledTimes(1);
  expect(modal.mock.calls[0]?.[0]).toMatchObject({
    title: '招聘会有变动',
    content: STALE,
    confirmText: '刷新',
  });
  expect(cloud.inputsOf('fair.get')).toHaveLength(2);
  expect(textOf(page, '#employer-emp_quansen')).toContain('泉森木业');
  expect((page.data as { form: { title: string } }).form.title).toBe(FAIR.title);
  expect(exists(page, '#banner')).toBe(false);

  cloud.ok('fair.update', { rev: FAIR.rev + 2 });
  await tap(page, '#save');
  const second = cloud.inputsOf('fair.update')[1] as Record<string, unknown>;
  expect(second).toMatchObject({
    rev: FAIR.rev + 1,
    employers: [
      { employerId: 'emp_taizhou', jobIds: ['job_taizhou_pj'] },
      { employerId: 'emp_quansen', jobIds: [] },
    ],
  });
  expect(exists(page, '#done')).toBe(true);
});

test('declining 刷新 keeps the form and says why it was not saved', async () => {
  cloud.ok('fair.get', FAIR).fail('fair.update', 'CONFLICT', STALE);
  answerModal(false);
  const page = loadPage('package-cadre/pages/fair-edit/index');
  page.instance.onLoad({ id: 'fair_qingrong' });
  await settle();
  type(page, '#title', '庆荣村院坝招聘会（改）');
  await tap(page, '#save');
  await settle();
  expect(textOf(page, '#banner')).toBe(STALE);
  expect(cloud.inputsOf('fair.get')).toHaveLength(1);
  expect((page.data as { form: { title: string } }).form.title).toBe('庆荣村院坝招聘会（改）');
});

afterEach(() => jest.restoreAllMocks());
