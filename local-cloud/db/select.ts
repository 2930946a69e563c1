import type { Doc } from './ejson';
import { newQuery } from './mingo-engine';

export interface SelectOptions {
  order?: Record<string, 1 | -1>;
  offset?: number;
  limit?: number;
  projection?: Record<string, unknown>;
}

/** Sort, skip, limit and projection of already matched documents, through mingo. */
export function select(docs: Doc[], opts: SelectOptions): Doc[] {
  const projection =
    opts.projection && Object.keys(opts.projection).length ? opts.projection : undefined;
  const ordered = opts.order && Object.keys(opts.order).length;
  if (!projection && !ordered)
    return docs.slice(opts.offset ?? 0, (opts.offset ?? 0) + (opts.limit ?? docs.length));
  let cursor = newQuery({}).find(docs, projection as never);
  if (opts.order && Object.keys(opts.order).length) cursor = cursor.sort(opts.order);
  if (opts.offset) cursor = cursor.skip(opts.offset);
  if (opts.limit !== undefined) cursor = cursor.limit(opts.limit);
  return cursor.all() as Doc[];
}
