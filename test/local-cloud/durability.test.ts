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

/**
 * Runs the server under a holder process that prints the server's pid. Stopping the holder
 * (SIGSTOP) keeps it from reaping: a server killed then stays a zombie, the state that fooled a
 * pid check (`kill(pid, 0)` succeeds on a zombie).
 */
const HOLDER = `
const { spawn } = require('node:child_process');
const server = spawn(process.execPath, process.argv.slice(1), { stdio: ['ignore', 'inherit', 'inherit'] });
console.log('server pid ' + server.pid);
server.on('exit', () => process.exit(0));
`;

function startHeld(dataDir: string): Promise<{ holder: ChildProcess; pid: number; url: string }> {
  const holder = spawn(
    process.execPath,
    ['-e', HOLDER, '--', '--import', 'tsx', CLI, '--port', '0', '--data', dataDir, '--quiet'],
    { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stderr = '';
  holder.stderr?.on('data', (c: Buffer) => (stderr += c.toString()));
  return new Promise((resolveStart, reject) => {
    let pid = 0;
    createInterface({ input: holder.stdout as NodeJS.ReadableStream }).on('line', (line) => {
      const p = /^server pid (\d+)/.exec(line);
      if (p) pid = Number(p[1]);
      const m = /local-cloud ready at (http:\/\/127\.0\.0\.1:\d+)/.exec(line);
      if (m) resolveStart({ holder, pid, url: m[1] });
    });
    holder.once('exit', () => reject(new Error(`server exited before ready: ${stderr}`)));
  });
}

test('kill -9 and an immediate restart on the same data directory, 20 times in a row', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'local-cloud-restart-'));
  const stopped: ChildProcess[] = [];
  try {
    let server = await startHeld(dir);
    let db = sdkAt(server.url);
    await db.createCollection('restarts');
    await db.collection('restarts').add({ data: { _id: 'count', n: 0 } });
    for (let round = 1; round <= 20; round++) {
      await db
        .collection('restarts')
        .doc('count')
        .update({ data: { n: db.command.inc(1) } });
      // Freeze the holder, kill the server: a dead, unreaped server; start the next at once.
      server.holder.kill('SIGSTOP');
      process.kill(server.pid, 'SIGKILL');
      stopped.push(server.holder);
      server = await startHeld(dir);
      db = sdkAt(server.url);
      expect((await db.collection('restarts').doc('count').get()).data.n).toBe(round);
    }
    stopped.push(server.holder);
    process.kill(server.pid, 'SIGKILL');
  } finally {
    for (const h of stopped) {
      h.kill('SIGCONT');
      h.kill('SIGKILL');
    }
    rmSync(dir, { recursive: true, force: true });
  }
}, 180_000);
