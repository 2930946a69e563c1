/** The page size of fair lists and sign-up lists. */
export const PAGE_SIZE = 20;

/** Lists page by offset; the cursor is the offset of the next page as a string. */
export function offsetOf(cursor: string | undefined): number {
  const n = Number(cursor);
  return Number.isInteger(n) && n > 0 && n <= 100_000 ? n : 0;
}

/** Cuts a fetched `limit + 1` rows to a page and the cursor of the next one. */
export function pageOf<T>(
  rows: T[],
  offset: number,
  limit: number,
): { items: T[]; nextCursor: string | null } {
  return {
    items: rows.slice(0, limit),
    nextCursor: rows.length > limit ? String(offset + limit) : null,
  };
}

/** Reads every matching row, 1000 at a time (the SDK's most per request). */
export async function readAll<T>(
  fetch: (skip: number, limit: number) => Promise<T[]>,
  max = 50_000,
): Promise<T[]> {
  const out: T[] = [];
  for (let skip = 0; skip < max; skip += 1000) {
    const rows = await fetch(skip, 1000);
    out.push(...rows);
    if (rows.length < 1000) break;
  }
  return out;
}
