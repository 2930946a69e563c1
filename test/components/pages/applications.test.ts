import { loadPage } from '../load';
import { MY_APPLICATIONS } from '../worker-fixtures';
import { has, settle, setup, tapOn, textOf, type FakeCloud, type WxRecord } from '../worker-kit';

let cloud: FakeCloud;
let wxr: WxRecord;
beforeEach(() => {
  ({ cloud, wxr } = setup());
});

async function open() {
  const p = loadPage('pages/applications/index');
  await settle();
  return p;
}

test('lists each application with pay, employer and status; only open ones can be withdrawn', async () => {
  cloud.ok('application.listMine', { items: MY_APPLICATIONS, nextCursor: null });
  const p = await open();
  const cards = p.querySelectorAll('.ap');
  expect(cards).toHaveLength(3);
  expect(textOf(cards[0]!)).toContain('实木家具打磨工 邀约面试');
  expect(textOf(cards[0]!)).toContain('4500-6500元/月');
  expect(textOf(cards[0]!)).toContain('撤回报名');
  expect(textOf(cards[2]!)).toContain('不合适');
  expect(textOf(cards[2]!)).not.toContain('撤回报名');
});

test('撤回报名 asks first, then withdraws and shows 已撤回', async () => {
  cloud.ok('application.listMine', { items: MY_APPLICATIONS, nextCursor: null });
  cloud.ok('application.withdraw', { status: 'withdrawn' });
  const p = await open();
  await tapOn(p, '.ap-withdraw');
  await settle();
  expect(wxr.modals[0]?.title).toBe('撤回报名？');
  expect(cloud.inputsOf('application.withdraw')).toEqual([{ applicationId: 'app_wood' }]);
  expect(textOf(p.querySelectorAll('.ap')[0]!)).toContain('已撤回');
  expect(textOf(p.querySelectorAll('.ap')[0]!)).not.toContain('撤回报名');
});

test('changing one’s mind at the question withdraws nothing', async () => {
  cloud.ok('application.listMine', { items: MY_APPLICATIONS, nextCursor: null });
  wxr.modalConfirm = false;
  const p = await open();
  await tapOn(p, '.ap-withdraw');
  expect(cloud.inputsOf('application.withdraw')).toEqual([]);
});

test('a refused withdrawal shows the server message', async () => {
  cloud.ok('application.listMine', { items: MY_APPLICATIONS, nextCursor: null });
  cloud.fail('application.withdraw', 'BAD_TRANSITION', '当前状态不能这样改');
  const p = await open();
  await tapOn(p, '.ap-withdraw');
  await settle();
  expect(wxr.modals.at(-1)).toEqual({ title: '没有撤回', content: '当前状态不能这样改' });
});

test('a tap opens the job', async () => {
  cloud.ok('application.listMine', { items: MY_APPLICATIONS, nextCursor: null });
  const p = await open();
  await tapOn(p, '.ap-main');
  expect(wxr.navigations).toEqual(['/pages/job/index?id=job_quanshui_wood']);
});

test('no applications yet says so', async () => {
  cloud.ok('application.listMine', { items: [], nextCursor: null });
  const p = await open();
  expect(textOf(p)).toContain('您还没有报名过工作');
  expect(has(p, '.ap')).toBe(false);
});

test('a failure shows the message with 重试', async () => {
  cloud.fail('application.listMine', 'INTERNAL', '系统开小差了，请稍后再试');
  const p = await open();
  expect(textOf(p)).toContain('系统开小差了，请稍后再试');
  expect(textOf(p)).toContain('重试');
});

test('an interview invitation shows when, where and the note, with 我会去 / 换个时间', async () => {
  cloud.ok('application.listMine', { items: MY_APPLICATIONS, nextCursor: null });
  const p = await open();
  const invite = textOf(p, '#interview-app_wood');
  expect(invite).toContain('单位约您面试');
  expect(invite).toContain('11月24日 周二 10:00');
  expect(invite).toContain('泉水镇工业园区8号 二楼人事部');
  expect(invite).toContain('单位说：带身份证，到门卫说找人事');
  expect(has(p, '#interview-app_daily')).toBe(false);
  await tapOn(p, '#interview-app_wood .btn');
  expect(wxr.locations).toEqual([{ latitude: 22.2712, longitude: 109.5561 }]);
});

test('我会去 answers the employer at once and says so', async () => {
  cloud.ok('application.listMine', { items: MY_APPLICATIONS, nextCursor: null });
  cloud.ok('application.answerInterview', {
    interview: { ...MY_APPLICATIONS[0]!.interview!, answer: 'coming', answeredAt: Date.now() },
  });
  const p = await open();
  await tapOn(p, '#coming-app_wood');
  await settle();
  expect(cloud.inputsOf('application.answerInterview')).toEqual([
    { applicationId: 'app_wood', answer: 'coming' },
  ]);
  expect(textOf(p, '#answer-app_wood')).toBe('您已回复：我会去');
});

test('换个时间 takes a word on when suits and sends it', async () => {
  cloud.ok('application.listMine', { items: MY_APPLICATIONS, nextCursor: null });
  cloud.ok('application.answerInterview', {
    interview: {
      ...MY_APPLICATIONS[0]!.interview!,
      answer: 'reschedule',
      answerNote: '周三以后都可以',
      answeredAt: Date.now(),
    },
  });
  wxr.modalContent = '周三以后都可以';
  const p = await open();
  await tapOn(p, '#reschedule-app_wood');
  await settle();
  expect(wxr.modals[0]?.title).toBe('想换个时间');
  expect(cloud.inputsOf('application.answerInterview')).toEqual([
    { applicationId: 'app_wood', answer: 'reschedule', note: '周三以后都可以' },
  ]);
  expect(textOf(p, '#answer-app_wood')).toBe('您已回复：想换个时间（周三以后都可以）');
});
