import { drawChart, type Paint } from '../../lib/chart-draw';
import { colorOf, layoutChart, weekLabel } from '../../lib/chart-layout';
import type { ChartTableRow, XpChartProps } from './types';

/** The canvas is CANVAS_REM tall; labels are LABEL_REM, so both grow with 大字模式. */
const CANVAS_REM = 12;
const LABEL_REM = 0.875;

let seq = 0;

/**
 * A weekly trend drawn on a 2D canvas (bars or lines, large labels), with the same figures as a
 * small table under it for whoever cannot read the picture.
 */
Component({
  properties: {
    trend: { type: Object, value: null as XpChartProps['trend'] },
  },
  data: {
    cid: '',
    legend: [] as { label: string; color: string }[],
    rows: [] as ChartTableRow[],
    empty: true,
  },
  observers: {
    trend() {
      this.update();
    },
  },
  lifetimes: {
    attached() {
      this.setData({ cid: `xp-chart-${++seq}` });
      this.update();
    },
    ready() {
      this.draw();
    },
  },
  methods: {
    update() {
      const t = this.data.trend as XpChartProps['trend'];
      if (!t) return;
      this.setData({
        legend: t.series.map((s, i) => ({ label: s.label, color: colorOf(i) })),
        rows: t.weeks.map((w, i) => ({
          week: `${weekLabel(w)}起`,
          values: t.series.map((s) => Math.round(s.values[i] ?? 0)),
        })),
        empty: t.series.every((s) => s.values.every((v) => !v)),
      });
      if (this.data.cid) this.draw();
    },

    draw() {
      const t = this.data.trend as XpChartProps['trend'];
      if (!t || !this.data.cid) return;
      try {
        this.createSelectorQuery()
          .select(`#${this.data.cid}`)
          .fields({ node: true, size: true })
          .exec(
            (
              res: ({ node?: WechatMiniprogram.Canvas; width?: number; height?: number } | null)[],
            ) => {
              const r = res[0];
              const canvas = r?.node;
              if (!canvas || !r.width || !r.height) return;
              const dpr = wx.getWindowInfo().pixelRatio || 1;
              canvas.width = Math.round(r.width * dpr);
              canvas.height = Math.round(r.height * dpr);
              const ctx = canvas.getContext('2d') as Paint & {
                scale(x: number, y: number): void;
                clearRect(x: number, y: number, w: number, h: number): void;
              };
              ctx.scale(dpr, dpr);
              ctx.clearRect(0, 0, r.width, r.height);
              const layout = layoutChart({
                kind: t.chart,
                labels: t.weeks.map(weekLabel),
                series: t.series,
                width: r.width,
                height: r.height,
                fontPx: (r.height / CANVAS_REM) * LABEL_REM,
              });
              // The legend is drawn as text above the canvas, where it wraps like any text.
              drawChart(ctx, { ...layout, legend: [] });
            },
          );
      } catch {
        // No canvas here (tests, old clients): the table below carries the figures.
      }
    },
  },
});
