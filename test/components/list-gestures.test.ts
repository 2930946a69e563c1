import { CloudError } from '../../miniprogram/services/call-cloud';
import {
  appendNextPage,
  loadFirstRows,
  loadKeptRows,
  refreshOnPull,
  showKeptRows,
} from '../../miniprogram/services/list-gestures';
import { PagedList, type Paged } from '../../miniprogram/services/list-page';

/** The few wx calls the helpers make, recorded. */
const ui = { toasts: [] as string[], stops: 0, storage: new Map<string, unknown>() };
const saved = (globalThis as { wx?: unknown }).wx;

beforeEach(() => {
  ui.toasts = [];
  ui.stops = 0;
  ui.storage = new Map();
  Object.assign(globalThis, {
    wx: {
      getStorageSync: (key: string) => ui.storage.get(key) ?? '',
      setStorageSync: (key: string, value: unknown) => ui.storage.set(key, value),
      showToast: (o: { title: string }) => ui.toasts.push(o.title),
      stopPullDownRefresh: () => (ui.stops += 1),
    },
  });
});

afterAll(() => Object.assign(globalThis, { wx: saved }));

/** A page whose list is `data.people`, recording what it sends. */
function owner(people: string[]) {
  const sent: Record<string, unknown>[] = [];
  return {
    sent,
    data: { people } as Record<string, unknown>,
    setData(patch: Record<string, unknown>) {
      sent.push(patch);
    },
  };
}

async function listAt(cursor: string): Promise<PagedList<{ name: string }>> {
  const list = new PagedList<{ name: string }>();
  await list.first(() => Promise.resolve({ items: [{ name: '罗志强' }], nextCursor: cursor }));
  return list;
}

describe('加载更多 of a subpackage list', () => {
  it('appends the next page, as the page shows it, sending only the new rows', async () => {
    const page = owner(['罗志强']);
    const list = await listAt('c2');
    const asked: (string | undefined)[] = [];
    const fetch = (cursor: string | undefined): Promise<Paged<{ name: string }>> => {
      asked.push(cursor);
      return Promise.resolve({ items: [{ name: '向桂英' }, { name: '梁保华' }], nextCursor: null });
    };
    await appendNextPage(page, 'people', list, fetch, (p) => `${p.name}（已报名）`);
    expect(asked).toEqual(['c2']);
    expect(page.sent).toEqual([
      { 'people[1]': '向桂英（已报名）', 'people[2]': '梁保华（已报名）' },
    ]);
    await appendNextPage(page, 'people', list, fetch);
    expect(asked).toHaveLength(1);
  });

  it('says why in a toast when the next page fails, and keeps the rows shown', async () => {
    const page = owner(['罗志强']);
    const list = await listAt('c2');
    await appendNextPage(page, 'people', list, () =>
      Promise.reject(new CloudError('NETWORK', '网络不好，请检查网络后再试')),
    );
    expect(ui.toasts).toEqual(['网络不好，请检查网络后再试']);
    expect(page.sent).toEqual([]);
  });
});

describe('opening a subpackage list', () => {
  it('shows 正在加载, then the first page as rows', async () => {
    const page = owner([]);
    const list = new PagedList<{ name: string }>();
    const fetch = () => Promise.resolve({ items: [{ name: '泉森木业' }], nextCursor: 'c2' });
    await loadFirstRows(page, list, fetch, { view: (c) => c.name, clear: true });
    expect(page.sent).toEqual([
      { state: 'loading', loadError: '', rows: [] },
      { state: 'ready', rows: ['泉森木业'] },
    ]);
    expect(list.hasMore).toBe(true);
  });

  it('says why when the first page fails', async () => {
    const page = owner([]);
    await loadFirstRows(page, new PagedList<string>(), () =>
      Promise.reject(new CloudError('FORBIDDEN', '您还不是管理员')),
    );
    expect(page.sent[1]).toEqual({ state: 'error', loadError: '您还不是管理员' });
  });
});

describe('a list the phone keeps', () => {
  /** A page whose list is `data.rows`, recording what it sends and keeping its data. */
  function rowsPage() {
    const sent: Record<string, unknown>[] = [];
    const data: Record<string, unknown> = { rows: [], state: 'loading' };
    return {
      sent,
      data,
      setData: (p: Record<string, unknown>) => (sent.push(p), Object.assign(data, p)),
    };
  }

  it('shows the rows of the last visit at once, then the fresh ones, kept for next time', async () => {
    ui.storage.set('xp:test:rows', ['红光村院坝招聘会']);
    const page = rowsPage();
    showKeptRows(page, 'xp:test:rows');
    expect(page.data).toMatchObject({ rows: ['红光村院坝招聘会'], state: 'ready' });
    await loadKeptRows(page, 'xp:test:rows', () => Promise.resolve(['上油坊村院坝招聘会']));
    expect(page.data.rows).toEqual(['上油坊村院坝招聘会']);
    expect(ui.storage.get('xp:test:rows')).toEqual(['上油坊村院坝招聘会']);
  });

  it('keeps the rows shown when the network fails, and says why in a toast', async () => {
    ui.storage.set('xp:test:rows', ['红光村院坝招聘会']);
    const page = rowsPage();
    showKeptRows(page, 'xp:test:rows');
    const failure = await loadKeptRows(page, 'xp:test:rows', () =>
      Promise.reject(new CloudError('NETWORK', '网络不好，请检查网络后再试')),
    );
    expect(failure).toBeUndefined();
    expect(page.data).toMatchObject({ rows: ['红光村院坝招聘会'], state: 'ready' });
    expect(ui.toasts).toEqual(['网络不好，请检查网络后再试']);
  });

  it('shows the error instead of the rows when the failure blocks them', async () => {
    ui.storage.set('xp:test:rows', ['红光村院坝招聘会']);
    const page = rowsPage();
    showKeptRows(page, 'xp:test:rows');
    const failure = await loadKeptRows(
      page,
      'xp:test:rows',
      () => Promise.reject(new CloudError('FORBIDDEN', '请先填写邀请码')),
      (f) => f.code === 'FORBIDDEN',
    );
    expect(failure?.code).toBe('FORBIDDEN');
    expect(page.data.state).toBe('error');
    expect(ui.toasts).toEqual([]);
  });
});

describe('下拉刷新', () => {
  it('folds the spinner away once the load is done', async () => {
    let loaded = false;
    await refreshOnPull(async () => {
      loaded = true;
    });
    expect(loaded).toBe(true);
    expect(ui.stops).toBe(1);
  });

  it('folds the spinner away also when the load fails', async () => {
    await expect(refreshOnPull(() => Promise.reject(new Error('断网')))).rejects.toThrow('断网');
    expect(ui.stops).toBe(1);
  });
});
