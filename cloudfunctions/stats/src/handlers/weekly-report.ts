import { chinaDay } from '../../../../miniprogram/shared/index';
import { buildDashboard } from '../../../../server/stats/dashboard';
import { mondayOf, periodOf } from '../../../../server/stats/period';
import { SOURCES } from '../../../../server/stats/registry';
import { scopeOf } from '../../../../server/stats/scope';
import { addDays } from '../../../../miniprogram/shared/index';
import type { Handler } from '../../../../server/router';

/** 周报: one week's headline figures and trends, for the page that draws it as an image. */
export const weeklyReport: Handler<'stats.weeklyReport'> = async ({ week, place }, ctx) => {
  const monday = mondayOf(week ?? chinaDay(ctx.now));
  const period = periodOf({ period: 'custom', from: monday, to: addDays(monday, 6) }, ctx.now);
  const view = await buildDashboard(ctx.store, ctx.now, scopeOf(ctx, place), period);
  const figures = view.sources.flatMap((s) => {
    const def = SOURCES.find((d) => d.key === s.key);
    return s.figures
      .filter((f) => def?.headline.includes(f.key))
      .map((f) => ({ ...f, source: s.title }));
  });
  return {
    title: `${view.place.name}就业服务周报`,
    place: view.place,
    period: { ...view.period, label: `${period.from}至${addDays(monday, 6)}` },
    figures,
    trends: view.sources.flatMap((s) => s.trends.slice(0, 1)),
    generatedAt: ctx.now,
  };
};
