import { PagedList, withCursor, type Paged } from '../../miniprogram/services/list-page';

/** A fetch whose answers the test releases by hand, in any order. */
function manualFetch() {
  const asked: (string | undefined)[] = [];
  const pending: { resolve: (p: Paged<string>) => void; reject: (e: Error) => void }[] = [];
  const fetch = (cursor: string | undefined) => {
    asked.push(cursor);
    return new Promise<Paged<string>>((resolve, reject) => pending.push({ resolve, reject }));
  };
  return { fetch, asked, pending };
}

describe('PagedList, the one list controller', () => {
  it('shows only the latest first page: an earlier answer arriving late is dropped', async () => {
    const list = new PagedList<string>();
    const { fetch, pending } = manualFetch();
    const older = list.first(fetch);
    const newer = list.first(fetch);
    pending[1]!.resolve({ items: ['新'], nextCursor: null });
    pending[0]!.resolve({ items: ['旧'], nextCursor: 'c-old' });
    expect(await newer).toEqual(['新']);
    expect(await older).toBeUndefined();
    expect(list.hasMore).toBe(false);
  });

  it('asks for the next page once at a time, with the cursor, until there is none', async () => {
    const list = new PagedList<string>();
    const { fetch, asked, pending } = manualFetch();
    const first = list.first(fetch);
    pending[0]!.resolve({ items: ['1'], nextCursor: 'c1' });
    await first;
    const more = list.next(fetch);
    expect(await list.next(fetch)).toBeUndefined();
    pending[1]!.resolve({ items: ['2'], nextCursor: null });
    expect(await more).toEqual(['2']);
    expect(await list.next(fetch)).toBeUndefined();
    expect(asked).toEqual([undefined, 'c1']);
  });

  it('drops a next page that a refresh overtook, and throws only the latest error', async () => {
    const list = new PagedList<string>();
    const { fetch, pending } = manualFetch();
    const first = list.first(fetch);
    pending[0]!.resolve({ items: ['1'], nextCursor: 'c1' });
    await first;
    const more = list.next(fetch);
    const refresh = list.first(fetch);
    pending[1]!.reject(new Error('网络不好'));
    pending[2]!.reject(new Error('最新的错'));
    expect(await more).toBeUndefined();
    await expect(refresh).rejects.toThrow('最新的错');
  });

  it('sends a cursor only when there is one', () => {
    expect(withCursor({ mine: true }, undefined)).toEqual({ mine: true });
    expect(withCursor({ mine: true }, 'c1')).toEqual({ mine: true, cursor: 'c1' });
  });
});
