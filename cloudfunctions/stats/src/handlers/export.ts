import { DomainError } from '../../../../miniprogram/shared/index';
import { toCsv } from '../../../../server/csv';
import { buildDashboard, tablesOf } from '../../../../server/stats/dashboard';
import { periodOf } from '../../../../server/stats/period';
import { scopeOf } from '../../../../server/stats/scope';
import type { Handler } from '../../../../server/router';

/** One table of the dashboard as CSV (Excel opens it): the same figures the page shows. */
export const exportTable: Handler<'stats.export'> = async ({ period, place, table }, ctx) => {
  const p = periodOf(period, ctx.now);
  const view = await buildDashboard(ctx.store, ctx.now, scopeOf(ctx, place), p);
  const found = tablesOf(view).get(table);
  if (!found) {
    throw new DomainError('NOT_FOUND', '这张表格这段时间没有数据，请换个日期或地区再导出');
  }
  const csv = toCsv(
    found.columns,
    found.rows.map((r) => [r.label, ...r.values.map(String)]),
  );
  return {
    fileName: `${view.place.name}-${found.title}-${p.from}至${p.to}.csv`,
    csv,
    rows: found.rows.length,
  };
};
