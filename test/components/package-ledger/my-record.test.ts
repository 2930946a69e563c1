import {
  answerModal,
  loadPage,
  settle,
  tap,
  textOf,
  useFakeCloud,
} from '../package-common/harness';

const RECORD = {
  _id: 'p_liu',
  town: '太平镇',
  village: '庆荣村',
  name: '刘桂芳',
  phone: '13988887777',
  situation: 'returnedIdle' as const,
  categories: ['cleaning' as const],
  focusGroup: 'older' as const,
  placed: null,
  linked: false,
  deletionRequested: false,
  updatedAt: Date.parse('2026-11-20T10:00:00+08:00'),
};

const cloud = useFakeCloud();

test('without a record the worker is told so, in plain words', async () => {
  cloud.ok('ledger.mine', { records: [] });
  const page = loadPage('package-ledger/pages/my-record/index');
  page.instance.onLoad({});
  await settle(4);
  expect(textOf(page, '#none')).toContain('村里没有您的台账记录');
});

test('the worker sees what the cadre wrote, links it, and asks for deletion after a confirm', async () => {
  cloud
    .ok('ledger.mine', { records: [RECORD] })
    .ok('ledger.consent', { record: { ...RECORD, linked: true } })
    .ok('ledger.requestDeletion', { record: { ...RECORD, linked: true, deletionRequested: true } });
  const page = loadPage('package-ledger/pages/my-record/index');
  page.instance.onLoad({});
  await settle(4);
  expect(textOf(page, '#record-p_liu')).toContain('重点人群：大龄（您同意过）');
  await tap(page, '#link-p_liu');
  await settle(3);
  expect(cloud.inputsOf('ledger.consent')).toEqual([{ personId: 'p_liu', link: true }]);
  expect(textOf(page, '#record-p_liu')).toContain('已关联您在乡聘的求职意向');

  const no = answerModal(false);
  await tap(page, '#delete-p_liu');
  await settle(3);
  expect(cloud.inputsOf('ledger.requestDeletion')).toEqual([]);
  no.mockRestore();
  const yes = answerModal(true);
  await tap(page, '#delete-p_liu');
  await settle(4);
  expect(cloud.inputsOf('ledger.requestDeletion')).toEqual([{ personId: 'p_liu' }]);
  expect(textOf(page, '#deletion-p_liu')).toContain('您已申请删除');
  yes.mockRestore();
});
