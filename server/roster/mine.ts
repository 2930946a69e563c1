import type { CollectionName } from '../collections';
import type { Ctx } from '../context';
import { offsetOf, offsetPageOf, PAGE_SIZE } from '../cursor';
import type { RosterEntryDoc } from './entry';

/** One page of the caller's own entries of a roster collection (sign-ups, bookings), newest first. */
export async function myEntries<D extends RosterEntryDoc>(
  ctx: Ctx,
  entries: CollectionName,
  cursor: string | undefined,
) {
  const offset = offsetOf(cursor);
  const rows = await ctx.store.find<D>(
    entries,
    { workerOpenid: ctx.openid },
    { orderBy: [['createdAt', 'desc']], skip: offset, limit: PAGE_SIZE + 1 },
  );
  return offsetPageOf(rows, offset, PAGE_SIZE);
}
