import { exists, loadPage, settle, tap, textOf, useFakeCloud } from '../package-common/harness';

function entry(n: number, overrides: Record<string, unknown> = {}) {
  return {
    _id: `au_${n}`,
    at: Date.parse('2026-11-20T09:00:00+08:00') - n * 60_000,
    actorRole: 'admin' as const,
    actorName: '李科长',
    action: 'admin.verifyEmployer',
    what: '审核单位',
    targets: { employerId: `emp_${n}` },
    detail: 'verified',
    ...overrides,
  };
}

const cloud = useFakeCloud();
afterEach(() => jest.restoreAllMocks());

async function open() {
  const page = loadPage('package-admin/pages/audit/index');
  page.instance.onLoad({});
  await settle();
  return page;
}

test('who, what in words, and when, newest first as the log gives them', async () => {
  cloud.ok('audit.list', {
    items: [
      entry(1, {
        action: 'admin.suspendEmployer',
        what: '暂停单位资格',
        detail: '多次被举报收押金',
      }),
      entry(2, {
        actorRole: 'cadre',
        actorName: '黄主任',
        action: 'fair.create',
        what: '发布招聘会',
        targets: { fairId: 'fair_1' },
        detail: undefined,
      }),
      // A cadre who gave no name: the log keeps the role.
      entry(3, { actorRole: 'cadre', actorName: '村干部', what: '代登记报名' }),
    ],
    nextCursor: null,
  });
  const page = await open();
  const first = textOf(page, '#entry-au_1');
  expect(first).toContain('暂停单位资格');
  expect(first).toContain('多次被举报收押金');
  expect(first).toContain('人社局 李科长');
  expect(first).toContain('11月20日');
  expect(textOf(page, '#entry-au_2')).toContain('村干部 黄主任');
  expect(textOf(page, '#entry-au_3')).toContain('👤 村干部');
  expect(textOf(page, '#entry-au_3')).not.toContain('村干部 村干部');
  const all = textOf(page);
  expect(all.indexOf('暂停单位资格')).toBeLessThan(all.indexOf('发布招聘会'));
  // A fair is no company: no 单位档案 link on it.
  expect(exists(page, '#open-au_2')).toBe(false);
});

test('单位档案 opens the company the entry touched', async () => {
  cloud.ok('audit.list', { items: [entry(1)], nextCursor: null });
  const navigate = jest.spyOn(wx, 'navigateTo');
  const page = await open();
  await tap(page, '#open-au_1');
  expect(navigate).toHaveBeenCalledWith(
    expect.objectContaining({ url: '/package-admin/pages/company/index?employerId=emp_1' }),
  );
});

test('scrolling to the bottom reads the next page from the cursor', async () => {
  cloud.ok('audit.list', (input: { cursor?: string }) =>
    input.cursor
      ? { items: [entry(21)], nextCursor: null }
      : { items: Array.from({ length: 20 }, (_, i) => entry(i + 1)), nextCursor: 'c1' },
  );
  const page = await open();
  expect(exists(page, '#entry-au_21')).toBe(false);
  await page.instance.onReachBottom();
  await settle();
  expect(cloud.inputsOf('audit.list')).toEqual([{}, { cursor: 'c1' }]);
  expect(exists(page, '#entry-au_21')).toBe(true);
  expect(exists(page, '#entry-au_1')).toBe(true);
});

test('an empty log says so', async () => {
  cloud.ok('audit.list', { items: [], nextCursor: null });
  const page = await open();
  expect(textOf(page, '#empty')).toContain('还没有操作记录');
});
