import type { Ctx, Services, SubscribeMessage } from '../context';
import type { Roster } from './entry';

/** What sending notices needs of a call: the notify service and the log (a Ctx, or housekeeping). */
export interface Notifier {
  services: Pick<Services, 'notify'>;
  log: Ctx['log'];
}

/** Runs `task` over `items` with at most `limit` in flight; returns the results in order. */
export async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T) => Promise<R>,
): Promise<R[]> {
  const out: R[] = new Array<R>(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await task(items[i] as T);
    }
  });
  await Promise.all(workers);
  return out;
}

/**
 * Sends one notice to each account (each once, whatever its number of entries), eight at a time;
 * a failed send is logged, not thrown. Returns how many were delivered.
 */
export async function notifyEach(
  ctx: Notifier,
  openids: readonly (string | undefined)[],
  message: (openid: string) => SubscribeMessage,
): Promise<number> {
  const unique = [...new Set(openids.filter((o): o is string => !!o))];
  const sent = await mapLimit(unique, 8, async (openid) => {
    const m = message(openid);
    try {
      return await ctx.services.notify(m);
    } catch (err) {
      ctx.log(`${m.template} notice failed`, { error: String((err as Error)?.message ?? err) });
      return false;
    }
  });
  return sent.filter(Boolean).length;
}

/** A new day deserves a new day-before reminder: the roster's reminded entries are reminded again. */
export async function remindAgain(ctx: Ctx, roster: Roster): Promise<void> {
  const _ = ctx.store.command;
  await ctx.store.update(
    roster.entries,
    {
      [roster.ownerField]: roster.ownerId,
      status: roster.status.active,
      remindedAt: _.exists(true),
    },
    { remindedAt: _.remove() },
  );
}
