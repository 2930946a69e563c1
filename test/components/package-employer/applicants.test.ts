import { setTransport } from '../../../miniprogram/services/call-cloud';
import { FakeCloud, exists, loadPage, settle, tap, textOf } from '../package-common/harness';
import { APPLICANTS, EMPLOYER_SESSION } from './fixtures';

let cloud: FakeCloud;
beforeEach(() => {
  cloud = new FakeCloud();
  setTransport(cloud.transport);
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
  expect(cloud.callsOf('application.listForJob')).toEqual([{ jobId: 'job_mugong' }]);
  expect(textOf(page, '#applicant-app_liu')).toContain('刘德贵');
  expect(textOf(page, '#applicant-app_liu')).toContain('资中县 庆荣村');
  expect(textOf(page, '#applicant-app_liu')).toContain('木工家具、普工');
  expect(textOf(page, '#status-app_liu')).toBe('已投递');
  expect(textOf(page, '#status-app_chen')).toBe('邀约面试');
});

test('actions follow the transitions: 邀约面试 leaves only 录用 / 不合适', async () => {
  const page = await open();
  expect(exists(page, '#act-app_liu-viewed')).toBe(true);
  expect(exists(page, '#act-app_liu-interview')).toBe(true);
  expect(exists(page, '#act-app_chen-viewed')).toBe(false);
  expect(exists(page, '#act-app_chen-interview')).toBe(false);
  expect(exists(page, '#act-app_chen-hired')).toBe(true);
  expect(exists(page, '#act-app_chen-rejected')).toBe(true);
});

test('邀约面试 calls application.setStatus and the next actions follow', async () => {
  cloud.ok('application.setStatus', { status: 'interview', notified: true });
  const page = await open();
  await tap(page, '#act-app_liu-interview');
  expect(cloud.callsOf('application.setStatus')).toEqual([
    { applicationId: 'app_liu', status: 'interview' },
  ]);
  expect(textOf(page, '#status-app_liu')).toBe('邀约面试');
  expect(exists(page, '#act-app_liu-interview')).toBe(false);
  expect(exists(page, '#act-app_liu-hired')).toBe(true);
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
  expect(cloud.callsOf('application.setStatus')).toEqual([
    { applicationId: 'app_liu', status: 'viewed' },
  ]);
  expect(textOf(page, '#status-app_liu')).toBe('已查看');
  call.mockRestore();
});
