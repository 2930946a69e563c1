/**
 * local-cloud benchmark: on 100k documents, ops/s and p50/p95 latency of doc get, an indexed query,
 * insert and a conditional update, through the real wx-server-sdk over HTTP and on the engine
 * directly; and the floor: the same SDK calls against a server that only reads each request and
 * answers a canned reply (same process layout), so local-cloud / floor is what local-cloud's own
 * HTTP, parsing, engine and EJSON work add to a call.
 */
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Database } from '../local-cloud/db/database';
import { startLocalCloud } from '../local-cloud/index';

const DOCS = 100_000;
const SDK_OPS = 1000;
/** local-cloud and floor runs alternate this many times (the machine's load drifts between them). */
const ROUNDS = 5;
const ENGINE_OPS = 5000;
const COUNTIES = ['浦北县', '资中县', '慈利县', '婺城区', '金东区'];

interface Figure {
  ops: number;
  opsPerSec: number;
  p50: number;
  p95: number;
}

async function measure(n: number, op: (i: number) => Promise<unknown> | unknown): Promise<Figure> {
  const lat: number[] = new Array(n);
  const start = process.hrtime.bigint();
  for (let i = 0; i < n; i++) {
    const t = process.hrtime.bigint();
    await op(i);
    lat[i] = Number(process.hrtime.bigint() - t) / 1e6;
  }
  const total = Number(process.hrtime.bigint() - start) / 1e9;
  lat.sort((a, b) => a - b);
  return {
    ops: n,
    opsPerSec: n / total,
    p50: lat[Math.floor(n * 0.5)],
    p95: lat[Math.floor(n * 0.95)],
  };
}

function job(i: number): Record<string, unknown> {
  return {
    code: `J${i}`,
    county: COUNTIES[i % COUNTIES.length],
    employerId: `e${i % 2000}`,
    title: `岗位${i}`,
    pay: 3000 + (i % 60) * 100,
    taken: 0,
    cap: 1_000_000,
  };
}

/** The SDK side of the benchmark, run with `node -e` in a child process; prints JSON figures. */
const SDK_CLIENT = `
const fs = require('node:fs');
const sdk = require(process.env.BENCH_SDK);
const ids = JSON.parse(fs.readFileSync(process.env.BENCH_IDS, 'utf8'));
const N = Number(process.env.BENCH_OPS);
const DOCS = Number(process.env.BENCH_DOCS);
sdk.init({ env: process.env.SCF_NAMESPACE });
const db = sdk.database();
const _ = db.command;
const pick = (i) => ids[(i * 7919) % ids.length];
const COUNTIES = ${JSON.stringify(COUNTIES)};
const job = ${job.toString()};
async function measure(n, op) {
  const lat = new Array(n);
  const start = process.hrtime.bigint();
  for (let i = 0; i < n; i++) {
    const t = process.hrtime.bigint();
    await op(i);
    lat[i] = Number(process.hrtime.bigint() - t) / 1e6;
  }
  const total = Number(process.hrtime.bigint() - start) / 1e9;
  lat.sort((a, b) => a - b);
  return { ops: n, opsPerSec: n / total, p50: lat[Math.floor(n * 0.5)], p95: lat[Math.floor(n * 0.95)] };
}
(async () => {
  await db.collection('jobs').doc(pick(0)).get();
  const out = {
    'doc get': await measure(N, (i) => db.collection('jobs').doc(pick(i)).get()),
    'indexed query (employerId, limit 20)': await measure(N, (i) =>
      db.collection('jobs').where({ employerId: 'e' + (i % 2000) }).limit(20).get()),
    insert: await measure(N, (i) => db.collection('jobs').add({ data: job(Number(process.env.BENCH_FIRST_NEW) + i) })),
    'conditional update (_id, taken < cap, inc)': await measure(N, (i) =>
      db.collection('jobs').where({ _id: pick(i), taken: _.lt(1000000) }).update({ data: { taken: _.inc(1) } })),
  };
  process.stdout.write(JSON.stringify(out));
})().catch((err) => { console.error(err); process.exit(1); });
`;

/** Runs the SDK side; its inserts use codes from `firstNew` on (each run its own, unique). */
function sdkClient(
  env: Record<string, string>,
  idsFile: string,
  firstNew: number,
): Promise<Record<string, Figure>> {
  return new Promise((resolveRun, reject) => {
    const child = spawn(process.execPath, ['-e', SDK_CLIENT], {
      env: {
        ...process.env,
        ...env,
        BENCH_SDK: createRequire(__filename).resolve('wx-server-sdk'),
        BENCH_IDS: idsFile,
        BENCH_OPS: String(SDK_OPS / ROUNDS),
        BENCH_DOCS: String(DOCS),
        BENCH_FIRST_NEW: String(firstNew),
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0
        ? resolveRun(JSON.parse(out) as Record<string, Figure>)
        : reject(new Error(`sdk client exited ${code}`)),
    );
  });
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

/** Per operation, the median of each figure over the rounds. */
function medianFigures(rounds: Record<string, Figure>[]): Record<string, Figure> {
  return Object.fromEntries(
    Object.keys(rounds[0]).map((name) => {
      const of = (k: keyof Figure): number => median(rounds.map((r) => r[name][k]));
      return [name, { ops: of('ops'), opsPerSec: of('opsPerSec'), p50: of('p50'), p95: of('p95') }];
    }),
  );
}

/**
 * The floor: an HTTP server that reads each request body whole and answers, for each kind of
 * request, the bytes local-cloud answered the first time it saw that kind (same action and
 * limit), with no parsing, engine or EJSON work of its own.
 */
async function cannedServer(realAdminUrl: string): Promise<{ url: string; server: Server }> {
  const replies = new Map<string, string>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const text = body.toString();
      const kind = `${/"action":"([^"]+)"/.exec(text)?.[1]}:${/"limit":(\d+)/.exec(text)?.[1]}`;
      const answer = (reply: string): void => {
        res.writeHead(200, {
          'content-type': 'application/json; charset=utf-8',
          'content-length': Buffer.byteLength(reply),
        });
        res.end(reply);
      };
      const known = replies.get(kind);
      if (known) {
        answer(known);
        return;
      }
      void fetch(realAdminUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      })
        .then((r) => r.text())
        .then((reply) => {
          replies.set(kind, reply);
          answer(reply);
        });
    });
  });
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

/** With BENCH_PROFILE=<file>, a CPU profile of this process while the SDK calls local-cloud. */
async function profiled<T>(work: () => Promise<T>): Promise<T> {
  const file = process.env.BENCH_PROFILE;
  if (!file) return work();
  const { Session } = await import('node:inspector/promises');
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  try {
    return await work();
  } finally {
    const { profile } = await session.post('Profiler.stop');
    writeFileSync(file, JSON.stringify(profile));
    session.disconnect();
    console.log(`local-cloud bench: CPU profile of the SDK phase in ${file}`);
  }
}

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'local-cloud-bench-'));
  const indexesFile = join(dir, 'indexes.json');
  writeFileSync(
    indexesFile,
    JSON.stringify({
      collections: {
        jobs: [
          { name: 'code_unique', unique: true, keys: [{ name: 'code', direction: '1' }] },
          { name: 'employer', keys: [{ name: 'employerId', direction: '1' }] },
        ],
      },
    }),
  );
  const cloud = await startLocalCloud({
    memory: true,
    indexesFile,
    strictIndexes: true,
  });
  const engine = cloud.database;
  const seedStart = Date.now();
  const ids: string[] = [];
  for (let i = 0; i < DOCS; i += 1000) {
    const batch = Array.from({ length: 1000 }, (__, k) => job(i + k));
    ids.push(...((await engine.insert('jobs', batch)) as string[]));
  }
  console.log(`local-cloud bench: seeded ${DOCS} documents in ${Date.now() - seedStart} ms`);

  const pick = (i: number): string => ids[(i * 7919) % ids.length];
  // The SDK runs in its own process, as it does in a function instance: its garbage collections
  // and the server's (100k documents on the heap) do not land on each other's timings.
  const idsFile = join(dir, 'ids.json');
  writeFileSync(idsFile, JSON.stringify(ids));
  const canned = await cannedServer(`${cloud.url}/admin`);
  const floorEnv = {
    ...cloud.sdkEnv(),
    TCB_CONTEXT_CNFG: JSON.stringify({ URL: `${canned.url}/admin` }),
  };
  const sdkRounds: Record<string, Figure>[] = [];
  const floorRounds: Record<string, Figure>[] = [];
  let firstNew = DOCS;
  for (let round = 0; round < ROUNDS; round++) {
    sdkRounds.push(await profiled(() => sdkClient(cloud.sdkEnv(), idsFile, firstNew)));
    firstNew += SDK_OPS;
    floorRounds.push(await sdkClient(floorEnv, idsFile, firstNew));
    firstNew += SDK_OPS;
  }
  const sdkFigures = medianFigures(sdkRounds);
  const floorFigures = medianFigures(floorRounds);
  const ratios = Object.fromEntries(
    Object.keys(sdkFigures).map((name) => [
      name,
      median(sdkRounds.map((r, i) => r[name].p50 / floorRounds[i][name].p50)),
    ]),
  );
  await new Promise<void>((r) => canned.server.close(() => r()));

  const engineFigures: Record<string, Figure> = {
    'doc get': await measure(ENGINE_OPS, (i) =>
      engine.find({ collection: 'jobs', filter: { _id: pick(i) }, limit: 1 }),
    ),
    'indexed query (employerId, limit 20)': await measure(ENGINE_OPS, (i) =>
      engine.find({ collection: 'jobs', filter: { employerId: `e${i % 2000}` }, limit: 20 }),
    ),
    insert: await measure(ENGINE_OPS, (i) => engine.insert('jobs', [job(2 * DOCS + i)])),
    'conditional update (_id, taken < cap, inc)': await measure(ENGINE_OPS, (i) =>
      engine.update({
        collection: 'jobs',
        filter: { _id: pick(i), taken: { $lt: 1_000_000 } },
        data: { $inc: { taken: 1 } },
        multi: false,
        merge: true,
        upsert: false,
      }),
    ),
  };
  await cloud.stop();

  // Durable inserts: the journal acknowledges only after fdatasync (group commit).
  const journaled = await Database.open({ dataDir: join(dir, 'data'), indexes: { jobs: [] } });
  const durable = await measure(500, (i) => journaled.insert('jobs', [job(i)]));
  const concurrentStart = Date.now();
  await Promise.all(
    Array.from({ length: 2000 }, (__, i) => journaled.insert('jobs', [job(10_000 + i)])),
  );
  const concurrentRate = 2000 / ((Date.now() - concurrentStart) / 1000);
  await journaled.close();
  rmSync(dir, { recursive: true, force: true });

  const f = (n: number, d = 0): string => n.toFixed(d);
  const rows = Object.keys(sdkFigures).map((name) => {
    const s = sdkFigures[name];
    const e = engineFigures[name];
    const floor = floorFigures[name];
    return {
      operation: name,
      'sdk ops/s': f(s.opsPerSec),
      'sdk p50 ms': f(s.p50, 3),
      'sdk p95 ms': f(s.p95, 3),
      'floor p50 ms': f(floor.p50, 3),
      'local-cloud/floor': `${f(ratios[name], 2)}x`,
      'engine p50 ms': f(e.p50, 3),
      'engine/sdk': `${f(e.opsPerSec / s.opsPerSec, 1)}x`,
    };
  });
  console.log(
    `local-cloud on ${DOCS} documents (sequential calls; sdk = real wx-server-sdk over HTTP, in memory; floor = the same SDK calls against a canned-reply server; ${ROUNDS} alternating rounds of ${SDK_OPS / ROUNDS} calls each, medians; local-cloud/floor is the median of the rounds' p50 ratios)`,
  );
  console.log(
    `machine: ${cpus().length} cores, load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} (figures are noisy under load)`,
  );
  console.table(rows);
  console.log(
    `journaled insert (fsync per acknowledged write): sequential ${f(durable.opsPerSec)} ops/s, p50 ${f(durable.p50, 3)} ms, p95 ${f(durable.p95, 3)} ms; 2000 concurrent ${f(concurrentRate)} ops/s (group commit)`,
  );
}
