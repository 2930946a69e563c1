import { buildSync } from 'esbuild';
import { fork, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

interface ResultMessage {
  type: 'result' | 'ready';
  id?: string;
  ok?: boolean;
  json?: string;
  error?: string;
}

let workerScript: string | undefined;

/**
 * The worker entry compiled to plain JS (children run it with plain node), cached in the temp dir
 * under a hash of its source; written to a unique name then renamed, so parallel servers can share it.
 */
function workerEntryFile(): string {
  if (workerScript) return workerScript;
  const source = join(__dirname, 'worker-entry.ts');
  const hash = createHash('sha1').update(readFileSync(source)).digest('hex').slice(0, 12);
  const out = join(tmpdir(), `local-cloud-worker-${hash}.js`);
  if (!existsSync(out)) {
    const built = buildSync({
      entryPoints: [source],
      write: false,
      platform: 'node',
      format: 'cjs',
      target: 'node18',
      logLevel: 'warning',
    });
    const tmp = `${out}.${process.pid}.tmp`;
    writeFileSync(tmp, built.outputFiles[0].contents);
    renameSync(tmp, out);
  }
  workerScript = out;
  return out;
}

/**
 * `LOCAL_CLOUD_CPU_PROF=<dir>`: every instance writes a V8 CPU profile there when it is stopped
 * (open it in Chrome DevTools or speedscope).
 */
const PROFILE_DIR = process.env.LOCAL_CLOUD_CPU_PROF;

export class InvocationTimeout extends Error {}

/** The event never reached the instance; nothing ran. */
export class HandOffError extends Error {}

/** One warm instance of a function: a child process that serves one invocation at a time. */
export class FunctionInstance {
  private readonly child: ChildProcess;
  private current?: { id: string; resolve: (m: ResultMessage) => void; reject: (e: Error) => void };
  private readonly ready: Promise<void>;
  dead = false;
  /** When it last finished an invocation. */
  idleSince = Date.now();

  constructor(
    readonly functionName: string,
    entry: string,
    env: Record<string, string>,
    log: (line: string) => void,
  ) {
    this.child = fork(workerEntryFile(), [entry], {
      env,
      execArgv: PROFILE_DIR ? ['--cpu-prof', '--cpu-prof-dir', PROFILE_DIR] : [],
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    for (const stream of [this.child.stdout, this.child.stderr]) {
      if (stream)
        createInterface({ input: stream }).on('line', (line) => log(`[${functionName}] ${line}`));
    }
    this.ready = new Promise((resolve, reject) => {
      this.child.once('message', () => resolve());
      this.child.once('error', reject);
    });
    this.child.on('message', (raw: unknown) => {
      const msg = raw as ResultMessage;
      if (msg.type === 'result' && this.current && msg.id === this.current.id) {
        const c = this.current;
        this.current = undefined;
        c.resolve(msg);
      }
    });
    this.child.on('exit', (code, signal) => {
      this.dead = true;
      this.current?.reject(new Error(`function instance exited (${signal ?? code})`));
      this.current = undefined;
    });
  }

  /**
   * Runs one invocation; on timeout the instance is killed, as SCF stops a timed-out instance.
   * An event that cannot be handed to the child (e.g. too deep to serialise) rejects with
   * `HandOffError` and leaves the instance as it was: idle, no timer running.
   */
  async invoke(
    msg: {
      id: string;
      entry: string;
      event: unknown;
      context: Record<string, unknown>;
      env: Record<string, string>;
    },
    timeoutMs: number,
  ): Promise<ResultMessage> {
    await this.ready;
    return new Promise<ResultMessage>((resolve, reject) => {
      try {
        this.child.send({ type: 'invoke', ...msg });
      } catch (err) {
        reject(new HandOffError(`the event could not be handed over: ${(err as Error).message}`));
        return;
      }
      const timer = setTimeout(() => {
        this.current = undefined;
        this.kill();
        reject(new InvocationTimeout(`Invoking task timed out after ${timeoutMs / 1000} seconds`));
      }, timeoutMs);
      this.current = {
        id: msg.id,
        resolve: (m) => {
          clearTimeout(timer);
          resolve(m);
        },
        reject: (e) => {
          clearTimeout(timer);
          reject(e);
        },
      };
    });
  }

  kill(): void {
    this.dead = true;
    if (this.child.exitCode === null && this.child.signalCode === null) {
      // A profiled instance exits on SIGTERM (see worker-entry) so that it can write its profile.
      this.child.kill(PROFILE_DIR ? 'SIGTERM' : 'SIGKILL');
    }
  }
}
