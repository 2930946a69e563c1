import type { LocalCloud } from '../../local-cloud/index';
import { errCodeOf, nodeSdkDatabase, sdkFor, startFixtureCloud, type Sdk } from './helpers';

let local: LocalCloud;
let db: Sdk;
let _: Sdk;

beforeAll(async () => {
  // CloudBase's 30 s: a loaded machine must not expire the transactions these tests hold open.
  local = await startFixtureCloud();
  db = sdkFor(local).database();
  _ = db.command;
});

afterAll(() => local.stop());

const slots = (): Sdk => db.collection('slots');

describe('atomic conditional update', () => {
  test('200 concurrent capacity updates give exactly cap successes', async () => {
    const cap = 37;
    const { _id } = await slots().add({ data: { label: '9:00-10:00', cap, taken: 0 } });
    const results = await Promise.all(
      Array.from({ length: 200 }, () =>
        slots()
          .where({ _id, taken: _.lt(cap) })
          .update({ data: { taken: _.inc(1) } }),
      ),
    );
    expect(
      results.filter((r: { stats: { updated: number } }) => r.stats.updated === 1),
    ).toHaveLength(cap);
    expect((await slots().doc(_id).get()).data.taken).toBe(cap);
  });
});

describe('transactions', () => {
  test('commit makes all writes visible at once', async () => {
    const a = await slots().add({ data: { taken: 0 } });
    const t = await db.startTransaction();
    await t
      .collection('slots')
      .doc(a._id)
      .update({ data: { taken: _.inc(1) } });
    const added = await t.collection('slots').add({ data: { note: 'signup' } });
    expect((await slots().doc(a._id).get()).data.taken).toBe(0);
    expect((await slots().where({ note: 'signup' }).count()).total).toBe(0);
    await t.commit();
    expect((await slots().doc(a._id).get()).data.taken).toBe(1);
    expect((await slots().doc(added._id).get()).data.note).toBe('signup');
  });

  test('rollback discards every write', async () => {
    const a = await slots().add({ data: { taken: 5 } });
    const t = await db.startTransaction();
    await t
      .collection('slots')
      .doc(a._id)
      .update({ data: { taken: 6 } });
    await t.collection('slots').doc(a._id).get();
    await t.rollback();
    expect((await slots().doc(a._id).get()).data.taken).toBe(5);
  });

  test('a transaction reads its own writes and a snapshot of everything else', async () => {
    const a = await slots().add({ data: { taken: 1 } });
    const b = await slots().add({ data: { taken: 10 } });
    const t = await db.startTransaction();
    await t
      .collection('slots')
      .doc(a._id)
      .update({ data: { taken: 2 } });
    expect((await t.collection('slots').doc(a._id).get()).data.taken).toBe(2);
    await slots()
      .doc(b._id)
      .update({ data: { taken: 11 } });
    expect((await t.collection('slots').doc(b._id).get()).data.taken).toBe(10);
    const seen = await t
      .collection('slots')
      .where({ _id: _.in([a._id, b._id]) })
      .get();
    expect(seen.data.map((d: { taken: number }) => d.taken)).toEqual([2, 10]);
    await t.commit();
    expect((await slots().doc(b._id).get()).data.taken).toBe(11);
  });

  test('writing a document another open transaction wrote is a conflict', async () => {
    const a = await slots().add({ data: { taken: 0 } });
    const t1 = await db.startTransaction();
    const t2 = await db.startTransaction();
    await t1
      .collection('slots')
      .doc(a._id)
      .update({ data: { taken: 1 } });
    const e = await errCodeOf(
      t2
        .collection('slots')
        .doc(a._id)
        .update({ data: { taken: 2 } }),
    );
    expect(e.errMsg).toContain('[ResourceUnavailable.TransactionConflict] Transaction is conflict');
    await t2.rollback();
    await t1.commit();
    expect((await slots().doc(a._id).get()).data.taken).toBe(1);
  });

  test('writing a document changed since the snapshot is a conflict', async () => {
    const a = await slots().add({ data: { taken: 0 } });
    const t = await db.startTransaction();
    // The first operation fixes the snapshot.
    await t.collection('slots').doc(a._id).get();
    await slots()
      .doc(a._id)
      .update({ data: { taken: 9 } });
    const e = await errCodeOf(
      t
        .collection('slots')
        .doc(a._id)
        .update({ data: { taken: 1 } }),
    );
    expect(e.errMsg).toContain('[ResourceUnavailable.TransactionConflict] Transaction is conflict');
    await t.rollback();
  });

  test('the snapshot is taken at the first operation, not at startTransaction (as in MongoDB)', async () => {
    const a = await slots().add({ data: { taken: 0 } });
    const t = await db.startTransaction();
    await slots()
      .doc(a._id)
      .update({ data: { taken: 4 } });
    // Committed before the transaction's first operation: visible, and no conflict.
    expect((await t.collection('slots').doc(a._id).get()).data.taken).toBe(4);
    await t
      .collection('slots')
      .doc(a._id)
      .update({ data: { taken: _.inc(1) } });
    await t.commit();
    expect((await slots().doc(a._id).get()).data.taken).toBe(5);
  });

  test('updateAndReturn inside a transaction is part of it: invisible outside, undone by rollback', async () => {
    const a = await slots().add({ data: { taken: 0 } });
    const nodeDb = nodeSdkDatabase(local);
    const t = await nodeDb.startTransaction();
    const r = await t
      .collection('slots')
      .where({ _id: a._id })
      .updateAndReturn({ taken: nodeDb.command.inc(2) });
    expect(r).toMatchObject({ updated: 1, doc: { _id: a._id, taken: 2 } });
    expect((await slots().doc(a._id).get()).data.taken).toBe(0);
    expect((await t.collection('slots').doc(a._id).get()).data.taken).toBe(2);
    await t.rollback();
    expect((await slots().doc(a._id).get()).data.taken).toBe(0);
  });

  test('updateAndReturn inside a transaction is applied by its commit', async () => {
    const a = await slots().add({ data: { taken: 0 } });
    const nodeDb = nodeSdkDatabase(local);
    const t = await nodeDb.startTransaction();
    await t
      .collection('slots')
      .where({ _id: a._id })
      .updateAndReturn({ taken: nodeDb.command.inc(3) });
    await t.commit();
    expect((await slots().doc(a._id).get()).data.taken).toBe(3);
  });

  test('a finished transaction answers the service text (ResourceUnavailable.TransactionNotExist)', async () => {
    const t = await db.startTransaction();
    await t.commit();
    const e = await errCodeOf(t.collection('slots').add({ data: { late: true } }));
    expect(e.errMsg).toContain('[ResourceUnavailable.TransactionNotExist]');
    expect((await slots().where({ late: true }).count()).total).toBe(0);
  });

  test('runTransaction retries a conflict and returns the callback result', async () => {
    const a = await slots().add({ data: { taken: 0 } });
    const result = await db.runTransaction(async (t: Sdk) => {
      const { data } = await t.collection('slots').doc(a._id).get();
      await t
        .collection('slots')
        .doc(a._id)
        .update({ data: { taken: data.taken + 1 } });
      return data.taken + 1;
    });
    expect(result).toBe(1);
  });

  test('a plain write to a locked document waits for the commit', async () => {
    const a = await slots().add({ data: { taken: 0 } });
    const t = await db.startTransaction();
    await t
      .collection('slots')
      .doc(a._id)
      .update({ data: { taken: _.inc(10) } });
    let done = false;
    const plain = slots()
      .doc(a._id)
      .update({ data: { taken: _.inc(1) } })
      .then(() => (done = true));
    await new Promise((r) => setTimeout(r, 100));
    expect(done).toBe(false);
    await t.commit();
    await plain;
    expect((await slots().doc(a._id).get()).data.taken).toBe(11);
  });

  test('an open transaction expires (30 s on CloudBase; 400 ms here) and its writes are gone', async () => {
    // A cloud of its own with a short expiry; the other tests keep CloudBase's 30 s.
    const short = await startFixtureCloud({ transactionTimeoutMs: 400 });
    try {
      const sdb = sdkFor(short).database();
      const coll = (): Sdk => sdb.collection('slots');
      const a = await coll().add({ data: { taken: 0 } });
      const t = await sdb.startTransaction();
      await t
        .collection('slots')
        .doc(a._id)
        .update({ data: { taken: 1 } });
      await new Promise((r) => setTimeout(r, 600));
      const e = await errCodeOf(t.commit());
      expect(e.code).toBe('DATABASE_TRANSACTION_FAIL');
      expect((await coll().doc(a._id).get()).data.taken).toBe(0);
      await coll()
        .doc(a._id)
        .update({ data: { taken: 3 } });
      expect((await coll().doc(a._id).get()).data.taken).toBe(3);
    } finally {
      await short.stop();
    }
  });
});
