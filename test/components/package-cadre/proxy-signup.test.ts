import { setTransport } from '../../../miniprogram/services/call-cloud';
import { FakeCloud, loadPage, settle, tap, textOf, type } from '../package-common/harness';
import { FAIR, proxySignup } from './fixtures';

let cloud: FakeCloud;
beforeEach(() => {
  cloud = new FakeCloud();
  setTransport(cloud.transport);
  cloud.ok('fair.get', FAIR);
});

async function open() {
  const page = loadPage('package-cadre/pages/proxy-signup/index');
  page.instance.onLoad({ fairId: 'fair_qingrong' });
  await settle();
  return page;
}

test('registers a villager in a slot and shows the check-in code to write down', async () => {
  cloud.ok(
    'fair.proxySignUp',
    proxySignup({
      _id: 'su_wang',
      name: '王秀芝',
      phone: '13700001234',
      slotId: 's3',
      slotLabel: '14:00-15:00',
      checkInCode: '550371',
    }),
  );
  const page = await open();
  expect(textOf(page, '#slot-s2')).toContain('已满');
  type(page, '#name', '王秀芝');
  type(page, '#phone', '13700001234');
  await tap(page, '#slot-s3');
  await tap(page, '#submit');
  expect(cloud.inputsOf('fair.proxySignUp')).toEqual([
    {
      fairId: 'fair_qingrong',
      slotId: 's3',
      name: '王秀芝',
      phone: '13700001234',
      village: '庆荣村',
    },
  ]);
  expect(textOf(page, '#code')).toBe('550371');
  await tap(page, '#next');
  expect(textOf(page)).toContain('登记');
});

test('a full slot cannot be chosen; missing fields show the contract’s messages', async () => {
  const page = await open();
  await tap(page, '#slot-s2');
  type(page, '#phone', '1370000');
  await tap(page, '#submit');
  expect(textOf(page, '#err-slot')).toBe('请选择时段');
  expect(textOf(page, '#err-name')).toBe('请填写姓名');
  expect(textOf(page, '#err-phone')).toBe('请填写11位手机号');
  expect(cloud.inputsOf('fair.proxySignUp')).toHaveLength(0);
});

test('a slot that filled up meanwhile shows the server’s message', async () => {
  cloud.fail('fair.proxySignUp', 'SLOT_FULL', '这个时段已经约满了，请选别的时段');
  const page = await open();
  type(page, '#name', '王秀芝');
  type(page, '#phone', '13700001234');
  await tap(page, '#slot-s1');
  await tap(page, '#submit');
  await settle();
  expect(textOf(page)).toContain('这个时段已经约满了');
});

test('one family phone, a second villager: the form takes it (本人或家里人的手机)', async () => {
  cloud.ok('fair.proxySignUp', (input) =>
    proxySignup({ name: input.name, phone: input.phone, checkInCode: '771204' }),
  );
  const page = await open();
  for (const name of ['王秀芝', '王德顺']) {
    type(page, '#name', name);
    type(page, '#phone', '13700001234');
    await tap(page, '#slot-s3');
    await tap(page, '#submit');
    await settle();
    expect(textOf(page, '#done')).toContain(`${name} 已登记`);
    await tap(page, '#next');
  }
  expect(cloud.inputsOf('fair.proxySignUp')).toHaveLength(2);
});

test('a villager with no phone: 没有手机 sends none and the cadre is the contact', async () => {
  cloud.ok('fair.proxySignUp', (input) =>
    proxySignup({ name: input.name, phone: '', noPhone: true, checkInCode: '120556' }),
  );
  const page = await open();
  type(page, '#name', '赵老汉');
  await tap(page, '#no-phone');
  expect(textOf(page, '#no-phone-hint')).toContain('由您联系本人');
  type(page, '#id-tail', '351X');
  await tap(page, '#slot-s1');
  await tap(page, '#submit');
  await settle();
  expect(cloud.inputsOf('fair.proxySignUp')).toEqual([
    { fairId: 'fair_qingrong', slotId: 's1', name: '赵老汉', village: '庆荣村', idTail: '351X' },
  ]);
  expect(textOf(page, '#done')).toContain('没有手机：由您联系本人');
  expect(textOf(page, '#code')).toBe('120556');
});

test('an empty phone without 没有手机 is asked for, nothing sent', async () => {
  const page = await open();
  type(page, '#name', '赵老汉');
  await tap(page, '#slot-s1');
  await tap(page, '#submit');
  expect(textOf(page, '#err-phone')).toBe('请填写11位手机号');
  expect(cloud.inputsOf('fair.proxySignUp')).toHaveLength(0);
});
