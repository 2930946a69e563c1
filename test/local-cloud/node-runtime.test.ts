import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  esbuildTarget,
  LOCAL_NODE_MAJOR,
  nodeMajorOf,
} from '../../local-cloud/runtime/node-runtime';
import { FIXTURES, startFixtureCloud } from './helpers';

/** The fixture cloudbaserc.json with `probe` declared for `runtime`. */
function rcWith(runtime: string): string {
  const rc = JSON.parse(readFileSync(join(FIXTURES, 'cloudbaserc.json'), 'utf8')) as {
    functions: { name: string; runtime?: string }[];
  };
  for (const f of rc.functions) if (f.name === 'probe') f.runtime = runtime;
  const file = join(mkdtempSync(join(tmpdir(), 'node-runtime-')), 'cloudbaserc.json');
  writeFileSync(file, JSON.stringify(rc));
  return file;
}

test('runtime names map to Node majors and esbuild targets', () => {
  expect(nodeMajorOf('Nodejs20.19')).toBe(20);
  expect(nodeMajorOf('Nodejs24.11')).toBe(24);
  expect(nodeMajorOf('Python3.9')).toBeUndefined();
  expect(esbuildTarget('Nodejs20.19')).toBe('node20');
  expect(esbuildTarget(undefined)).toBe(`node${LOCAL_NODE_MAJOR}`);
});

test('a function declared for another Node major is refused, with what to do', async () => {
  const other = LOCAL_NODE_MAJOR === 18 ? 'Nodejs20.19' : 'Nodejs18.15';
  const cloud = await startFixtureCloud({ cloudbasercFile: rcWith(other) });
  try {
    await expect(
      cloud.callFunction('probe', { action: 'env' }, { openid: 'o-1' }),
    ).rejects.toMatchObject({
      errCode: -504002,
      errMsg: expect.stringContaining(`runs on ${other} on CloudBase but local-cloud runs Node`),
    });
  } finally {
    await cloud.stop();
  }
});

test('a function declared for this Node major runs', async () => {
  const cloud = await startFixtureCloud({ cloudbasercFile: rcWith(`Nodejs${LOCAL_NODE_MAJOR}.1`) });
  try {
    await expect(
      cloud.callFunction('probe', { action: 'env' }, { openid: 'o-1' }),
    ).resolves.toBeDefined();
  } finally {
    await cloud.stop();
  }
});
