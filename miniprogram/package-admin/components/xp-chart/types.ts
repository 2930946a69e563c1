import type { StatTrend } from '../../../shared/models/stats';

/** Props of <xp-chart>: one weekly trend of the dashboard, drawn as bars or lines. */
export interface XpChartProps {
  trend: StatTrend | null;
}

/** A row of the table under the chart: the week and one figure per series. */
export interface ChartTableRow {
  week: string;
  values: number[];
}
