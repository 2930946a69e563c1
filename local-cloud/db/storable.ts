import { CloudError } from './cloud-error';
import type { Doc } from './ejson';

const isPlain = (v: unknown): v is Doc =>
  typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype;

/** The first field (with its path) whose name starts with `$`, at any depth. */
function dollarField(value: unknown, path: string): { key: string; path: string } | undefined {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = dollarField(value[i], `${path}.${i}`);
      if (found) return found;
    }
    return undefined;
  }
  if (!isPlain(value)) return undefined;
  for (const [k, v] of Object.entries(value)) {
    const here = path ? `${path}.${k}` : k;
    if (k.startsWith('$')) return { key: k, path: here };
    const found = dollarField(v, here);
    if (found) return found;
  }
  return undefined;
}

/** An inserted document may not name a field `$…` (MongoDB 4.x, which CloudBase runs). */
export function checkStorableInsert(doc: Doc): void {
  const found = dollarField(doc, '');
  if (!found) return;
  throw new CloudError(
    'DATABASE_REQUEST_FAILED',
    found.path === found.key
      ? `Document can't have $ prefixed field names: ${found.key}`
      : `The dollar ($) prefixed field '${found.key}' in '${found.path}' is not valid for storage.`,
  );
}

/** A document an update produced may not hold a `$…` field either. */
export function checkStorableUpdate(doc: Doc): void {
  const found = dollarField(doc, '');
  if (!found) return;
  throw new CloudError(
    'DATABASE_REQUEST_FAILED',
    `The dollar ($) prefixed field '${found.key}' in '${found.path}' is not valid for storage.`,
  );
}
