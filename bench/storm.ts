/**
 * Storm benchmark: 300 workers sign up for one fair's 3 slots of 30 at the same moment, through
 * local-cloud's development gateway (HTTP, as a client would), first on a fresh server (the
 * function's instances start during the storm) then with warm instances; then 1 000 concurrent
 * job searches. Prints wall time, p50/p95 per call, the CPU each side used, and checks exactness
 * (exactly 90 seats taken).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { phoneOf, startWorld } from '../test/fixtures/backend/fairs-world';

interface StormFigures {
  wallMs: number;
  p50: number;
  p95: number;
}

async function storm(
  calls: (() => Promise<unknown>)[],
): Promise<{ figures: StormFigures; results: unknown[] }> {
  const lat: number[] = [];
  const started = process.hrtime.bigint();
  const results = await Promise.all(
    calls.map(async (call) => {
      const t = process.hrtime.bigint();
      const r = await call();
      lat.push(Number(process.hrtime.bigint() - t) / 1e6);
      return r;
    }),
  );
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  lat.sort((a, b) => a - b);
  return {
    figures: {
      wallMs,
      p50: lat[Math.floor(lat.length * 0.5)],
      p95: lat[Math.floor(lat.length * 0.95)],
    },
    results,
  };
}

type Session = import('node:inspector/promises').Session;

const TICK_MS = 10; // Linux USER_HZ 100

/** CPU milliseconds of this process and of its live children (function instances), from /proc. */
function cpuTimes(): { self: number; children: number } {
  const usage = process.cpuUsage();
  let children = 0;
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[1]) !== process.pid) continue; // ppid
      children += (Number(fields[11]) + Number(fields[12])) * TICK_MS; // utime + stime
    } catch {
      // gone
    }
  }
  return { self: (usage.user + usage.system) / 1000, children };
}

/** With BENCH_PROFILE=<file>, a CPU profile of local-cloud's process during the sign-up storm. */
async function startProfile(): Promise<Session | undefined> {
  if (!process.env.BENCH_PROFILE) return undefined;
  const { Session } = await import('node:inspector/promises');
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  return session;
}

async function stopProfile(session: Session | undefined): Promise<void> {
  if (!session) return;
  const { profile } = await session.post('Profiler.stop');
  writeFileSync(process.env.BENCH_PROFILE as string, JSON.stringify(profile));
  session.disconnect();
}

export async function run(): Promise<void> {
  const w = await startWorld({ employer: true });
  try {
    const gateway = async (fn: string, openid: string, data: unknown): Promise<unknown> => {
      const res = await fetch(`${w.b.cloud.url}/functions/${fn}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-wx-openid': openid },
        body: JSON.stringify({ data }),
      });
      return ((await res.json()) as { result?: unknown }).result;
    };
    const cold = await w.fair();
    const warm = await w.fair({ title: '第二场院坝招聘会' });
    const workers = Array.from({ length: 300 }, (_, i) => `o-storm-${i}`);
    for (let i = 0; i < workers.length; i += 20) {
      await Promise.all(workers.slice(i, i + 20).map((o) => w.b.ok(o, 'account.login', {})));
    }
    const slots = ['s1', 's2', 's3'];
    const signUpStorm = (fairId: string, tag: string) =>
      storm(
        workers.map(
          (o, i) => () =>
            gateway('fairs', o, {
              action: 'fair.signUp',
              input: { fairId, slotId: slots[i % 3], name: `工友${i}`, phone: phoneOf(i) },
              requestId: `${tag}-${i}`,
            }),
        ),
      );
    const seats = (results: unknown[]): number =>
      results.filter((r) => (r as { ok?: boolean })?.ok).length;
    // A fresh server: the fairs function's instances start during the storm, as after npm start.
    const coldRun = await signUpStorm(cold.fairId, 'cold');
    const session = await startProfile();
    const cpuBefore = cpuTimes();
    const signUps = await signUpStorm(warm.fairId, 'warm');
    const cpuAfter = cpuTimes();
    await stopProfile(session);
    await gateway('jobs', 'o-search-0', { action: 'job.search', input: { limit: 20 } });
    const searches = await storm(
      Array.from(
        { length: 1000 },
        (_, i) => () =>
          gateway('jobs', `o-search-${i % 50}`, { action: 'job.search', input: { limit: 20 } }),
      ),
    );
    const f = (n: number): string => n.toFixed(0);
    console.log(
      `machine: ${cpus().length} cores, load average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')} (figures are noisy under load)`,
    );
    const line = (what: string, run: typeof signUps): void => {
      const ok = seats(run.results);
      console.log(
        `300 concurrent fair.signUp on 3×30 seats (HTTP gateway, ${what}): wall ${f(run.figures.wallMs)} ms, p50 ${f(run.figures.p50)} ms, p95 ${f(run.figures.p95)} ms; ${ok} seats taken${ok === 90 ? ' (exact)' : ' (EXPECTED 90)'}`,
      );
    };
    line('cold: instances start during the storm', coldRun);
    line('warm instances', signUps);
    console.log(
      `  CPU during the warm storm: local-cloud ${f(cpuAfter.self - cpuBefore.self)} ms, function instances ${f(cpuAfter.children - cpuBefore.children)} ms (user+system)`,
    );
    console.log(
      `1000 concurrent job.search (HTTP gateway): wall ${f(searches.figures.wallMs)} ms, p50 ${f(searches.figures.p50)} ms, p95 ${f(searches.figures.p95)} ms`,
    );
  } finally {
    await w.b.stop();
  }
}
