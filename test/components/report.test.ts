import { loadPage } from './load';
import { settle, setup, tapOn, textOf, typeInto, type FakeCloud } from './worker-kit';

let cloud: FakeCloud;
beforeEach(() => {
  ({ cloud } = setup());
});

async function open() {
  const p = loadPage('pages/report/index', { query: { jobId: 'job_quanshui_wood' } });
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
});

test('a server refusal is shown on the page', async () => {
  cloud.fail('report.create', 'RATE_LIMITED', '操作太频繁，请稍后再试');
  const p = await open();
  await chooseReason(p, 1);
  await tapOn(p, '#submit');
  await settle();
  expect(textOf(p, '#err-all')).toBe('操作太频繁，请稍后再试');
});
