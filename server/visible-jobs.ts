import { chinaDay } from '../miniprogram/shared/index';
import type { Ctx } from './context';

/** Published and within 有效期 (a China day, inclusive): what workers may see and apply to. */
export function visible(ctx: Ctx): Record<string, unknown> {
  return { status: 'published', validUntil: ctx.store.command.gte(chinaDay(ctx.now)) };
}
