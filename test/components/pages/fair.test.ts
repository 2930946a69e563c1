import { SUBSCRIBE_TEMPLATES } from '../../../miniprogram/config';
import { loadPage } from '../load';
import { FAIR_DETAIL, NEW_SESSION, SESSION, SIGNUP, TAIZHOU_JOB } from '../worker-fixtures';
import {
  has,
  settle,
  setup,
  tapNth,
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
  cloud.ok('fair.get', FAIR_DETAIL);
});

async function open(query: Record<string, string> = { id: FAIR_DETAIL._id }) {
  const p = loadPage('pages/fair/index', { query });
  await settle();
  return p;
}

test('shows the day, the place, the slots with seats left and the employers with their posts', async () => {
  const p = await open();
  const text = textOf(p);
  expect(text).toContain('庆荣村院坝招聘会');
  expect(text).toMatch(/后天 \d+月\d+日 周./);
  expect(text).toContain('资中县 太平镇 庆荣村');
  expect(text).toContain('庆荣村村委会院坝');
  expect(text).toContain('09:00-10:00 还剩12位');
  expect(text).toContain('10:00-11:00 已约满');
  expect(text).toContain('来招人的单位（1家）');
  expect(text).toContain('台州市海正电子有限公司');
  expect(text).toContain('电子厂装配工（点对点大巴接送）');
});

test('each employer is named once, with 已认证 or 未认证, above its posts', async () => {
  cloud.ok('fair.get', {
    ...FAIR_DETAIL,
    employers: [
      ...FAIR_DETAIL.employers,
      {
        employerId: 'emp_xingwang',
        companyName: '资中县兴旺服装厂',
        verified: false,
        jobs: [
          {
            ...TAIZHOU_JOB,
            _id: 'job_xingwang',
            title: '车工',
            companyName: '资中县兴旺服装厂',
            verified: false,
          },
        ],
      },
    ],
  });
  const p = await open();
  const text = textOf(p);
  expect(text).toContain('来招人的单位（2家）');
  expect(text.split('台州市海正电子有限公司')).toHaveLength(2);
  expect(text.split('资中县兴旺服装厂')).toHaveLength(2);
  expect(text.split('已认证')).toHaveLength(2);
  expect(text.split('未认证')).toHaveLength(2);
  expect(text).toContain('电子厂装配工（点对点大巴接送）');
  expect(text).toContain('车工');
});

test('name and phone are filled in from the 求职意向', async () => {
  const p = await open();
  const data = p.instance.data as { name: string; phone: string };
  expect([data.name, data.phone]).toEqual(['王德明', '13981234567']);
});

test('看地图 opens the fair place on the map', async () => {
  const p = await open();
  await tapOn(p, '.fr-map');
  expect(wxr.locations).toEqual([{ latitude: 29.78, longitude: 104.86 }]);
});

test('signing up for a slot asks for the reminders inside the tap and opens the check-in code', async () => {
  cloud.ok('fair.signUp', { ...SIGNUP, slotId: 'pm1', slotLabel: '14:00-15:00' });
  const p = await open();
  await tapNth(p, '#slots', '.sp-slot', 2);
  await tapOn(p, '#submit');
  await settle();
  expect(wxr.subscriptions).toEqual([
    [SUBSCRIBE_TEMPLATES.fairReminder, SUBSCRIBE_TEMPLATES.fairCancelled],
  ]);
  expect(cloud.inputsOf('fair.signUp')).toEqual([
    {
      fairId: 'fair_qingrong',
      slotId: 'pm1',
      name: '王德明',
      phone: '13981234567',
      inviter: { type: 'direct' },
    },
  ]);
  expect(wxr.navigations).toEqual(['/pages/signup-done/index?id=sg_wangdm_qingrong']);
  expect(textOf(p, '#my-signup')).toContain('14:00-15:00');
});

test('when the slot filled up meanwhile the server message is shown by the slots, and seats reload', async () => {
  cloud.fail('fair.signUp', 'SLOT_FULL', '这个时段已经约满了，请选别的时段');
  const p = await open();
  await tapNth(p, '#slots', '.sp-slot', 0);
  cloud.ok('fair.get', {
    ...FAIR_DETAIL,
    slots: FAIR_DETAIL.slots.map((s) => (s.id === 'am1' ? { ...s, seatsLeft: 0 } : s)),
  });
  await tapOn(p, '#submit');
  await settle();
  expect(textOf(p, '#slot-message')).toBe('这个时段已经约满了，请选别的时段');
  expect(textOf(p, '#slots')).toContain('09:00-10:00 已约满');
  expect(cloud.inputsOf('fair.get')).toHaveLength(2);
  expect(wxr.navigations).toEqual([]);
});

test('without a slot chosen it says 请选择时段 and sends nothing', async () => {
  const p = await open();
  await tapOn(p, '#submit');
  expect(textOf(p, '#err-slotId')).toBe('请选择时段');
  expect(cloud.inputsOf('fair.signUp')).toEqual([]);
});

test('a wrong phone number is shown under the phone field', async () => {
  cloud.ok('account.login', NEW_SESSION);
  const p = await open();
  await tapNth(p, '#slots', '.sp-slot', 0);
  await typeInto(p, '#name', '李桂兰');
  await typeInto(p, '#phone', '1398123');
  await tapOn(p, '#submit');
  expect(textOf(p, '#err-phone')).toBe('请填写11位手机号');
  expect(has(p, '#err-name')).toBe(false);
  expect(cloud.inputsOf('fair.signUp')).toEqual([]);
});

test('a poster scan remembers the poster and its sharer for the sign-up', async () => {
  cloud.ok('fair.signUp', SIGNUP);
  const p = await open({ scene: encodeURIComponent('f=K7P2QX&i=u_cadre1') });
  expect(cloud.inputsOf('fair.get')).toEqual([{ inviteCode: 'K7P2QX' }]);
  await tapNth(p, '#slots', '.sp-slot', 0);
  await tapOn(p, '#submit');
  await settle();
  expect(cloud.inputsOf('fair.signUp')[0]?.['inviter']).toEqual({
    type: 'poster',
    userId: 'u_cadre1',
  });
});

test('a shared card remembers who shared it, also when the fair is opened again later', async () => {
  cloud.ok('fair.signUp', SIGNUP);
  await open({ id: FAIR_DETAIL._id, inv: 'u_zhangsan' });
  const later = await open({ id: FAIR_DETAIL._id });
  await tapNth(later, '#slots', '.sp-slot', 0);
  await tapOn(later, '#submit');
  await settle();
  expect(cloud.inputsOf('fair.signUp')[0]?.['inviter']).toEqual({
    type: 'share',
    userId: 'u_zhangsan',
  });
});

test('someone already signed up sees the slot and the check-in code instead of the form', async () => {
  cloud.ok('fair.get', { ...FAIR_DETAIL, mySignup: SIGNUP });
  const p = await open();
  expect(textOf(p, '#my-signup')).toContain('您已报名');
  expect(textOf(p, '#my-signup')).toContain('签到码： 482913');
  expect(has(p, '#signup-form')).toBe(false);
  await tapOn(p, '#my-signup .btn');
  expect(wxr.navigations).toEqual(['/pages/signup-done/index?id=sg_wangdm_qingrong']);
});

test('a cancelled fair says so and takes no sign-ups', async () => {
  cloud.ok('fair.get', { ...FAIR_DETAIL, status: 'cancelled' });
  const p = await open();
  expect(textOf(p)).toContain('这场招聘会已取消');
  expect(has(p, '#signup-form')).toBe(false);
});

test('a cancelled fair I signed up for: the cadre’s reason first, no code, no 您已报名', async () => {
  const { checkInCode: _code, ...noCode } = SIGNUP;
  cloud.ok('fair.get', {
    ...FAIR_DETAIL,
    status: 'cancelled',
    cancelReason: '台风天气，为了安全取消',
    mySignup: noCode,
  });
  const p = await open();
  expect(textOf(p, '#fair-closed')).toBe('这场招聘会已取消 村干部说：台风天气，为了安全取消');
  expect(textOf(p).indexOf('这场招聘会已取消')).toBe(0);
  expect(has(p, '#my-signup')).toBe(false);
  expect(textOf(p)).not.toContain('482913');
});

test('sharing carries the fair and the sharer', async () => {
  const p = await open();
  const share = (
    p.instance as unknown as { onShareAppMessage(): { title: string; path: string } }
  ).onShareAppMessage();
  expect(share.path).toBe('/pages/fair/index?id=fair_qingrong&inv=u_wangdm');
  expect(share.title).toContain('资中县 太平镇 庆荣村 招聘会');
});

test('an unknown code shows the server message and 重试', async () => {
  cloud.fail('fair.get', 'NOT_FOUND', '没有找到这条信息，可能已被删除');
  const p = await open({ code: 'ZZZZ99' });
  expect(textOf(p)).toContain('没有找到这条信息，可能已被删除');
  expect(textOf(p)).toContain('重试');
});

test('the fair’s cadre gets the poster, check-in and sign-up list of this fair', async () => {
  cloud.ok('fair.get', { ...FAIR_DETAIL, canManage: true });
  const p = await open();
  expect(textOf(p, '#manage')).toContain('邀请海报');
  await tapOn(p, '#manage-poster');
  await tapOn(p, '#manage-check-in');
  expect(wxr.navigations).toEqual([
    '/package-cadre/pages/poster/index?fairId=fair_qingrong',
    '/package-cadre/pages/check-in/index?fairId=fair_qingrong',
  ]);
});

test('a worker sees no staff entries', async () => {
  const p = await open();
  expect(has(p, '#manage')).toBe(false);
});
