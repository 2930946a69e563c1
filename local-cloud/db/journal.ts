import {
  closeSync,
  existsSync,
  fsyncSync,
  ftruncateSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  writeSync,
} from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { DirLock } from './dir-lock';
import { toWireString, type Doc } from './ejson';

/** One journal record as read back; `batch` holds the writes of one committed transaction. */
export type JournalRecord =
  | { op: 'collection'; c: string }
  | { op: 'put'; c: string; d: string }
  | { op: 'delete'; c: string; id: string }
  | { op: 'batch'; ops: JournalRecord[] };

/** A record to write: a put names the stored document, whose kept reply text is its `d`. */
export type JournalWrite =
  | { op: 'collection'; c: string }
  | { op: 'put'; c: string; doc: Doc }
  | { op: 'delete'; c: string; id: string }
  | { op: 'batch'; ops: JournalWrite[] };

/**
 * The JSON line of a record, as `JSON.stringify` writes the record read back: a put's `d` is
 * the document's EJSON as a JSON string, which is the text the document keeps for replies.
 */
export function journalLine(w: JournalWrite): string {
  switch (w.op) {
    case 'put':
      return `{"op":"put","c":${JSON.stringify(w.c)},"d":${toWireString(w.doc)}}`;
    case 'batch':
      return `{"op":"batch","ops":[${w.ops.map(journalLine).join(',')}]}`;
    default:
      return JSON.stringify(w);
  }
}

const FILE = 'journal.jsonl';

/**
 * Append-only journal with group commit: records queued in the same turn are written together and
 * acknowledged only after `fdatasync`. Each line is self-checking JSON; a torn last line is dropped.
 */
export class Journal {
  private handle?: FileHandle;
  private pending: { line: string; done: (err?: Error) => void }[] = [];
  private flushing = false;
  private rewriting = false;
  private records = 0;

  private constructor(
    readonly dir: string,
    private readonly lock: DirLock,
  ) {}

  /** Reads every intact record, cutting a torn tail, then opens the file for appending. */
  static async open(
    dir: string,
  ): Promise<{ journal: Journal; records: JournalRecord[]; torn: boolean }> {
    dir = resolve(dir);
    mkdirSync(dir, { recursive: true });
    const lock = await DirLock.acquire(dir);
    try {
      return await Journal.load(dir, lock);
    } catch (err) {
      lock.release();
      throw err;
    }
  }

  private static async load(
    dir: string,
    lock: DirLock,
  ): Promise<{ journal: Journal; records: JournalRecord[]; torn: boolean }> {
    const journal = new Journal(dir, lock);
    const file = join(dir, FILE);
    const records: JournalRecord[] = [];
    let torn = false;
    if (existsSync(file)) {
      const bytes = readFileSync(file);
      let good = 0;
      while (good < bytes.length) {
        const end = bytes.indexOf(0x0a, good);
        if (end < 0) {
          torn = true;
          break;
        }
        try {
          records.push(JSON.parse(bytes.toString('utf8', good, end)) as JournalRecord);
        } catch {
          torn = true;
          break;
        }
        good = end + 1;
      }
      if (torn) {
        // Keep only the intact prefix so that later appends start on a clean line.
        const fd = openSync(file, 'r+');
        ftruncateSync(fd, good);
        fsyncSync(fd);
        closeSync(fd);
      }
    }
    journal.records = records.length;
    journal.handle = await open(file, 'a');
    return { journal, records, torn };
  }

  get size(): number {
    return this.records;
  }

  /** Queues a record; resolves once it is on disk. */
  append(record: JournalWrite): Promise<void> {
    const line = `${journalLine(record)}\n`;
    return new Promise((resolve, reject) => {
      this.pending.push({ line, done: (err) => (err ? reject(err) : resolve()) });
      if (!this.flushing && !this.rewriting) setImmediate(() => void this.flush());
    });
  }

  private async flush(): Promise<void> {
    if (this.flushing || this.rewriting || !this.handle) return;
    this.flushing = true;
    while (this.pending.length) {
      const group = this.pending;
      this.pending = [];
      try {
        await this.handle.write(group.map((p) => p.line).join(''));
        await this.handle.datasync();
        this.records += group.length;
        group.forEach((p) => p.done());
      } catch (err) {
        group.forEach((p) => p.done(err as Error));
      }
    }
    this.flushing = false;
  }

  /**
   * Replaces the journal by `records`, an image of the state taken synchronously before the call.
   * Records queued meanwhile are written after the image; replaying them again is harmless (puts
   * carry whole documents, deletes are by key), so nothing acknowledged is lost.
   */
  async rewrite(records: JournalWrite[]): Promise<void> {
    this.rewriting = true;
    try {
      while (this.flushing) await new Promise((r) => setTimeout(r, 1));
      await this.handle?.close();
      const file = join(this.dir, FILE);
      const tmp = `${file}.tmp`;
      const fd = openSync(tmp, 'w');
      for (let i = 0; i < records.length; i += 1000) {
        writeSync(
          fd,
          `${records
            .slice(i, i + 1000)
            .map(journalLine)
            .join('\n')}\n`,
        );
      }
      fsyncSync(fd);
      closeSync(fd);
      renameSync(tmp, file);
      const dirFd = openSync(this.dir, 'r');
      fsyncSync(dirFd);
      closeSync(dirFd);
      this.records = records.length;
      this.handle = await open(file, 'a');
    } finally {
      this.rewriting = false;
    }
    if (this.pending.length) await this.flush();
  }

  private async drain(): Promise<void> {
    while (this.flushing || this.rewriting || this.pending.length) {
      if (!this.flushing && !this.rewriting) await this.flush();
      else await new Promise((r) => setTimeout(r, 1));
    }
  }

  async close(): Promise<void> {
    await this.drain();
    await this.handle?.close();
    this.handle = undefined;
    this.lock.release();
  }
}
