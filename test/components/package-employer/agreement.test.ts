import {
  loadPage,
  type Page,
  settle,
  tap,
  textOf,
  type,
  useFakeCloud,
} from '../package-common/harness';
import { ATTENDEES, EMPLOYER_SESSION, fairDetail, ZHANG_CODE } from './fixtures';

const cloud = useFakeCloud();
beforeEach(() => {
  cloud
    .ok('fair.get', fairDetail())
    .ok('account.login', EMPLOYER_SESSION)
    .ok('fair.attendees', (input: { code?: string }) => ({
      items:
        input.code === undefined
          ? ATTENDEES
          : ATTENDEES.filter((a) => a._id === 'su_zhang' && input.code === ZHANG_CODE),
      nextCursor: null,
    }))
    .ok('fair.recordAgreement', { agreementId: 'agr_1' });
});

async function open() {
  const page = loadPage('package-employer/pages/agreement/index');
  page.instance.onLoad({ fairId: 'fair_qingrong' });
  await settle(5);
  return page;
}

/** The rows of 「从名单里选」 as they read. */
function listRows(page: Page): string[] {
  const texts = (selector: string) =>
    page.querySelectorAll(selector).map((el) => el.dom?.textContent?.trim() ?? '');
  const statuses = texts('.person .muted');
  return texts('.person .who').map((who, i) => `${who} ${statuses[i] ?? ''}`);
}

async function pickFromList(page: Page, name: string): Promise<void> {
  const row = page.querySelectorAll('.person').find((r) => r.dom?.textContent?.includes(name));
  if (!row) throw new Error(`${name} is not in the list`);
  row.dispatchEvent('tap');
  await settle();
}

test('finds the person by check-in code and records the agreement for the fair’s post', async () => {
  const page = await open();
  expect(textOf(page)).toContain('庆荣村院坝招聘会');
  type(page, '#code', '382 917');
  await tap(page, '#find');
  await settle();
  // The code is looked up on the server: the list the page holds never carries codes.
  expect(cloud.inputsOf('fair.attendees').at(-1)).toEqual({
    fairId: 'fair_qingrong',
    code: ZHANG_CODE,
  });
  expect(textOf(page, '#person')).toContain('张大勇');
  await tap(page, '#save');
  expect(cloud.inputsOf('fair.recordAgreement')).toEqual([
    { fairId: 'fair_qingrong', signupId: 'su_zhang', jobId: 'job_mugong' },
  ]);
  expect(textOf(page, '#recorded')).toContain('张大勇 — 实木家具木工');
});

test('an unknown code says so; the person can be picked from the list instead', async () => {
  const page = await open();
  type(page, '#code', '999999');
  await tap(page, '#find');
  await settle();
  expect(textOf(page, '#err-code')).toContain('没有找到这个签到码');
  await tap(page, '#toggle-list');
  await pickFromList(page, '李桂兰');
  expect(textOf(page, '#person')).toContain('李桂兰');
  expect(textOf(page, '#person')).toContain('10:00-11:00');
  expect(listRows(page)).toEqual([]);
  await tap(page, '#save');
  expect(cloud.inputsOf('fair.recordAgreement')).toEqual([
    { fairId: 'fair_qingrong', signupId: 'su_li', jobId: 'job_mugong' },
  ]);
});

test('the list shows only its count until 「从名单里选」 opens it, checked-in people first', async () => {
  const page = await open();
  expect(textOf(page, '#toggle-list')).toBe('从名单里选（2人）');
  expect(listRows(page)).toEqual([]);
  // Not sent to the view before it is opened: the first render carries the count only.
  expect(page.data['people']).toEqual([]);

  await tap(page, '#toggle-list');
  expect(listRows(page)).toEqual(['张大勇 庆荣村 已签到', '李桂兰 太平村 已报名']);
  expect(textOf(page, '#toggle-list')).toBe('收起名单');

  await tap(page, '#toggle-list');
  expect(listRows(page)).toEqual([]);
  expect(textOf(page, '#toggle-list')).toBe('从名单里选（2人）');
});
