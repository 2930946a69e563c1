import { loadPage } from '../load';
import { WOOD_DETAIL } from '../worker-fixtures';
import {
  settle,
  setup,
  tapOn,
  textOf,
  typeInto,
  type FakeCloud,
  type WxRecord,
} from '../worker-kit';

let cloud: FakeCloud;
let wxr: WxRecord;
beforeEach(() => {
  ({ cloud, wxr } = setup());
});

async function open() {
  const p = loadPage('pages/report/index', {
    query: {
      jobId: 'job_quanshui_wood',
      title: encodeURIComponent('实木家具打磨工'),
      company: encodeURIComponent('浦北县泉水木业有限公司'),
    },
  });
  await settle();
  return p;
}

async function chooseReason(p: ReturnType<typeof loadPage>, n: number) {
  p.querySelector('#reason')!.querySelectorAll('.cg-chip')[n]!.dispatchEvent('tap');
  await settle();
}

test('offers the reasons as big choices', async () => {
  const p = await open();
  expect(textOf(p, '#reason')).toBe('要求交费 虚假信息 拖欠工资 其他');
});

test('without a reason it asks for one, next to the choices', async () => {
  const p = await open();
  await tapOn(p, '#submit');
  expect(textOf(p, '#err-reason')).toBe('请选择举报原因');
  expect(cloud.inputsOf('report.create')).toEqual([]);
});

test('sends the report and thanks the worker', async () => {
  cloud.ok('report.create', { reportId: 'rep_1' });
  const p = await open();
  await chooseReason(p, 0);
  await typeInto(p, '#details', '让先交300元体检费才能进厂');
  await tapOn(p, '#submit');
  await settle();
  expect(cloud.inputsOf('report.create')).toEqual([
    { jobId: 'job_quanshui_wood', reason: 'fee', details: '让先交300元体检费才能进厂' },
  ]);
  expect(textOf(p, '#done')).toContain('举报已收到');
  expect(textOf(p, '#done')).toContain('处理结果会放在「我的 → 我的举报」里');
  await tapOn(p, '#my-reports');
  expect(wxr.navigations).toEqual(['/pages/reports/index']);
});

test('names the post being reported at the top', async () => {
  const p = await open();
  expect(textOf(p, '#reported')).toBe('举报这个岗位 实木家具打磨工 浦北县泉水木业有限公司');
});

test('opened from a link without the names, it reads them from the post', async () => {
  cloud.ok('job.get', WOOD_DETAIL);
  const p = loadPage('pages/report/index', { query: { jobId: WOOD_DETAIL._id } });
  await settle();
  expect(textOf(p, '#reported')).toContain(WOOD_DETAIL.title);
});

test('a server refusal is shown on the page', async () => {
  cloud.fail('report.create', 'RATE_LIMITED', '操作太频繁，请稍后再试');
  const p = await open();
  await chooseReason(p, 1);
  await tapOn(p, '#submit');
  await settle();
  expect(textOf(p, '#err-all')).toBe('操作太频繁，请稍后再试');
});
