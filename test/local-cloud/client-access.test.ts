import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalCloud, type LocalCloud } from '../../local-cloud/index';
import { sdkFor, type Sdk } from './helpers';

/** A mini-program client's database request (what `wx.cloud.database()` sends for a user). */
async function client(
  cloud: LocalCloud,
  openid: string,
  body: Record<string, unknown>,
): Promise<{ code?: string; data?: Record<string, unknown> }> {
  const res = await fetch(`${cloud.url}/client/database`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-wx-openid': openid },
    body: JSON.stringify(body),
  });
  expect(res.status).toBe(200);
  return (await res.json()) as { code?: string; data?: Record<string, unknown> };
}

const get = (collectionName: string) => ({
  action: 'database.getDocument',
  collectionName,
  queryType: 'WHERE',
  query: '{}',
  limit: 100,
});

let cloud: LocalCloud;
let sdk: Sdk;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'client-access-'));
  const file = join(dir, 'collections.json');
  writeFileSync(
    file,
    JSON.stringify({
      collections: {
        secrets: { rule: 'ADMINONLY', indexes: [] },
        undeclared: [],
        catalog: { rule: 'ADMINWRITE', reason: 'a public price list', indexes: [] },
        notes: { rule: 'PRIVATE', reason: 'each user keeps own notes', indexes: [] },
      },
    }),
  );
  cloud = await startLocalCloud({ memory: true, indexesFile: file, log: false });
  sdk = sdkFor(cloud);
  const db = sdk.database();
  await db.collection('secrets').add({ data: { phone: '13800001111' } });
  await db.collection('undeclared').add({ data: { phone: '13800002222' } });
  await db.collection('catalog').add({ data: { item: '工装', price: 80 } });
});

afterAll(() => cloud.stop());

describe('client access follows each collection’s security rule', () => {
  test.each(['secrets'])(
    '%s (ADMINONLY): a client can neither read nor write, and nothing changes',
    async (name) => {
      const before = await cloud.snapshot();
      const requests = [
        get(name),
        { action: 'database.calculateDocument', collectionName: name, query: '{}' },
        { action: 'database.aggregateDocuments', collectionName: name, stages: [] },
        { action: 'database.insertDocument', collectionName: name, data: ['{"fake":true}'] },
        {
          action: 'database.modifyDocument',
          collectionName: name,
          queryType: 'WHERE',
          query: '{}',
          multi: true,
          data: '{"$set":{"phone":"x"}}',
        },
        { action: 'database.removeDocument', collectionName: name, query: '{}', multi: true },
        { action: 'database.addCollection', collectionName: 'made_by_client' },
      ];
      for (const body of requests) {
        expect(await client(cloud, 'o-someone', body)).toMatchObject({
          code: 'DATABASE_PERMISSION_DENIED',
        });
      }
      expect(await cloud.snapshot()).toEqual(before);
    },
  );

  test('a collection nobody set a rule for is PRIVATE (CloudBase’s default): others’ documents stay hidden', async () => {
    const read = await client(cloud, 'o-someone', get('undeclared'));
    expect(read.data?.list).toEqual([]);
    const before = await cloud.snapshot();
    const removed = await client(cloud, 'o-someone', {
      action: 'database.removeDocument',
      collectionName: 'undeclared',
      query: '{}',
      multi: true,
    });
    expect(removed.data).toEqual({ deleted: 0 });
    expect(await cloud.snapshot()).toEqual(before);
  });

  test('the admin side (a function) still reads everything', async () => {
    const { data } = await sdk.database().collection('secrets').get();
    expect(data).toEqual([expect.objectContaining({ phone: '13800001111' })]);
  });

  test('ADMINWRITE: a client reads but cannot write', async () => {
    const read = await client(cloud, 'o-someone', get('catalog'));
    expect(read.code).toBeUndefined();
    expect(read.data?.list).toHaveLength(1);
    const write = await client(cloud, 'o-someone', {
      action: 'database.insertDocument',
      collectionName: 'catalog',
      data: ['{"item":"假货"}'],
    });
    expect(write.code).toBe('DATABASE_PERMISSION_DENIED');
  });

  test('PRIVATE: a client writes its own documents and reads only those', async () => {
    const added = await client(cloud, 'o-a', {
      action: 'database.insertDocument',
      collectionName: 'notes',
      data: ['{"text":"甲的笔记"}'],
    });
    expect(added.code).toBeUndefined();
    expect((await client(cloud, 'o-a', get('notes'))).data?.list).toHaveLength(1);
    expect((await client(cloud, 'o-b', get('notes'))).data?.list).toHaveLength(0);
    const removed = await client(cloud, 'o-b', {
      action: 'database.removeDocument',
      collectionName: 'notes',
      query: '{}',
      multi: true,
    });
    expect(removed.data).toEqual({ deleted: 0 });
    expect((await cloud.snapshot()).notes).toEqual([
      expect.objectContaining({ text: '甲的笔记', _openid: 'o-a' }),
    ]);
  });

  test('a request without the user’s openid is refused', async () => {
    const res = await fetch(`${cloud.url}/client/database`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(get('catalog')),
    });
    expect(await res.json()).toMatchObject({ code: 'INVALID_PARAM' });
  });
});

test('a rule other than ADMINONLY without a reason is refused at start', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'client-access-'));
  const file = join(dir, 'collections.json');
  writeFileSync(file, JSON.stringify({ collections: { c: { rule: 'READONLY', indexes: [] } } }));
  await expect(startLocalCloud({ memory: true, indexesFile: file, log: false })).rejects.toThrow(
    /needs a reason/,
  );
});
