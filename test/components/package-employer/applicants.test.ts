import { exists, loadPage, settle, tap, textOf, useFakeCloud } from '../package-common/harness';
import { APPLICANTS, EMPLOYER_SESSION } from './fixtures';

const cloud = useFakeCloud();
beforeEach(() => {
  cloud
    .ok('account.login', EMPLOYER_SESSION)
    .ok('application.listForJob', { items: APPLICANTS, nextCursor: null });
});

async function open() {
  const page = loadPage('package-employer/pages/applicants/index');
  page.instance.onLoad({ jobId: 'job_mugong' });
  await settle();
  return page;
}

test('shows each applicant with where they are from, trades and status', async () => {
  const page = await open();
  expect(cloud.inputsOf('application.listForJob')).toEqual([{ jobId: 'job_mugong' }]);
  expect(textOf(page, '#applicant-app_liu')).toContain('刘德贵');
  expect(textOf(page, '#applicant-app_liu')).toContain('资中县 庆荣村');
  expect(textOf(page, '#applicant-app_liu')).toContain('木工家具、普工');
  expect(textOf(page, '#status-app_liu')).toBe('已投递');
  expect(textOf(page, '#status-app_chen')).toBe('邀约面试');
});

test('actions follow the transitions: 邀约面试 leaves 改面试时间 / 录用 / 不合适', async () => {
  const page = await open();
  expect(exists(page, '#act-app_liu-viewed')).toBe(true);
  expect(exists(page, '#act-app_liu-interview')).toBe(true);
  expect(exists(page, '#act-app_chen-viewed')).toBe(false);
  expect(textOf(page, '#act-app_chen-interview')).toBe('改面试时间');
  expect(exists(page, '#act-app_chen-hired')).toBe(true);
  expect(exists(page, '#act-app_chen-rejected')).toBe(true);
});

test('邀约面试 opens the form for time, place and a note (no status change without them)', async () => {
  const navigate = jest.spyOn(wx, 'navigateTo');
  const page = await open();
  await tap(page, '#act-app_liu-interview');
  expect(navigate).toHaveBeenCalledWith(
    expect.objectContaining({
      url: `/package-employer/pages/interview/index?applicationId=app_liu&name=${encodeURIComponent('刘德贵')}`,
    }),
  );
  expect(cloud.inputsOf('application.setStatus')).toEqual([]);
  navigate.mockRestore();
});

test('an invited applicant shows the interview and the answer; back from the form it reloads', async () => {
  const page = await open();
  const row = textOf(page, '#interview-app_chen');
  expect(row).toContain('面试 11月24日');
  expect(row).toContain('10:00');
  expect(row).toContain('泉水镇工业园区8号 二楼人事部');
  expect(textOf(page, '#answer-app_chen')).toBe('本人回复：想换个时间（下午才有空）');
  expect(exists(page, '#interview-app_liu')).toBe(false);
  (page.instance as unknown as { onShow(): void }).onShow();
  (page.instance as unknown as { onShow(): void }).onShow();
  await settle();
  expect(cloud.inputsOf('application.listForJob')).toHaveLength(2);
});

test('录用 is final: after confirming, no more actions', async () => {
  cloud.ok('application.setStatus', { status: 'hired', notified: false });
  const page = await open();
  await tap(page, '#act-app_chen-hired');
  await settle();
  expect(textOf(page, '#status-app_chen')).toBe('已录用');
  expect(exists(page, '#act-app_chen-rejected')).toBe(false);
});

test('one tap calls the applicant and marks a new application 已查看', async () => {
  cloud.ok('application.setStatus', { status: 'viewed', notified: false });
  const call = jest.spyOn(wx, 'makePhoneCall');
  const page = await open();
  await tap(page, '#call-app_liu');
  expect(call).toHaveBeenCalledWith(expect.objectContaining({ phoneNumber: '13508321234' }));
  expect(cloud.inputsOf('application.setStatus')).toEqual([
    { applicationId: 'app_liu', status: 'viewed' },
  ]);
  expect(textOf(page, '#status-app_liu')).toBe('已查看');
  call.mockRestore();
});
