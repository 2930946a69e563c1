import { buildDashboard } from '../../../../server/stats/dashboard';
import { periodOf } from '../../../../server/stats/period';
import { scopeOf } from '../../../../server/stats/scope';
import type { Handler } from '../../../../server/router';

/** 数据看板: the caller's area (or a town or village in it) for 本周, 本月 or chosen days. */
export const dashboard: Handler<'stats.dashboard'> = async ({ period, place }, ctx) =>
  buildDashboard(ctx.store, ctx.now, scopeOf(ctx, place), periodOf(period, ctx.now));
