import { CloudError } from '../../miniprogram/services/call-cloud';
import {
  appendNextPage,
  loadFirstRows,
  refreshOnPull,
} from '../../miniprogram/services/list-gestures';
import { PagedList, type Paged } from '../../miniprogram/services/list-page';

/** The few wx calls the helpers make, recorded. */
const ui = { toasts: [] as string[], stops: 0 };
const saved = (globalThis as { wx?: unknown }).wx;

beforeEach(() => {
  ui.toasts = [];
  ui.stops = 0;
  Object.assign(globalThis, {
    wx: {
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
