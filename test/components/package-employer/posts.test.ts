import {
  exists,
  loadPage,
  type Page,
  settle,
  tap,
  textOf,
  useFakeCloud,
} from '../package-common/harness';
import { EMPLOYER_SESSION, MY_JOBS } from './fixtures';

const cloud = useFakeCloud();
beforeEach(() => {
  cloud
    .ok('account.login', EMPLOYER_SESSION)
    .ok('job.listMine', { items: MY_JOBS, nextCursor: null });
});

async function open() {
  const page = loadPage('package-employer/pages/posts/index');
  page.instance.onLoad({});
  await settle();
  return page;
}

/** The words on a post card's buttons, left to right. */
/** The words of the post's action buttons (one action row), in order. */
function buttonsOf(page: Page, jobId: string): string[] {
  const row = page.querySelector(`#actions-${jobId}`);
  const dom = row?.dom as unknown as
    { querySelectorAll(s: string): ArrayLike<{ textContent: string | null }> } | undefined;
  return Array.from(dom?.querySelectorAll('wx-button') ?? []).map(
    (b) => b.textContent?.replace(/\s+/g, ' ').trim() ?? '',
  );
}

test('lists my posts with status, pay and applicant counts', async () => {
  const page = await open();
  expect(textOf(page, '#post-job_mugong')).toContain('实木家具木工');
  expect(textOf(page, '#status-job_mugong')).toBe('招聘中');
  expect(textOf(page, '#applicants-job_mugong')).toContain('报名 12 人');
  expect(textOf(page, '#applicants-job_mugong')).toContain('新 3');
  expect(textOf(page, '#post-job_baozhuang')).toContain('180-220元/天');
  expect(textOf(page, '#status-job_baozhuang')).toBe('已暂停');
});

test('offers only the changes the status allows, each button with its words', async () => {
  const page = await open();
  expect(buttonsOf(page, 'job_mugong')).toEqual(['✎ 修改', '暂停', '已招满', '关闭']);
  expect(buttonsOf(page, 'job_baozhuang')).toEqual(['✎ 修改', '恢复招聘', '已招满', '关闭']);
  expect(buttonsOf(page, 'job_zhijian')).toEqual(['✎ 修改', '关闭']);
  expect(exists(page, '#act-job_mugong-paused')).toBe(true);
  expect(exists(page, '#act-job_mugong-filled')).toBe(true);
  expect(exists(page, '#act-job_mugong-published')).toBe(false);
  expect(textOf(page, '#act-job_baozhuang-published')).toBe('恢复招聘');
  expect(exists(page, '#act-job_zhijian-paused')).toBe(false);
});

test('暂停 calls job.setStatus and updates the card', async () => {
  cloud.ok('job.setStatus', { status: 'paused' });
  const page = await open();
  await tap(page, '#act-job_mugong-paused');
  expect(cloud.inputsOf('job.setStatus')).toEqual([{ jobId: 'job_mugong', status: 'paused' }]);
  expect(textOf(page, '#status-job_mugong')).toBe('已暂停');
  expect(textOf(page, '#act-job_mugong-published')).toBe('恢复招聘');
  expect(buttonsOf(page, 'job_mugong')).toEqual(['✎ 修改', '恢复招聘', '已招满', '关闭']);
});

test('a closed post keeps its card but has no buttons left', async () => {
  cloud.ok('job.setStatus', { status: 'closed' });
  const showModal = jest.spyOn(wx, 'showModal').mockImplementation(((
    o: WechatMiniprogram.ShowModalOption,
  ) => {
    o.success?.({
      confirm: true,
      cancel: false,
      errMsg: 'showModal:ok',
    } as WechatMiniprogram.ShowModalSuccessCallbackResult);
  }) as typeof wx.showModal);
  const page = await open();
  await tap(page, '#act-job_zhijian-closed');
  await settle();
  expect(cloud.inputsOf('job.setStatus')).toEqual([{ jobId: 'job_zhijian', status: 'closed' }]);
  expect(textOf(page, '#status-job_zhijian')).toBe('已关闭');
  expect(buttonsOf(page, 'job_zhijian')).toEqual([]);
  expect(textOf(page, '#applicants-job_zhijian')).toContain('报名');
  showModal.mockRestore();
});

test('关闭 asks first and does nothing when cancelled', async () => {
  cloud.ok('job.setStatus', { status: 'closed' });
  const page = await open();
  const showModal = jest.spyOn(wx, 'showModal').mockImplementation(((
    o: WechatMiniprogram.ShowModalOption,
  ) => {
    o.success?.({
      confirm: false,
      cancel: true,
      errMsg: 'showModal:ok',
    } as WechatMiniprogram.ShowModalSuccessCallbackResult);
  }) as typeof wx.showModal);
  await tap(page, '#act-job_mugong-closed');
  expect(showModal).toHaveBeenCalled();
  expect(cloud.inputsOf('job.setStatus')).toHaveLength(0);
  showModal.mockRestore();
});

test('scrolling to the bottom adds the next page of posts below', async () => {
  const [first, ...rest] = MY_JOBS;
  cloud.ok('job.listMine', (input) =>
    input.cursor ? { items: rest, nextCursor: null } : { items: [first!], nextCursor: 'c2' },
  );
  const page = await open();
  expect(page.querySelectorAll('.post')).toHaveLength(1);
  await page.instance.onReachBottom();
  await settle();
  expect(cloud.inputsOf('job.listMine')).toEqual([{}, { cursor: 'c2' }]);
  expect(page.querySelectorAll('.post')).toHaveLength(MY_JOBS.length);
  expect(textOf(page, '#status-job_baozhuang')).toBe('已暂停');
  await page.instance.onReachBottom();
  expect(cloud.inputsOf('job.listMine')).toHaveLength(2);
});

test('an empty list says so, a failed load offers 重试', async () => {
  cloud.ok('job.listMine', { items: [], nextCursor: null });
  let page = await open();
  expect(textOf(page, '#empty')).toContain('还没有发布岗位');
  cloud.fail('job.listMine', 'INTERNAL', '系统开小差了，请稍后再试');
  page = await open();
  expect(textOf(page)).toContain('重试');
});

test('someone without a company is asked to register it first', async () => {
  cloud.ok('account.login', { ...EMPLOYER_SESSION, roles: ['worker'], employer: null });
  const page = await open();
  expect(textOf(page, '#no-employer')).toContain('先登记单位');
  expect(cloud.inputsOf('job.listMine')).toHaveLength(0);
});
