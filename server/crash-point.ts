import { existsSync, readFileSync } from 'node:fs';

/**
 * Test-only: the function instance dies on the spot (like `kill -9`) when the file named by
 * `XP_CRASH_FILE` lists this point, so a test can stop an operation between two writes.
 * CloudBase never sets the variable: then this is one property read.
 */
export function crashPoint(name: string): void {
  const file = process.env.XP_CRASH_FILE;
  if (!file || !existsSync(file)) return;
  if (readFileSync(file, 'utf8').split(/\s+/).includes(name)) process.kill(process.pid, 'SIGKILL');
}
