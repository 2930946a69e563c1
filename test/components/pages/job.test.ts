import { SUBSCRIBE_TEMPLATES } from '../../../miniprogram/config';
import { loadPage } from '../load';
import { NEW_SESSION, SESSION, WOOD_DETAIL } from '../worker-fixtures';
import { has, settle, setup, tapOn, textOf, type FakeCloud, type WxRecord } from '../worker-kit';

let cloud: FakeCloud;
let wxr: WxRecord;
beforeEach(() => {
  ({ cloud, wxr } = setup());
  cloud.ok('account.login', SESSION);
});

async function open(detail = WOOD_DETAIL) {
  cloud.ok('job.get', detail);
  const p = loadPage('pages/job/index', { query: { id: detail._id } });
  await settle();
  return p;
}

test('shows every fact of the post, the verified badge and 求职不收取任何费用', async () => {
  const p = await open();
  const text = textOf(p);
  expect(cloud.inputsOf('job.get')).toEqual([{ jobId: 'job_quanshui_wood' }]);
  expect(text).toContain('求职不收取任何费用');
  expect(text).toContain('实木家具打磨工');
  expect(text).toContain('4500-6500元/月');
  expect(text).toContain('月结');
  expect(text).toContain('包吃住');
  expect(text).toContain('五险');
  expect(text).toContain('招多少人 20人');
  expect(text).toContain('工作内容 实木桌椅打磨');
  expect(text).toContain('招聘条件 18-60岁');
  expect(text).toContain('广西壮族自治区钦州市浦北县 泉水镇泉水工业园3号厂房');
  expect(text).toMatch(/有效期 \d+月\d+日（周.）前有效/);
  expect(textOf(p, '#verified')).toBe('已认证');
  expect(text).toContain('浦北县泉水木业有限公司');
  expect(text).toContain('何经理');
});

test('the no-fee notice is there even when the post cannot load', async () => {
  cloud.fail('job.get', 'NOT_FOUND', '没有找到这条信息，可能已被删除');
  const p = loadPage('pages/job/index', { query: { id: 'job_gone' } });
  await settle();
  expect(textOf(p)).toContain('求职不收取任何费用');
  expect(textOf(p)).toContain('没有找到这条信息，可能已被删除');
  expect(textOf(p)).toContain('重试');
});

test('看地图 opens the workplace on the map', async () => {
  const p = await open();
  await tapOn(p, '.jd-map');
  expect(wxr.locations).toEqual([{ latitude: 22.27, longitude: 109.56 }]);
});

test('打电话 calls the contact in one tap', async () => {
  const p = await open();
  await tapOn(p, '#call');
  expect(wxr.calls).toEqual(['07778212345']);
});

test('without a contact there is no call button', async () => {
  const p = await open({ ...WOOD_DETAIL, contact: null });
  expect(has(p, '#call')).toBe(false);
});

test('我要报名 asks for the status notice inside the tap and applies', async () => {
  cloud.ok('job.apply', { applicationId: 'app_1', status: 'applied' });
  const p = await open();
  await tapOn(p, '#apply');
  await settle();
  expect(wxr.subscriptions).toEqual([
    [SUBSCRIBE_TEMPLATES.interviewInvite, SUBSCRIBE_TEMPLATES.applicationStatus],
  ]);
  expect(cloud.inputsOf('job.apply')).toEqual([{ jobId: 'job_quanshui_wood' }]);
  expect(wxr.toasts).toContain('报名成功');
  expect(textOf(p, '#applied')).toContain('已报名 已投递');
  expect(has(p, '#apply')).toBe(false);
});

test('a refused application shows the server message', async () => {
  cloud.fail('job.apply', 'JOB_NOT_OPEN', '这个岗位已停止招聘');
  const p = await open();
  await tapOn(p, '#apply');
  await settle();
  expect(wxr.modals).toEqual([{ title: '没有报上', content: '这个岗位已停止招聘' }]);
  expect(has(p, '#apply')).toBe(true);
});

test('a worker with no 求职意向 is sent to fill it in before applying', async () => {
  cloud.ok('account.login', NEW_SESSION);
  const p = await open();
  await tapOn(p, '#apply');
  expect(wxr.modals[0]?.title).toBe('先留个电话');
  expect(wxr.navigations).toEqual(['/pages/profile/index']);
  expect(cloud.inputsOf('job.apply')).toEqual([]);
});

test('a profile without a phone: the server asks for it and the worker is sent to the form', async () => {
  const { phone: _phone, ...noPhone } = SESSION.profile!;
  cloud.ok('account.login', { ...SESSION, profile: noPhone });
  const p = await open();
  await tapOn(p, '#apply');
  expect(cloud.inputsOf('job.apply')).toEqual([]);
  expect(wxr.modals[0]).toEqual({
    title: '先留个电话',
    content: '报名前请填好姓名和手机号，单位才能联系您',
  });
});

test('PROFILE_REQUIRED from the server shows its message with 去填写', async () => {
  cloud.fail('job.apply', 'PROFILE_REQUIRED', '请先填好姓名和手机号，用人单位才能联系您');
  const p = await open();
  await tapOn(p, '#apply');
  await settle();
  expect(wxr.modals[0]).toEqual({
    title: '先留个电话',
    content: '请先填好姓名和手机号，用人单位才能联系您',
  });
  expect(wxr.navigations).toEqual(['/pages/profile/index']);
});

test('a worker who applied sees the status instead of the button', async () => {
  const p = await open({ ...WOOD_DETAIL, myApplication: { _id: 'app_1', status: 'interview' } });
  expect(textOf(p, '#applied')).toContain('邀约面试');
  expect(has(p, '#apply')).toBe(false);
  await tapOn(p, '#applied');
  expect(wxr.navigations).toEqual(['/pages/applications/index']);
});

test('a filled post cannot be applied for and says why', async () => {
  const p = await open({ ...WOOD_DETAIL, status: 'filled' });
  expect(textOf(p)).toContain('这个岗位已招满，现在不能报名');
  expect(has(p, '#apply')).toBe(false);
});

test('sharing sends the job page itself', async () => {
  const p = await open();
  const share = (
    p.instance as unknown as { onShareAppMessage(): { title: string; path: string } }
  ).onShareAppMessage();
  expect(share).toEqual({
    title: '实木家具打磨工 4500-6500元/月',
    path: '/pages/job/index?id=job_quanshui_wood',
  });
});

test('举报 opens the report page for this job, naming it', async () => {
  const p = await open();
  await tapOn(p, '#report');
  expect(wxr.navigations).toEqual([
    `/pages/report/index?jobId=job_quanshui_wood&title=${encodeURIComponent(WOOD_DETAIL.title)}&company=${encodeURIComponent(WOOD_DETAIL.employer.companyName)}`,
  ]);
});
