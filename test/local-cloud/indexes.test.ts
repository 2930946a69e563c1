import type { LocalCloud } from '../../local-cloud/index';
import { Database } from '../../local-cloud/db/database';
import { errCodeOf, sdkFor, startFixtureCloud, type Sdk } from './helpers';

let local: LocalCloud;
let db: Sdk;
let _: Sdk;

beforeAll(async () => {
  local = await startFixtureCloud({ strictIndexes: true, scanLimit: 200 });
  db = sdkFor(local).database();
  _ = db.command;
  const jobs = Array.from({ length: 500 }, (__, i) => ({
    title: `岗位${i}`,
    pay: 3000 + (i % 50) * 100,
    county: ['浦北县', '资中县', '慈利县', '婺城区'][i % 4],
    status: i % 3 === 0 ? 'open' : 'paused',
    note: i % 7 === 0 ? '急招' : '',
  }));
  for (let i = 0; i < jobs.length; i += 100)
    await db.collection('jobs').add({ data: jobs.slice(i, i + 100) });
});

afterAll(() => local.stop());

describe('unique indexes', () => {
  test('a second user with the same openid is refused with E11000 (-502001)', async () => {
    await db.collection('users').add({ data: { openid: 'o-worker-li', name: '李大姐' } });
    const e = await errCodeOf(
      db.collection('users').add({ data: { openid: 'o-worker-li', name: '李大姐' } }),
    );
    expect(e.errCode).toBe(-502001);
    expect(e.errMsg).toContain('E11000 duplicate key error');
    expect((await db.collection('users').where({ openid: 'o-worker-li' }).count()).total).toBe(1);
  });

  test('an update that would duplicate a unique key is refused and changes nothing', async () => {
    const { _id } = await db.collection('users').add({ data: { openid: 'o-worker-wang' } });
    const e = await errCodeOf(
      db
        .collection('users')
        .doc(_id)
        .update({ data: { openid: 'o-worker-li' } }),
    );
    expect(e.errMsg).toContain('E11000');
    expect((await db.collection('users').doc(_id).get()).data.openid).toBe('o-worker-wang');
  });

  test('compound unique: one application per worker and job', async () => {
    await db.collection('applications').add({ data: { jobId: 'j1', workerId: 'w1' } });
    await db.collection('applications').add({ data: { jobId: 'j1', workerId: 'w2' } });
    await db.collection('applications').add({ data: { jobId: 'j2', workerId: 'w1' } });
    const e = await errCodeOf(
      db.collection('applications').add({ data: { jobId: 'j1', workerId: 'w1' } }),
    );
    expect(e.errMsg).toContain('job_worker_unique');
  });

  test('a duplicate _id is refused', async () => {
    await db.collection('users').add({ data: { _id: 'u-fixed', openid: 'o-a' } });
    expect(
      (await errCodeOf(db.collection('users').add({ data: { _id: 'u-fixed', openid: 'o-b' } })))
        .errMsg,
    ).toContain('E11000');
  });

  test('concurrent inserts of the same key: exactly one wins', async () => {
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, () => db.collection('users').add({ data: { openid: 'o-race' } })),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
  });
});

describe('index use and strict mode', () => {
  test('equality and range queries on indexed fields answer without scanning', async () => {
    const open = await db
      .collection('jobs')
      .where({ county: '浦北县', status: 'open' })
      .limit(1000)
      .get();
    expect(open.data.length).toBeGreaterThan(0);
    expect(
      open.data.every(
        (j: { county: string; status: string }) => j.county === '浦北县' && j.status === 'open',
      ),
    ).toBe(true);
    const ranged = await db
      .collection('jobs')
      .where({ pay: _.gt(7800) })
      .limit(1000)
      .get();
    expect(ranged.data.map((j: { pay: number }) => j.pay).sort()).toEqual(Array(10).fill(7900));
    const firstKey = await db
      .collection('jobs')
      .where({ county: _.in(['资中县']), note: '急招' })
      .limit(1000)
      .get();
    expect(firstKey.data.length).toBeGreaterThan(0);
  });

  test('an $or whose every branch is indexed uses the indexes', async () => {
    const { data } = await db
      .collection('jobs')
      .where(_.or([{ pay: _.gt(7800) }, { county: '慈利县', status: 'open' }]))
      .limit(1000)
      .get();
    expect(data.length).toBeGreaterThan(10);
    const half = await errCodeOf(
      db
        .collection('jobs')
        .where(_.or([{ pay: _.gt(7800) }, { note: '急招' }]))
        .get(),
    );
    expect(half.errMsg).toContain('without a usable index');
  });

  test('in strict mode a query that scans a large collection without an index fails, naming it', async () => {
    const e = await errCodeOf(db.collection('jobs').where({ note: '急招' }).get());
    expect(e.errCode).toBe(-502001);
    expect(e.errMsg).toContain('"jobs"');
    expect(e.errMsg).toContain('急招');
    const sorted = await errCodeOf(db.collection('jobs').where({}).orderBy('title', 'asc').get());
    expect(sorted.errMsg).toContain('without a usable index');
  });

  test('an unfiltered page and an order by an indexed field are allowed', async () => {
    expect((await db.collection('jobs').get()).data).toHaveLength(100);
    const top = await db.collection('jobs').orderBy('pay', 'desc').limit(3).get();
    expect(top.data.map((j: { pay: number }) => j.pay)).toEqual([7900, 7900, 7900]);
  });

  test('a non-strict cloud only reports the scan in its log', async () => {
    const lines: string[] = [];
    const relaxed = await startFixtureCloud({ scanLimit: 5, log: (l) => lines.push(l) });
    try {
      const rdb = sdkFor(relaxed).database();
      await rdb.collection('notes').add({ data: Array.from({ length: 10 }, (__, i) => ({ i })) });
      expect((await rdb.collection('notes').where({ i: 3 }).get()).data).toHaveLength(1);
      expect(lines.some((l) => l.includes('without a usable index') && l.includes('"notes"'))).toBe(
        true,
      );
    } finally {
      await relaxed.stop();
      sdkFor(local);
    }
  });
});

/**
 * An equality lookup reads its key's documents in natural order and stops at the limit; an update
 * that moves an older document into the key, or changes a document in place, shows at once.
 */
describe('equality lookups in natural order', () => {
  type Job = { _id: string; title: string; county: string; status: string; pay: number };
  const key = { county: '资中县', status: 'open' };

  test('an older document moved into the key by an update keeps its natural place', async () => {
    const jobs = db.collection('jobs');
    const add = async (title: string, status: string): Promise<string> =>
      (await jobs.add({ data: { title, county: '资中县', status, pay: 4000 } }))._id as string;
    await jobs.where({ county: '资中县' }).remove();
    const a = await add('甲', 'open');
    const b = await add('乙', 'paused');
    await add('丙', 'open');
    await add('丁', 'open');
    const titles = async (limit: number): Promise<string[]> =>
      ((await jobs.where(key).limit(limit).get()).data as Job[]).map((j) => j.title);
    expect(await titles(2)).toEqual(['甲', '丙']);

    await jobs.doc(b).update({ data: { status: 'open' } });
    expect(await titles(2)).toEqual(['甲', '乙']);
    expect(await titles(100)).toEqual(['甲', '乙', '丙', '丁']);

    // A change outside the index's fields: the reply shows the new value, not the stored one's old text.
    await jobs.doc(a).update({ data: { pay: 5200 } });
    const [first] = (await jobs.where(key).limit(1).get()).data as Job[];
    expect(first).toMatchObject({ title: '甲', pay: 5200 });
    expect(((await jobs.doc(a).get()).data as Job).pay).toBe(5200);

    await jobs.doc(a).remove();
    expect(await titles(100)).toEqual(['乙', '丙', '丁']);
  });

  test('after 600 random writes every key answers as a scan in natural order does', async () => {
    const engine = local.database;
    await engine.remove('jobs', {}, true);
    let seed = 7;
    const random = (n: number): number => {
      // xorshift32: the same writes on every run
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      return (seed >>> 0) % n;
    };
    const counties = ['浦北县', '资中县', '慈利县'];
    const statuses = ['open', 'paused'];
    const ids: string[] = [];
    for (let i = 0; i < 600; i++) {
      const op = random(4);
      const data = { county: counties[random(3)], status: statuses[random(2)], pay: random(9000) };
      if (op < 2 || ids.length === 0) {
        ids.push(...((await engine.insert('jobs', [{ title: `岗位${i}`, ...data }])) as string[]));
      } else if (op === 2) {
        await engine.update({
          collection: 'jobs',
          filter: { _id: ids[random(ids.length)] },
          data: { $set: data },
          multi: false,
          merge: true,
          upsert: false,
        });
      } else {
        await engine.remove('jobs', { _id: ids.splice(random(ids.length), 1)[0] }, false);
      }
    }
    const all = engine.find({ collection: 'jobs', limit: 10_000 });
    for (const county of counties) {
      for (const status of statuses) {
        const scan = all.filter((d) => d.county === county && d.status === status);
        for (const limit of [1, 5, 1000]) {
          const got = engine.find({ collection: 'jobs', filter: { county, status }, limit });
          expect(got.map((d) => d._id)).toEqual(scan.slice(0, limit).map((d) => d._id));
        }
      }
    }
  });
});

test('an update that turns ISO text into the same instant as a Date moves the document in the index', async () => {
  const engine = await Database.open({
    indexes: { posts: [{ name: 'published', keys: [{ name: 'publishedAt', direction: '1' }] }] },
    strictIndexes: true,
    scanLimit: 0,
  });
  const iso = '2026-12-01T08:00:00.000Z';
  const [id] = await engine.insert('posts', [{ title: '招焊工', publishedAt: iso }]);
  await engine.update({
    collection: 'posts',
    filter: { _id: id },
    data: { $set: { publishedAt: new Date(iso) } },
    multi: false,
    merge: true,
    upsert: false,
  });
  const find = (publishedAt: unknown): unknown[] =>
    engine.find({ collection: 'posts', filter: { publishedAt }, limit: 10 }).map((d) => d._id);
  expect(find(new Date(iso))).toEqual([id]);
  expect(find(iso)).toEqual([]);
  const range = engine.find({
    collection: 'posts',
    filter: { publishedAt: { $gte: new Date('2026-12-01T00:00:00Z') } },
    limit: 10,
  });
  expect(range.map((d) => d._id)).toEqual([id]);
  await engine.close();
});
