import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../../scripts/app-roots';
import { COLLECTIONS } from '../../server/collections';
import { startBackend, type Backend } from '../fixtures/backend/harness';

/** The deployer's declaration file: every collection's rule and indexes. */
const declared = JSON.parse(
  readFileSync(join(REPO_ROOT, 'database', 'collections.json'), 'utf8'),
) as { collections: Record<string, { rule: string; reason?: string }> };

let backend: Backend;
beforeAll(async () => {
  backend = await startBackend();
  for (const name of Object.values(COLLECTIONS)) {
    await backend.cloud.database.insert(name, [{ phone: '13800001111', name: '张三' }]);
  }
});
afterAll(() => backend.stop());

test('every collection the code uses is declared, and only through functions: ADMINONLY', () => {
  expect(Object.keys(declared.collections).sort()).toEqual(Object.values(COLLECTIONS).sort());
  for (const [name, c] of Object.entries(declared.collections)) {
    expect([name, c.rule]).toEqual([name, 'ADMINONLY']);
  }
});

describe.each(Object.values(COLLECTIONS))(
  'a mini-program client on its own (wx.cloud.database()) and %s',
  (name) => {
    const send = async (body: Record<string, unknown>): Promise<{ code?: string }> => {
      const res = await fetch(`${backend.cloud.url}/client/database`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-wx-openid': 'o-curious-user' },
        body: JSON.stringify({ collectionName: name, ...body }),
      });
      return (await res.json()) as { code?: string };
    };

    test('cannot read, count, insert, change or delete anything', async () => {
      const before = await backend.snapshot();
      const answers = [
        await send({ action: 'database.getDocument', queryType: 'WHERE', query: '{}' }),
        await send({ action: 'database.calculateDocument', query: '{}' }),
        await send({ action: 'database.insertDocument', data: ['{"fake":true}'] }),
        await send({
          action: 'database.modifyDocument',
          query: '{}',
          multi: true,
          data: '{"$set":{"phone":"x"}}',
        }),
        await send({ action: 'database.removeDocument', query: '{}', multi: true }),
      ];
      expect(answers.map((a) => a.code)).toEqual(
        Array(answers.length).fill('DATABASE_PERMISSION_DENIED'),
      );
      expect(await backend.snapshot()).toEqual(before);
    });
  },
);
