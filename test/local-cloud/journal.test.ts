import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Database } from '../../local-cloud/db/database';
import { keepWire, toWire } from '../../local-cloud/db/ejson';
import { journalLine, type JournalWrite } from '../../local-cloud/db/journal';

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

test('a journal line is the record read back, written with JSON.stringify; the documents come back equal', async () => {
  const docs = [
    {
      _id: 'a',
      title: '招焊工 "急"',
      pay: 5200,
      rate: 1.5,
      at: new Date(1796000000000),
      tags: ['包吃', '包住'],
    },
    { _id: 'b', pattern: /浦北/i, big: 2 ** 40, nested: { deep: [null, true, -0] } },
  ];
  const writes: JournalWrite[] = [
    { op: 'collection', c: 'jobs' },
    { op: 'put', c: 'jobs', doc: docs[0] },
    {
      op: 'batch',
      ops: [
        { op: 'put', c: 'jobs', doc: docs[1] },
        { op: 'delete', c: 'jobs', id: 'a' },
      ],
    },
  ];
  for (const doc of docs) keepWire(doc); // as stored: the kept text is what the line holds
  const asRead = (w: JournalWrite): unknown =>
    w.op === 'put'
      ? { op: 'put', c: w.c, d: toWire(w.doc) }
      : w.op === 'batch'
        ? { op: 'batch', ops: w.ops.map(asRead) }
        : w;
  for (const w of writes) expect(journalLine(w)).toBe(JSON.stringify(asRead(w)));

  const db = await Database.open({ dataDir: dir, indexes: { jobs: [] } });
  await db.insert('jobs', docs);
  await db.close();
  const reopened = await Database.open({ dataDir: dir, indexes: { jobs: [] } });
  expect(reopened.find({ collection: 'jobs', limit: 10 })).toEqual(docs);
  await reopened.close();
});
