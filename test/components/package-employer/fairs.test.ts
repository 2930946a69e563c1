import { setTransport } from '../../../miniprogram/services/call-cloud';
import { FakeCloud, loadPage, settle, tap, textOf } from '../package-common/harness';
import { EMPLOYER_SESSION, FAIR_CARD, MY_JOBS, fairDetail } from './fixtures';

let cloud: FakeCloud;
beforeEach(() => {
  cloud = new FakeCloud();
  setTransport(cloud.transport);
  cloud
    .ok('fair.list', { items: [FAIR_CARD], nextCursor: null })
    .ok('account.login', EMPLOYER_SESSION)
    .ok('job.listMine', { items: MY_JOBS.slice(0, 2), nextCursor: null })
    .ok('fair.get', fairDetail([]))
    .ok('fair.join', {});
});

test('lists upcoming fairs and joins one with the chosen posts', async () => {
  const page = loadPage('package-employer/pages/fairs/index');
  page.instance.onLoad({});
  await settle();
  expect(textOf(page, '#fair-fair_qingrong')).toContain('庆荣村院坝招聘会');
  expect(textOf(page, '#fair-fair_qingrong')).toContain('已有 8 家单位参加');

  await tap(page, '#choose-fair_qingrong');
  await settle();
  expect(cloud.callsOf('job.listMine')).toEqual([{ status: 'published' }]);
  await tap(page, '#post-job_mugong');
  expect(textOf(page, '#join')).toContain('带 1 个岗位参加');
  await tap(page, '#join');
  expect(cloud.callsOf('fair.join')).toEqual([{ fairId: 'fair_qingrong', jobIds: ['job_mugong'] }]);
  expect(textOf(page, '#joined')).toContain('已报名参加');
});

test('posts already at the fair start ticked; joining with none is refused', async () => {
  cloud.ok('fair.get', fairDetail());
  const page = loadPage('package-employer/pages/fairs/index');
  page.instance.onLoad({});
  await settle();
  await tap(page, '#choose-fair_qingrong');
  await settle();
  expect(textOf(page, '#join')).toContain('带 1 个岗位参加');
  await tap(page, '#post-job_mugong');
  await tap(page, '#join');
  expect(cloud.callsOf('fair.join')).toHaveLength(0);
});
