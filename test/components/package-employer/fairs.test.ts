import { loadPage, settle, tap, textOf, useFakeCloud } from '../package-common/harness';
import { EMPLOYER_SESSION, FAIR_CARD, MY_JOBS, fairDetail } from './fixtures';

const cloud = useFakeCloud();
beforeEach(() => {
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
  expect(cloud.inputsOf('job.listMine')).toEqual([{ status: 'published' }]);
  await tap(page, '#post-job_mugong');
  expect(textOf(page, '#join')).toContain('带 1 个岗位参加');
  await tap(page, '#join');
  expect(cloud.inputsOf('fair.join')).toEqual([
    { fairId: 'fair_qingrong', jobIds: ['job_mugong'] },
  ]);
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
  expect(cloud.inputsOf('fair.join')).toHaveLength(0);
});

test('a fair the company already takes part in says 已参加 and offers to change the posts', async () => {
  cloud.ok('fair.list', { items: [{ ...FAIR_CARD, joined: true }], nextCursor: null });
  const page = loadPage('package-employer/pages/fairs/index');
  page.instance.onLoad({});
  await settle();
  expect(textOf(page, '#tag-fair_qingrong')).toBe('✓ 已参加');
  expect(textOf(page, '#choose-fair_qingrong')).toBe('改带去的岗位');
});

test('two posts of one title are told apart by place, 工种 and the day they were posted', async () => {
  const twin = {
    ...MY_JOBS[0]!,
    _id: 'job_mugong_2',
    county: '灵山县',
    publishedAt: Date.parse('2026-11-18T09:00:00+08:00'),
  };
  cloud.ok('job.listMine', { items: [MY_JOBS[0]!, twin], nextCursor: null });
  const page = loadPage('package-employer/pages/fairs/index');
  page.instance.onLoad({});
  await settle();
  await tap(page, '#choose-fair_qingrong');
  await settle();
  expect(textOf(page, '#post-job_mugong')).toContain('钦州市浦北县 · 木工家具 · 11月10日 周二发布');
  expect(textOf(page, '#post-job_mugong_2')).toContain(
    '钦州市灵山县 · 木工家具 · 11月18日 周三发布',
  );
});
