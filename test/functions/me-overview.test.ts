import { startWorld, type World } from '../fixtures/backend/fairs-world';

jest.setTimeout(180_000);

let w: World & { jobId: string };
beforeAll(async () => {
  w = await startWorld();
});
afterAll(() => w?.b.stop());

const signUp = (fairId: string) => ({
  fairId,
  slotId: 's1',
  name: '孙桂英',
  phone: '13800003333',
});

describe('me.overview', () => {
  test('我的 in one answer: the same applications and sign-ups as their own lists', async () => {
    const worker = await w.worker('o-me-overview', '孙桂英', '13800003333');
    const { applicationId } = await w.b.ok(worker, 'job.apply', { jobId: w.jobId });
    const { fairId } = await w.fair({ title: '太平镇春风行动招聘会' });
    await w.b.ok(worker, 'fair.signUp', signUp(fairId));

    const overview = await w.b.ok(worker, 'me.overview', {});
    expect(overview.applications.items).toEqual([
      expect.objectContaining({
        _id: applicationId,
        status: 'applied',
        job: expect.objectContaining({ title: '制鞋 针车工' }),
      }),
    ]);
    expect(overview.signups.items).toEqual([
      expect.objectContaining({
        slotLabel: '09:00-10:30',
        fair: expect.objectContaining({ title: '太平镇春风行动招聘会' }),
      }),
    ]);
    expect(overview.applications).toEqual(await w.b.ok(worker, 'application.listMine', {}));
    expect(overview.signups).toEqual(await w.b.ok(worker, 'fair.mySignups', {}));
  });

  test('another worker sees only their own (empty) lists', async () => {
    const other = await w.worker('o-me-overview-other', '王小芳', '13800004444');
    expect(await w.b.ok(other, 'me.overview', {})).toEqual({
      applications: { items: [], nextCursor: null },
      signups: { items: [], nextCursor: null },
    });
  });

  test('before login it is refused with what to do, nothing written', async () => {
    const before = await w.b.snapshot();
    const res = await w.b.fail('o-me-overview-never', 'me.overview', {});
    expect(res.code).toBe('NOT_LOGGED_IN');
    expect(res.message).toBe('请先登录');
    expect(await w.b.snapshot()).toEqual(before);
  });
});
