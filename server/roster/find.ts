import type { Ctx } from '../context';
import { normalName } from './person';

/**
 * The filter that finds people at the door by what they say: four digits are the phone's last
 * four, anything else a name or its start (width-folded, without spaces or dots).
 */
export function personQuery(ctx: Ctx, q: string): Record<string, unknown> {
  if (/^\d{4}$/.test(q)) return { phoneTail: q };
  return { nameKey: ctx.store.pattern(normalName(q), 'q', { prefix: true }) };
}
