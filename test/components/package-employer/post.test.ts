import { addDays, chinaDay } from '../../../miniprogram/shared/time';
import {
  exists,
  loadPage,
  pick,
  settle,
  tap,
  textOf,
  type,
  useFakeCloud,
} from '../package-common/harness';
import { EMPLOYER, EMPLOYER_SESSION, JOB_DETAIL } from './fixtures';

const cloud = useFakeCloud();
beforeEach(() => {
  cloud.ok('account.login', EMPLOYER_SESSION);
});

async function openNewPost() {
  cloud.ok('employer.mine', EMPLOYER);
  const page = loadPage('package-employer/pages/post/index');
  page.instance.onLoad({});
  await settle();
  return page;
}

function fillValidPost(page: ReturnType<typeof loadPage>) {
  type(page, '#title', '实木家具木工');
  pick(page, '#category', 2); // 木工家具
  type(page, '#headcount', '20');
  type(page, '#requirements', '18-55岁，身体健康，有木工经验优先');
  type(page, '#duties', '实木家具开料、打磨、组装，白班8小时');
  type(page, '#minYuan', '5000');
  type(page, '#maxYuan', '7500');
}

test('shows every 2026 field, the no-fee notice, and the company address as the workplace', async () => {
  const page = await openNewPost();
  const text = textOf(page);
  for (const label of [
    '岗位名称',
    '工种',
    '招聘人数',
    '招聘条件',
    '工作内容',
    '工作地点',
    '工资',
    '发薪方式',
    '福利',
    '有效期到',
    '转发',
  ]) {
    expect(text).toContain(label);
  }
  expect(textOf(page, '#no-fee')).toContain('求职不收取任何费用');
  expect(text).toContain('广西壮族自治区 钦州市 浦北县');
});

test('a 押金 in 招聘条件 shows the fee message under that field and sends nothing', async () => {
  const page = await openNewPost();
  type(page, '#requirements', '身体健康，入职交押金500元');
  await tap(page, '#submit');
  expect(textOf(page, '#err-requirements')).toBe('求职不收取任何费用，请删掉“押金”');
  expect(cloud.inputsOf('job.create')).toHaveLength(0);
});

test('a fee word is caught even when everything else is filled in', async () => {
  const page = await openNewPost();
  fillValidPost(page);
  type(page, '#requirements', '身体健康，需交服装费200元');
  await tap(page, '#submit');
  expect(textOf(page, '#err-requirements')).toContain('服装费');
  expect(textOf(page, '#banner')).toContain('求职不收取任何费用');
  expect(cloud.inputsOf('job.create')).toHaveLength(0);
});

test('a hard age limit warns in plain words under the field, and the post still goes out', async () => {
  cloud.ok('job.create', { jobId: 'job_new', status: 'published' });
  const page = await openNewPost();
  fillValidPost(page);
  type(page, '#requirements', '视力好，45岁以下，能坐着工作');
  await settle();
  expect(textOf(page, '#age-requirements')).toBe(
    '您写了“45岁以下”。来找活的人很多都过了45岁，写上年龄会少很多人报名。可以删掉；不删也能发布，人社局会看一下。',
  );
  expect(exists(page, '#err-requirements')).toBe(false);
  await tap(page, '#submit');
  expect(cloud.inputsOf('job.create')).toHaveLength(1);
});

test('deleting the age limit takes the warning away; 55岁以下 and 优先 are no warning', async () => {
  const page = await openNewPost();
  type(page, '#requirements', '年龄18-40岁');
  await settle();
  expect(exists(page, '#age-requirements')).toBe(true);
  type(page, '#requirements', '18-55岁，身体健康，45岁以下优先');
  await settle();
  expect(exists(page, '#age-requirements')).toBe(false);
});

test('empty required fields each show their own message', async () => {
  const page = await openNewPost();
  await tap(page, '#submit');
  expect(textOf(page, '#err-title')).toBe('请填写岗位名称');
  expect(textOf(page, '#err-category')).toBe('请选择工种');
  expect(textOf(page, '#err-headcount')).toBe('请填写招聘人数');
  expect(textOf(page, '#err-pay')).toBe('请填写金额');
  expect(cloud.inputsOf('job.create')).toHaveLength(0);
});

test('a valid post calls job.create with the right input and explains 已提交审核', async () => {
  cloud.ok('job.create', { jobId: 'job_new', status: 'reviewing' });
  const page = await openNewPost();
  fillValidPost(page);
  await tap(page, '#cycle-daily');
  await tap(page, '#benefit-meals');
  await tap(page, '#benefit-housing');
  await tap(page, '#submit');

  expect(cloud.inputsOf('job.create')).toEqual([
    {
      title: '实木家具木工',
      category: 'woodwork',
      headcount: 20,
      requirements: '18-55岁，身体健康，有木工经验优先',
      duties: '实木家具开料、打磨、组装，白班8小时',
      workplace: {
        region: EMPLOYER.region,
        address: EMPLOYER.address,
        location: EMPLOYER.location,
      },
      pay: { minYuan: 5000, maxYuan: 7500, unit: 'month' },
      payCycle: 'daily',
      benefits: ['meals', 'housing'],
      validUntil: addDays(chinaDay(Date.now()), 30),
      isRepost: false,
    },
  ]);
  expect(textOf(page, '#result')).toContain('已提交审核');
});

test('a repost without its source asks for the 信息来源', async () => {
  const page = await openNewPost();
  fillValidPost(page);
  page.querySelector('#isRepost')!.dispatchEvent('change', { detail: { value: true } });
  await settle();
  await tap(page, '#submit');
  expect(textOf(page, '#err-source')).toBe('转发的岗位请写明信息来源');
  expect(cloud.inputsOf('job.create')).toHaveLength(0);
});

test('the server’s field messages are shown next to the field', async () => {
  cloud.fail('job.create', 'CONTENT_RISKY', '内容含有不允许发布的信息，请修改后再提交', {
    duties: '这段内容需要修改',
  });
  const page = await openNewPost();
  fillValidPost(page);
  await tap(page, '#submit');
  expect(textOf(page, '#err-duties')).toBe('这段内容需要修改');
  expect(textOf(page, '#banner')).toContain('内容含有不允许发布的信息');
});

test('editing loads the post and saves with job.update', async () => {
  cloud.ok('job.get', JOB_DETAIL).ok('job.update', { status: 'published' });
  const page = loadPage('package-employer/pages/post/index');
  page.instance.onLoad({ id: 'job_mugong' });
  await settle();
  expect(exists(page, '#title')).toBe(true);
  type(page, '#headcount', '30');
  await tap(page, '#submit');
  const [input] = cloud.inputsOf('job.update') as { jobId: string; headcount: number }[];
  expect(input).toMatchObject({ jobId: 'job_mugong', headcount: 30, validUntil: '2026-12-31' });
  expect(textOf(page, '#result')).toContain('已发布');
});

describe('a form sent with errors', () => {
  test('scrolls to the first message in page order and focuses its box', async () => {
    const page = await openNewPost();
    const scroll = jest.spyOn(wx, 'pageScrollTo');
    fillValidPost(page);
    type(page, '#duties', '');
    type(page, '#headcount', '');
    await tap(page, '#submit');
    await settle(5);
    // 招聘人数 comes before 工作内容 on the page.
    expect(scroll).toHaveBeenLastCalledWith(
      expect.objectContaining({ selector: '#err-headcount' }),
    );
    expect(page.data['focusField']).toBe('headcount');
    expect(page.querySelector('#headcount')?.dom?.getAttribute('focus')).not.toBe('false');
    scroll.mockRestore();
  });

  test('the banner goes once the last field in error is fixed, not before', async () => {
    const page = await openNewPost();
    fillValidPost(page);
    type(page, '#requirements', '身体健康，需交服装费200元');
    type(page, '#title', '');
    await tap(page, '#submit');
    await settle();
    expect(exists(page, '#banner')).toBe(true);
    type(page, '#title', '实木家具木工');
    await settle();
    expect(exists(page, '#banner')).toBe(true);
    type(page, '#requirements', '身体健康');
    await settle();
    expect(exists(page, '#banner')).toBe(false);
  });

  test('a refusal from the server with no field keeps its banner', async () => {
    cloud.fail('job.create', 'EMPLOYER_NOT_VERIFIED', '单位还在审核中，审核通过后才能发布');
    const page = await openNewPost();
    fillValidPost(page);
    await tap(page, '#submit');
    await settle();
    expect(textOf(page, '#banner')).toBe('单位还在审核中，审核通过后才能发布');
  });
});
