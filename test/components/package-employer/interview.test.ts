import { chinaDay, addDays } from '../../../miniprogram/shared/time';
import { loadPage, pick, settle, tap, textOf, type, useFakeCloud } from '../package-common/harness';
import { EMPLOYER, EMPLOYER_SESSION } from './fixtures';

const cloud = useFakeCloud();
beforeEach(() => {
  cloud.ok('account.login', EMPLOYER_SESSION).ok('employer.mine', EMPLOYER);
});
afterEach(() => jest.restoreAllMocks());

async function open() {
  const page = loadPage('package-employer/pages/interview/index');
  page.instance.onLoad({ applicationId: 'app_liu', name: encodeURIComponent('刘德贵') });
  await settle();
  return page;
}

test('sends the day, time, the company’s place (changeable on the map) and a note, then goes back', async () => {
  cloud.ok('application.inviteInterview', { status: 'interview', notified: true });
  const back = jest.spyOn(wx, 'navigateBack');
  const page = await open();
  expect(textOf(page)).toContain('约 刘德贵 来面试');
  const day = addDays(chinaDay(Date.now()), 2);
  pick(page, '#day', day);
  pick(page, '#clock', '14:30');
  type(page, '#note', '带身份证，到门卫说找人事');
  await tap(page, '#submit');
  await settle();
  expect(cloud.inputsOf('application.inviteInterview')).toEqual([
    {
      applicationId: 'app_liu',
      day,
      clock: '14:30',
      address: EMPLOYER.address,
      location: EMPLOYER.location,
      note: '带身份证，到门卫说找人事',
    },
  ]);
  expect(back).toHaveBeenCalled();
});

test('without a place it says what to do and sends nothing', async () => {
  cloud.ok('employer.mine', null);
  const page = await open();
  await tap(page, '#submit');
  expect(textOf(page, '#err-address')).toBe('请填写面试地点');
  expect(textOf(page, '#err-location')).toBe('请点“在地图上选位置”');
  expect(cloud.inputsOf('application.inviteInterview')).toHaveLength(0);
});

test('a time the server finds past is shown under the day', async () => {
  cloud.fail('application.inviteInterview', 'INVALID_INPUT', '面试时间已经过了，请重新选', {
    day: '请选以后的时间',
  });
  const page = await open();
  await tap(page, '#submit');
  await settle();
  expect(textOf(page, '#err-day')).toBe('请选以后的时间');
});
