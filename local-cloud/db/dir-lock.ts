import { createHash } from 'node:crypto';
import { readFileSync, realpathSync, unlinkSync, writeFileSync } from 'node:fs';
import { connect, createServer, type Server } from 'node:net';
import { join } from 'node:path';

const PID_FILE = 'LOCK';

/** Directories this process holds (a second open here fails at once, without waiting). */
const heldHere = new Set<string>();

/**
 * A Linux abstract-namespace socket named after the directory: binding it is the lock, and the
 * kernel releases it the moment the holder exits — whether it stopped, crashed or was killed with
 * -9, reaped or not. Nothing is left on disk that a later start could mistake for a live holder.
 */
const lockAddress = (dir: string): string =>
  `\0local-cloud-lock-${createHash('sha256').update(dir).digest('hex').slice(0, 40)}`;

function bind(address: string): Promise<Server | NodeJS.ErrnoException> {
  return new Promise((resolve) => {
    const server = createServer((socket) => socket.destroy());
    server.once('error', (err: NodeJS.ErrnoException) => resolve(err));
    server.listen({ path: address, exclusive: true }, () => {
      server.unref();
      resolve(server);
    });
  });
}

function pidIn(dir: string): number | undefined {
  try {
    return Number(readFileSync(join(dir, PID_FILE), 'utf8').trim()) || undefined;
  } catch {
    return undefined;
  }
}

/** One local-cloud per data directory: a second one would interleave its appends with ours. */
export class DirLock {
  private constructor(
    readonly dir: string,
    private readonly server: Server,
  ) {}

  /**
   * Takes the directory's lock. A holder that was just killed may take a few milliseconds to
   * exit: a held lock is retried for `waitMs` before the start is refused.
   */
  static async acquire(dirPath: string, waitMs = 3000): Promise<DirLock> {
    const dir = realpathSync(dirPath);
    if (heldHere.has(dir)) {
      throw new Error(`local-cloud: ${dir} is in use by another local-cloud (this process)`);
    }
    const address = lockAddress(dir);
    const deadline = Date.now() + waitMs;
    for (;;) {
      const bound = await bind(address);
      if (!(bound instanceof Error)) {
        heldHere.add(dir);
        // For people and tools: who holds it (the lock itself is the socket).
        writeFileSync(join(dir, PID_FILE), String(process.pid));
        return new DirLock(dir, bound);
      }
      if (bound.code !== 'EADDRINUSE') throw bound;
      if (Date.now() >= deadline) {
        const pid = pidIn(dir);
        throw new Error(
          `local-cloud: ${dir} is in use by another local-cloud${pid ? ` (pid ${pid})` : ''}`,
        );
      }
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  release(): void {
    this.server.close();
    heldHere.delete(this.dir);
    try {
      unlinkSync(join(this.dir, PID_FILE));
    } catch {
      // already gone
    }
  }
}

/** The pid of a live local-cloud holding `dir`, if one does. */
export function lockHolder(dirPath: string): Promise<number | undefined> {
  let dir: string;
  try {
    dir = realpathSync(dirPath);
  } catch {
    return Promise.resolve(undefined); // no directory, no holder
  }
  return new Promise((resolve) => {
    const socket = connect({ path: lockAddress(dir) });
    socket.once('connect', () => {
      socket.destroy();
      resolve(pidIn(dir) ?? -1);
    });
    socket.once('error', () => resolve(undefined));
  });
}
