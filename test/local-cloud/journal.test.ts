import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Database } from '../../local-cloud/db/database';

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'local-cloud-journal-'));
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

const lines = (): number =>
  readFileSync(join(dir, 'journal.jsonl'), 'utf8').split('\n').filter(Boolean).length;

test('the journal is compacted while running, without losing writes made during compaction', async () => {
  const db = await Database.open({ dataDir: dir, indexes: { counters: [] }, compactSlack: 50 });
  await db.insert('counters', [{ _id: 'c', n: 0 }]);
  const updates = Array.from({ length: 400 }, () =>
    db.update({
      collection: 'counters',
      filter: { _id: 'c' },
      data: { $inc: { n: 1 } },
      multi: false,
      merge: true,
      upsert: false,
    }),
  );
  await Promise.all(updates);
  for (let i = 0; i < 100; i++) {
    await db.update({
      collection: 'counters',
      filter: { _id: 'c' },
      data: { $inc: { n: 1 } },
      multi: false,
      merge: true,
      upsert: false,
    });
  }
  await db.close();
  expect(lines()).toBeLessThan(200);
  const reopened = await Database.open({ dataDir: dir, indexes: { counters: [] } });
  expect(reopened.find({ collection: 'counters', filter: { _id: 'c' } })[0].n).toBe(500);
  await reopened.close();
});

test('a transaction commit is one journal record: all of it or none after a crash', async () => {
  const db = await Database.open({ dataDir: dir, indexes: { seats: [] } });
  await db.insert('seats', [
    { _id: 's1', taken: 0 },
    { _id: 's2', taken: 0 },
  ]);
  const t = db.startTransaction();
  await db.update({
    collection: 'seats',
    filter: { _id: 's1' },
    data: { $inc: { taken: 1 } },
    multi: false,
    merge: true,
    upsert: false,
    transactionId: t,
  });
  await db.update({
    collection: 'seats',
    filter: { _id: 's2' },
    data: { $inc: { taken: 1 } },
    multi: false,
    merge: true,
    upsert: false,
    transactionId: t,
  });
  const before = lines();
  await db.commitTransaction(t);
  await db.close();
  expect(lines()).toBe(before + 1);
  const reopened = await Database.open({ dataDir: dir, indexes: { seats: [] } });
  expect(reopened.find({ collection: 'seats', filter: {} }).map((d) => d.taken)).toEqual([1, 1]);
  await reopened.close();
});

test('a data directory serves one local-cloud at a time', async () => {
  const first = await Database.open({ dataDir: dir });
  await expect(Database.open({ dataDir: dir })).rejects.toThrow('in use by another local-cloud');
  await first.close();
  const second = await Database.open({ dataDir: dir });
  await second.close();
});
