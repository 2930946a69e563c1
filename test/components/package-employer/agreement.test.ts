import { setTransport } from '../../../miniprogram/services/call-cloud';
import { FakeCloud, loadPage, settle, tap, textOf, type } from '../package-common/harness';
import { EMPLOYER_SESSION, SIGNUPS, fairDetail } from './fixtures';

let cloud: FakeCloud;
beforeEach(() => {
  cloud = new FakeCloud();
  setTransport(cloud.transport);
  cloud
    .ok('fair.get', fairDetail())
    .ok('account.login', EMPLOYER_SESSION)
    .ok('fair.listSignups', { items: SIGNUPS, nextCursor: null })
    .ok('fair.recordAgreement', { agreementId: 'agr_1' });
});

async function open() {
  const page = loadPage('package-employer/pages/agreement/index');
  page.instance.onLoad({ fairId: 'fair_qingrong' });
  await settle(5);
  return page;
}

test('finds the person by check-in code and records the agreement for the fair’s post', async () => {
  const page = await open();
  expect(textOf(page)).toContain('庆荣村院坝招聘会');
  type(page, '#code', '382 917');
  await tap(page, '#find');
  expect(textOf(page, '#person')).toContain('张大勇');
  await tap(page, '#save');
  expect(cloud.callsOf('fair.recordAgreement')).toEqual([
    { fairId: 'fair_qingrong', signupId: 'su_zhang', jobId: 'job_mugong' },
  ]);
  expect(textOf(page, '#recorded')).toContain('张大勇 — 实木家具木工');
});

test('an unknown code says so; the person can be picked from the list instead', async () => {
  const page = await open();
  type(page, '#code', '999999');
  await tap(page, '#find');
  expect(textOf(page, '#err-code')).toContain('没有找到这个签到码');
  await tap(page, '#toggle-list');
  await tap(page, '#pick-su_li');
  expect(textOf(page, '#person')).toContain('李桂兰');
});
