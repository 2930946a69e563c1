import { loadPage, settle, tap, textOf, type, useFakeCloud } from '../package-common/harness';
import { FAIR, signup } from './fixtures';

const cloud = useFakeCloud();
beforeEach(() => {
  cloud.ok('fair.get', FAIR);
});
afterEach(() => jest.restoreAllMocks());

async function open() {
  const page = loadPage('package-cadre/pages/check-in/index');
  page.instance.onLoad({ fairId: 'fair_qingrong' });
  await settle();
  return page;
}

function scanReturns(result: string) {
  jest.spyOn(wx, 'scanCode').mockImplementation(((o: WechatMiniprogram.ScanCodeOption) => {
    o.success?.({
      result,
      scanType: 'QR_CODE',
      charSet: 'utf-8',
      path: '',
      rawData: '',
      errMsg: 'scanCode:ok',
    });
  }) as typeof wx.scanCode);
}

test('a scanned code checks the person in and says so in large type', async () => {
  cloud.ok('fair.checkIn', {
    signup: signup({ status: 'checkedIn', checkedInAt: Date.parse('2026-11-28T09:05:00+08:00') }),
    alreadyCheckedIn: false,
  });
  scanReturns('XP:QR28:382917');
  const page = await open();
  expect(textOf(page)).toContain('庆荣村院坝招聘会');
  await tap(page, '#scan');
  await settle();
  expect(cloud.inputsOf('fair.checkIn')).toEqual([
    { fairId: 'fair_qingrong', code: 'XP:QR28:382917' },
  ]);
  expect(textOf(page, '#result')).toContain('签到成功');
  expect(textOf(page, '#result')).toContain('张大勇');
  expect(textOf(page, '#count')).toBe('1');
});

test('a code inside a scanned link is read out of it; the sign-up QR text is sent whole', async () => {
  cloud.ok('fair.checkIn', {
    signup: signup({ status: 'checkedIn', checkedInAt: Date.now() }),
    alreadyCheckedIn: false,
  });
  scanReturns('https://xp.example/c?code=382917');
  const page = await open();
  await tap(page, '#scan');
  await settle();
  expect(cloud.inputsOf('fair.checkIn')).toEqual([{ fairId: 'fair_qingrong', code: '382917' }]);
});

test('someone already checked in is shown as harmless', async () => {
  cloud.ok('fair.checkIn', {
    signup: signup({ status: 'checkedIn', checkedInAt: Date.parse('2026-11-28T09:05:00+08:00') }),
    alreadyCheckedIn: true,
  });
  const page = await open();
  type(page, '#code', '382 917');
  await tap(page, '#manual');
  await settle();
  expect(cloud.inputsOf('fair.checkIn')).toEqual([{ fairId: 'fair_qingrong', code: '382917' }]);
  expect(textOf(page, '#result')).toContain('已经签过到了');
  expect(textOf(page, '#result')).toContain('09:05 已签到，直接请进');
  expect(textOf(page, '#count')).toBe('0');
});

test('another fair’s code shows the server’s message', async () => {
  cloud.fail('fair.checkIn', 'WRONG_FAIR', '这个签到码不是本场招聘会的');
  const page = await open();
  type(page, '#code', '771204');
  await tap(page, '#manual');
  await settle();
  expect(textOf(page, '#result')).toContain('没有签上');
  expect(textOf(page, '#result')).toContain('这个签到码不是本场招聘会的');
});

test('an empty code asks for one and sends nothing', async () => {
  const page = await open();
  await tap(page, '#manual');
  expect(textOf(page, '#err-code')).toBe('请输入签到码');
  expect(cloud.inputsOf('fair.checkIn')).toHaveLength(0);
});

test('报姓名查找: the person is found by name and checked in with one tap', async () => {
  cloud
    .ok('fair.listSignups', {
      items: [
        signup({ _id: 'su_wang1', name: '王秀英', phone: '13700001111', village: '庆荣村' }),
        signup({ _id: 'su_wang2', name: '王秀英', phone: '', noPhone: true, village: '上油坊村' }),
      ],
      nextCursor: null,
    })
    .ok('fair.checkIn', {
      signup: signup({
        _id: 'su_wang2',
        name: '王秀英',
        phone: '',
        noPhone: true,
        village: '上油坊村',
        status: 'checkedIn',
        checkedInAt: Date.parse('2026-11-28T09:12:00+08:00'),
      }),
      alreadyCheckedIn: false,
    });
  const page = await open();
  type(page, '#query', '王秀英');
  await tap(page, '#search');
  await settle();
  expect(cloud.inputsOf('fair.listSignups')).toEqual([{ fairId: 'fair_qingrong', q: '王秀英' }]);
  // Two people of one name are told apart by village and phone tail.
  const parts = (id: string) =>
    page.querySelectorAll(`#found-${id} .part`).map((el) => el.dom?.textContent ?? '');
  expect(parts('su_wang1')).toEqual(['庆荣村', '尾号1111', '09:00-10:00']);
  expect(parts('su_wang2')).toEqual(['上油坊村', '没手机', '09:00-10:00']);
  await tap(page, '#check-in-su_wang2');
  await settle();
  expect(cloud.inputsOf('fair.checkIn')).toEqual([
    { fairId: 'fair_qingrong', signupId: 'su_wang2' },
  ]);
  expect(textOf(page, '#result')).toContain('签到成功');
  expect(textOf(page, '#found-su_wang2')).toContain('09:12 已签到');
  expect(page.querySelector('#check-in-su_wang2')).toBeFalsy();
  expect(textOf(page, '#count')).toBe('1');
});

test('查找 with nothing typed asks for a name; nobody found says so', async () => {
  cloud.ok('fair.listSignups', { items: [], nextCursor: null });
  const page = await open();
  await tap(page, '#search');
  expect(textOf(page, '#err-query')).toBe('请输入姓名，或手机号最后4位');
  expect(cloud.inputsOf('fair.listSignups')).toHaveLength(0);
  type(page, '#query', '5678');
  await tap(page, '#search');
  await settle();
  expect(textOf(page, '#not-found')).toContain('没有找到');
});
