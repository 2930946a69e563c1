import { randomBytes } from 'node:crypto';

let idPool = Buffer.alloc(0);
let idPos = 0;

/** CloudBase-style document ids: 32 hex characters. */
export function newId(): string {
  if (idPos + 16 > idPool.length) {
    idPool = randomBytes(16 * 4096);
    idPos = 0;
  }
  idPos += 16;
  return idPool.toString('hex', idPos - 16, idPos);
}
