import type { LocalCloud } from '../../local-cloud/index';
import { errCodeOf, sdkFor, startFixtureCloud, type Sdk } from './helpers';

let local: LocalCloud;
let cloud: Sdk;
let db: Sdk;
let _: Sdk;
let clock = Date.UTC(2026, 2, 1, 0, 0, 0);

beforeAll(async () => {
  local = await startFixtureCloud({ now: () => clock });
  cloud = sdkFor(local);
  db = cloud.database();
  _ = db.command;
});

afterAll(() => local.stop());

const seedJobs = async (name: string): Promise<void> => {
  await db.createCollection(name);
  const jobs = [
    {
      title: '电子厂普工',
      county: '浦北县',
      pay: 5200,
      tags: ['包吃住', '月结'],
      room: true,
      employer: { name: '台州电子', verified: true },
    },
    {
      title: '建筑木工',
      county: '资中县',
      pay: 8000,
      tags: ['日结'],
      room: false,
      employer: { name: '资中建工', verified: false },
    },
    {
      title: '服装车工',
      county: '浦北县',
      pay: 6500,
      tags: ['包吃住', '计件'],
      room: true,
      employer: { name: '金华服饰', verified: true },
    },
    { title: '仓库分拣', county: '慈利县', pay: 4800, tags: [], room: false },
  ];
  for (const job of jobs) await db.collection(name).add({ data: job });
};

describe('collections', () => {
  test('reading a collection that does not exist fails with DATABASE_COLLECTION_NOT_EXIST (-502005)', async () => {
    const e = await errCodeOf(db.collection('missing_things').get());
    expect(e.errCode).toBe(-502005);
    expect((await errCodeOf(db.collection('missing_things').add({ data: { a: 1 } }))).errCode).toBe(
      -502005,
    );
    expect((await errCodeOf(db.collection('missing_things').count())).errCode).toBe(-502005);
  });

  test('collections declared in indexes.json exist from the start; createCollection adds one', async () => {
    expect((await db.collection('users').count()).total).toBe(0);
    await db.createCollection('fresh');
    expect((await db.collection('fresh').get()).data).toEqual([]);
    await expect(db.createCollection('fresh')).rejects.toBeDefined();
  });
});

describe('documents', () => {
  beforeAll(() => seedJobs('postings'));

  test('add returns the new _id and doc().get() returns the document', async () => {
    const { _id } = await db.collection('postings').add({ data: { title: '焊工', pay: 9000 } });
    expect(_id).toMatch(/^[0-9a-f]{32}$/);
    const { data } = await db.collection('postings').doc(_id).get();
    expect(data).toEqual({ _id, title: '焊工', pay: 9000 });
    await db.collection('postings').doc(_id).remove();
  });

  test('a missing document makes doc().get() throw', async () => {
    const e = await errCodeOf(db.collection('postings').doc('no-such-id').get());
    expect(e.errMsg).toContain('does not exist');
  });

  test('where() without orderBy answers in insertion order', async () => {
    const { data } = await db.collection('postings').where({}).get();
    expect(data.map((d: { title: string }) => d.title)).toEqual([
      '电子厂普工',
      '建筑木工',
      '服装车工',
      '仓库分拣',
    ]);
  });

  test('query commands: gt/lte, in/nin, and/or, exists, regex, nested fields, array contains, size, elemMatch', async () => {
    const titles = async (q: unknown): Promise<string[]> =>
      (await db.collection('postings').where(q).get()).data.map((d: { title: string }) => d.title);
    expect(await titles({ pay: _.gt(6000) })).toEqual(['建筑木工', '服装车工']);
    expect(await titles({ pay: _.gte(4800).and(_.lte(5200)) })).toEqual(['电子厂普工', '仓库分拣']);
    expect(await titles({ county: _.in(['资中县', '慈利县']) })).toEqual(['建筑木工', '仓库分拣']);
    expect(await titles({ county: _.nin(['浦北县']) })).toEqual(['建筑木工', '仓库分拣']);
    expect(await titles(_.or([{ pay: _.lt(5000) }, { room: false, county: '资中县' }]))).toEqual([
      '建筑木工',
      '仓库分拣',
    ]);
    expect(await titles({ employer: _.exists(false) })).toEqual(['仓库分拣']);
    expect(await titles({ title: db.RegExp({ regexp: '工$' }) })).toEqual([
      '电子厂普工',
      '建筑木工',
      '服装车工',
    ]);
    expect(await titles({ title: /^服装/ })).toEqual(['服装车工']);
    expect(await titles({ 'employer.verified': true })).toEqual(['电子厂普工', '服装车工']);
    expect(await titles({ employer: { verified: false } })).toEqual(['建筑木工']);
    expect(await titles({ tags: '包吃住' })).toEqual(['电子厂普工', '服装车工']);
    expect(await titles({ tags: _.size(0) })).toEqual(['仓库分拣']);
    expect(await titles({ tags: _.all(['包吃住', '计件']) })).toEqual(['服装车工']);
    expect(await titles({ tags: _.elemMatch(_.eq('日结')) })).toEqual(['建筑木工']);
    expect(await titles({ pay: _.neq(5200).and(_.gt(5000)) })).toEqual(['建筑木工', '服装车工']);
  });

  test('orderBy, skip, limit and field', async () => {
    const { data } = await db
      .collection('postings')
      .where({})
      .orderBy('county', 'asc')
      .orderBy('pay', 'desc')
      .skip(1)
      .limit(2)
      .field({ title: true, pay: true })
      .get();
    expect(data.map((d: { title: string }) => d.title)).toEqual(['服装车工', '电子厂普工']);
    expect(Object.keys(data[0]).sort()).toEqual(['_id', 'pay', 'title']);
  });

  test('count', async () => {
    expect((await db.collection('postings').where({ room: true }).count()).total).toBe(2);
  });

  test('update commands: inc, mul, set, remove, push, pull, addToSet, pop, shift, unshift', async () => {
    const { _id } = await db
      .collection('postings')
      .add({ data: { n: 1, m: 2, tags: ['a', 'b'], gone: 1, nested: { a: 1 } } });
    const doc = db.collection('postings').doc(_id);
    await doc.update({
      data: {
        n: _.inc(2),
        m: _.mul(5),
        gone: _.remove(),
        nested: { b: 2 },
        tags: _.push(['c', 'd']),
      },
    });
    expect((await doc.get()).data).toEqual({
      _id,
      n: 3,
      m: 10,
      tags: ['a', 'b', 'c', 'd'],
      nested: { a: 1, b: 2 },
    });
    await doc.update({ data: { tags: _.pull('b') } });
    await doc.update({ data: { tags: _.addToSet('a') } });
    await doc.update({ data: { tags: _.pop() } });
    await doc.update({ data: { tags: _.shift() } });
    await doc.update({ data: { tags: _.unshift(['z']) } });
    await doc.update({ data: { nested: _.set({ only: true }) } });
    expect((await doc.get()).data).toEqual({
      _id,
      n: 3,
      m: 10,
      tags: ['z', 'c'],
      nested: { only: true },
    });
    await doc.remove();
  });

  test('set replaces a document, and creates it when missing', async () => {
    const doc = db.collection('postings').doc('fixed-id-1');
    const created = await doc.set({ data: { title: '保洁', pay: 3000 } });
    expect(created.stats.updated).toBe(0);
    expect(created._id).toBe('fixed-id-1');
    await doc.set({ data: { title: '保洁主管' } });
    expect((await doc.get()).data).toEqual({ _id: 'fixed-id-1', title: '保洁主管' });
    await doc.remove();
  });

  test('where().update() reports how many documents changed; remove() how many went', async () => {
    const res = await db
      .collection('postings')
      .where({ county: '浦北县' })
      .update({ data: { hot: true } });
    expect(res.stats.updated).toBe(2);
    const again = await db
      .collection('postings')
      .where({ county: '浦北县' })
      .update({ data: { hot: true } });
    expect(again.stats.updated).toBe(0);
    await db.collection('postings').add({ data: { temp: true } });
    await db.collection('postings').add({ data: { temp: true } });
    expect((await db.collection('postings').where({ temp: true }).remove()).stats.removed).toBe(2);
  });

  test('serverDate is the server clock plus offset', async () => {
    clock = Date.UTC(2026, 2, 1, 8, 30, 0);
    const { _id } = await db
      .collection('postings')
      .add({ data: { at: db.serverDate(), later: db.serverDate({ offset: 60_000 }) } });
    const { data } = await db.collection('postings').doc(_id).get();
    expect(data.at).toEqual(new Date(clock));
    expect(data.later).toEqual(new Date(clock + 60_000));
    expect(
      (
        await db
          .collection('postings')
          .where({ at: _.lte(db.serverDate()) })
          .count()
      ).total,
    ).toBe(1);
    await db
      .collection('postings')
      .doc(_id)
      .update({ data: { at: db.serverDate({ offset: 1000 }) } });
    expect((await db.collection('postings').doc(_id).get()).data.at).toEqual(
      new Date(clock + 1000),
    );
    await db.collection('postings').doc(_id).remove();
  });

  test('Date values round-trip and compare', async () => {
    const d = new Date('2026-03-08T01:00:00.000Z');
    const { _id } = await db.collection('postings').add({ data: { fairDay: d } });
    expect(
      (
        await db
          .collection('postings')
          .where({ fairDay: _.gte(new Date('2026-03-01')) })
          .get()
      ).data[0]._id,
    ).toBe(_id);
    await db.collection('postings').doc(_id).remove();
  });
});

describe('paging limits', () => {
  beforeAll(async () => {
    await db.createCollection('many');
    for (let i = 0; i < 1200; i += 100) {
      await db
        .collection('many')
        .add({ data: Array.from({ length: 100 }, (__, k) => ({ i: i + k })) });
    }
  });

  test('get() returns 100 documents by default', async () => {
    const { data } = await db.collection('many').get();
    expect(data).toHaveLength(100);
    expect(data[99].i).toBe(99);
  });

  test('limit above 1000 is clamped to 1000', async () => {
    const { data } = await db.collection('many').limit(5000).get();
    expect(data).toHaveLength(1000);
  });

  test('skip pages through in natural order', async () => {
    const { data } = await db.collection('many').skip(1150).limit(100).get();
    expect(data.map((d: { i: number }) => d.i)).toEqual(
      Array.from({ length: 50 }, (__, k) => 1150 + k),
    );
  });
});

describe('aggregate', () => {
  beforeAll(async () => {
    await db.createCollection('employers');
    await db.createCollection('offers');
    await db.collection('employers').add({ data: { _id: 'e1', name: '台州电子', city: '台州' } });
    await db.collection('employers').add({ data: { _id: 'e2', name: '金华服饰', city: '金华' } });
    await db
      .collection('offers')
      .add({ data: { employerId: 'e1', post: '普工', seats: 30, tags: ['包吃住', '月结'] } });
    await db
      .collection('offers')
      .add({ data: { employerId: 'e1', post: '质检', seats: 5, tags: ['月结'] } });
    await db
      .collection('offers')
      .add({ data: { employerId: 'e2', post: '车工', seats: 12, tags: ['计件'] } });
  });

  test('match, group, sort', async () => {
    const $ = db.command.aggregate;
    const { list } = await db
      .collection('offers')
      .aggregate()
      .match({ seats: _.gt(1) })
      .group({ _id: '$employerId', seats: $.sum('$seats'), posts: $.push('$post') })
      .sort({ seats: -1 })
      .end();
    expect(list).toEqual([
      { _id: 'e1', seats: 35, posts: ['普工', '质检'] },
      { _id: 'e2', seats: 12, posts: ['车工'] },
    ]);
  });

  test('lookup, unwind, project, sortByCount, count', async () => {
    const { list } = await db
      .collection('offers')
      .aggregate()
      .lookup({ from: 'employers', localField: 'employerId', foreignField: '_id', as: 'employer' })
      .unwind('$employer')
      .project({ _id: 0, post: 1, city: '$employer.city' })
      .sort({ post: 1 })
      .end();
    expect(list).toEqual([
      { post: '普工', city: '台州' },
      { post: '质检', city: '台州' },
      { post: '车工', city: '金华' },
    ]);
    const tags = await db
      .collection('offers')
      .aggregate()
      .unwind('$tags')
      .sortByCount('$tags')
      .end();
    expect(tags.list[0]).toEqual({ _id: '月结', count: 2 });
    const counted = await db
      .collection('offers')
      .aggregate()
      .match({ employerId: 'e1' })
      .count('n')
      .end();
    expect(counted.list).toEqual([{ n: 2 }]);
  });

  test('lookup with a pipeline', async () => {
    const $ = db.command.aggregate;
    const { list } = await db
      .collection('employers')
      .aggregate()
      .lookup({
        from: 'offers',
        let: { id: '$_id' },
        pipeline: $.pipeline()
          .match(_.expr($.eq(['$employerId', '$$id'])))
          .project({ _id: 0, post: 1 })
          .done(),
        as: 'offers',
      })
      .project({ _id: 0, name: 1, offers: 1 })
      .end();
    expect(list).toEqual([
      { name: '台州电子', offers: [{ post: '普工' }, { post: '质检' }] },
      { name: '金华服饰', offers: [{ post: '车工' }] },
    ]);
  });
});

describe('updateAndReturn (@cloudbase/node-sdk, which wx-server-sdk wraps)', () => {
  test('updates one document and returns it', async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const tcb = require('@cloudbase/node-sdk');
    const nodeDb = tcb.init({ env: local.env }).database();
    await db.createCollection('counters');
    await db.collection('counters').add({ data: { _id: 'fair-1', next: 1 } });
    const res = await nodeDb
      .collection('counters')
      .where({ _id: 'fair-1' })
      .updateAndReturn({ next: nodeDb.command.inc(1) });
    expect(res.updated).toBe(1);
    expect(res.doc).toEqual({ _id: 'fair-1', next: 2 });
  });
});
