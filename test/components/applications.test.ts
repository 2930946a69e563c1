import { loadPage } from './load';
import { MY_APPLICATIONS } from './worker-fixtures';
import { has, settle, setup, tapOn, textOf, type FakeCloud, type WxRecord } from './worker-kit';

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
