import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { Sdk } from './helpers';

const REPO = resolve(__dirname, '..', '..');
const CLI = join(REPO, 'local-cloud', 'cli.ts');

jest.setTimeout(60_000);

interface Server {
  child: ChildProcess;
  url: string;
}

/** Starts `npm run cloud`'s program (node + tsx in one process, so SIGKILL hits the server itself). */
function startServer(dataDir: string): Promise<Server> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', CLI, '--port', '0', '--data', dataDir, '--quiet'],
    {
      cwd: REPO,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr?.on('data', (c: Buffer) => (stderr += c.toString()));
  return new Promise((resolveStart, reject) => {
    createInterface({ input: child.stdout as NodeJS.ReadableStream }).on('line', (line) => {
      const m = /local-cloud ready at (http:\/\/127\.0\.0\.1:\d+)/.exec(line);
      if (m) resolveStart({ child, url: m[1] });
    });
    child.once('exit', (code) =>
      reject(new Error(`server exited (${code}) before ready: ${stderr}`)),
    );
  });
}

function kill9(server: Server): Promise<void> {
  return new Promise((r) => {
    server.child.once('exit', () => r());
    server.child.kill('SIGKILL');
  });
}

function sdkAt(url: string): Sdk {
  Object.assign(process.env, {
    TCB_CONTEXT_CNFG: JSON.stringify({ URL: `${url}/admin` }),
    TENCENTCLOUD_SECRETID: 'local',
    TENCENTCLOUD_SECRETKEY: 'local',
    TENCENTCLOUD: 'true',
    SILENCE: 'true',
    SCF_NAMESPACE: 'local',
  });
  let sdk: Sdk;
  jest.isolateModules(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    sdk = require('wx-server-sdk');
  });
  sdk.init({ env: 'local' });
  return sdk.database();
}

async function countIds(db: Sdk, ids: string[]): Promise<number> {
  let found = 0;
  for (let i = 0; i < ids.length; i += 500) {
    found += (
      await db
        .collection('stream')
        .where({ _id: db.command.in(ids.slice(i, i + 500)) })
        .count()
    ).total;
  }
  return found;
}

let dataDir: string;

beforeAll(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'local-cloud-durability-'));
});

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

test('every acknowledged write survives kill -9 during a stream of writes; a torn tail is dropped', async () => {
  let server = await startServer(dataDir);
  let db = sdkAt(server.url);
  await db.createCollection('stream');
  await db.collection('stream').add({ data: { _id: 'counter', n: 0 } });

  const acked: string[] = [];
  let ackedIncrements = 0;
  let running = true;
  const writer = async (w: number): Promise<void> => {
    for (let i = 0; running; i++) {
      try {
        if (i % 4 === 3) {
          await db
            .collection('stream')
            .doc('counter')
            .update({ data: { n: db.command.inc(1) } });
          ackedIncrements++;
        } else {
          const { _id } = await db
            .collection('stream')
            .add({ data: { w, i, text: '返乡务工登记' } });
          acked.push(_id);
        }
      } catch {
        return; // the server is gone
      }
    }
  };
  const writers = Array.from({ length: 8 }, (__, w) => writer(w));
  await new Promise((r) => setTimeout(r, 1500));
  await kill9(server);
  running = false;
  await Promise.all(writers);
  expect(acked.length).toBeGreaterThan(50);

  server = await startServer(dataDir);
  db = sdkAt(server.url);
  expect(await countIds(db, acked)).toBe(acked.length);
  expect((await db.collection('stream').doc('counter').get()).data.n).toBeGreaterThanOrEqual(
    ackedIncrements,
  );
  await kill9(server);

  // A write torn in the middle of its line.
  appendFileSync(
    join(dataDir, 'journal.jsonl'),
    '{"op":"put","c":"stream","d":"{\\"_id\\":\\"torn',
  );
  server = await startServer(dataDir);
  db = sdkAt(server.url);
  expect(await countIds(db, acked)).toBe(acked.length);
  const { _id } = await db.collection('stream').add({ data: { after: 'torn tail' } });
  await kill9(server);

  server = await startServer(dataDir);
  db = sdkAt(server.url);
  expect((await db.collection('stream').doc(_id).get()).data.after).toBe('torn tail');
  expect(await countIds(db, acked)).toBe(acked.length);
  await kill9(server);
});
