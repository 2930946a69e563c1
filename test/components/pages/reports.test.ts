import { loadPage } from '../load';
import { settle, setup, textOf, type FakeCloud } from '../worker-kit';

let cloud: FakeCloud;
beforeEach(() => {
  ({ cloud } = setup());
});

const NOW = Date.now();

async function open() {
  const p = loadPage('pages/reports/index');
  await settle();
  return p;
}

test('each report names the post and says what the 人社局 decided, in its own words', async () => {
  cloud.ok('report.mine', {
    items: [
      {
        _id: 'rep_open',
        jobId: 'job_a',
        jobTitle: '手机配件组装工',
        companyName: '东莞市长安镇精诚电子厂',
        reason: 'fake',
        createdAt: NOW, // an hour ago is yesterday just after midnight China time
        status: 'open',
      },
      {
        _id: 'rep_down',
        jobId: 'job_b',
        jobTitle: '电子厂普工',
        companyName: '东莞某电子有限公司',
        reason: 'fee',
        details: '要先交200元办厂牌',
        createdAt: NOW - 3 * 86_400_000,
        status: 'resolved',
        outcome: 'takeDown',
        explanation: '核实要交钱办厂牌，岗位已下架',
        resolvedAt: NOW - 86_400_000,
      },
    ],
    nextCursor: null,
  });
  const p = await open();
  expect(textOf(p, '#report-rep_open')).toContain('手机配件组装工 人社局处理中');
  expect(textOf(p, '#report-rep_open')).toContain('今天举报 · 虚假信息');
  const down = textOf(p, '#report-rep_down');
  expect(down).toContain('电子厂普工 岗位已下架');
  expect(down).toContain('东莞某电子有限公司');
  expect(down).toContain('人社局说：核实要交钱办厂牌，岗位已下架');
});

test('no reports yet says so', async () => {
  cloud.ok('report.mine', { items: [], nextCursor: null });
  const p = await open();
  expect(textOf(p)).toContain('您还没有举报过岗位');
});
