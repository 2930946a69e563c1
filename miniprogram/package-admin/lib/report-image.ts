import type { WeeklyReportView } from '../../shared/models/stats';
import { drawToImage } from '../../services/poster';
import { drawChart, type Paint } from './chart-draw';
import { layoutChart, textWidth, weekLabel } from './chart-layout';

/** The image is W px wide: crisp on a phone, small enough to send. */
export const W = 750;
const PAD = 32;
const FIG_H = 170;
const CHART_H = 320;
const TREND_H = CHART_H + 90;
const HEAD_H = 150;
const FOOT_H = 70;

/** Lines of at most `width` px (Chinese has no spaces to break on), at most `max` lines. */
export function wrap(text: string, width: number, fontPx: number, max = 2): string[] {
  const out: string[] = [];
  let line = '';
  for (const ch of text) {
    if (line && textWidth(line + ch, fontPx) > width) {
      out.push(line);
      line = '';
    }
    line += ch;
  }
  if (line) out.push(line);
  if (out.length > max) {
    out.length = max;
    out[max - 1] = `${out[max - 1]!.slice(0, -1)}…`;
  }
  return out;
}

/** The image's height for a report: heading, figures two to a row, one chart per trend. */
export function reportHeight(r: WeeklyReportView): number {
  return HEAD_H + Math.ceil(r.figures.length / 2) * FIG_H + r.trends.length * TREND_H + FOOT_H;
}

/** Draws the whole weekly report (white page, figures, charts) onto a W-wide canvas context. */
export function drawReport(ctx: Paint, r: WeeklyReportView, madeOn: string): void {
  const H = reportHeight(r);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, W, H);
  ctx.fillStyle = '#0052d9';
  ctx.fillRect(0, 0, W, 16);
  ctx.textAlign = 'left';
  ctx.textBaseline = 'top';
  ctx.fillStyle = '#111827';
  ctx.font = 'bold 44px sans-serif';
  ctx.fillText(wrap(r.title, W - 2 * PAD, 44, 1)[0] ?? '', PAD, 44);
  ctx.fillStyle = '#4b5563';
  ctx.font = '28px sans-serif';
  ctx.fillText(`${r.period.label}（数字算到 ${r.period.to}）`, PAD, 102);

  const colW = (W - 2 * PAD - 20) / 2;
  r.figures.forEach((f, i) => {
    const x = PAD + (i % 2) * (colW + 20);
    const y = HEAD_H + Math.floor(i / 2) * FIG_H;
    ctx.fillStyle = '#ecf2fe';
    ctx.fillRect(x, y, colW, FIG_H - 16);
    ctx.textAlign = 'left';
    ctx.fillStyle = '#0052d9';
    ctx.font = 'bold 52px sans-serif';
    const value = String(f.value);
    ctx.fillText(value, x + 16, y + 12);
    ctx.fillStyle = '#374151';
    ctx.font = '26px sans-serif';
    ctx.fillText(f.unit, x + 24 + textWidth(value, 52) * 1.05, y + 34);
    ctx.fillStyle = '#111827';
    ctx.font = 'bold 28px sans-serif';
    ctx.fillText(wrap(`${f.source} · ${f.label}`, colW - 32, 28, 1)[0] ?? '', x + 16, y + 72);
    ctx.fillStyle = '#4b5563';
    ctx.font = '22px sans-serif';
    wrap(f.words, colW - 32, 22, 1).forEach((l) => ctx.fillText(l, x + 16, y + 112));
  });

  let y = HEAD_H + Math.ceil(r.figures.length / 2) * FIG_H + 10;
  for (const t of r.trends) {
    ctx.textAlign = 'left';
    ctx.textBaseline = 'top';
    ctx.fillStyle = '#111827';
    ctx.font = 'bold 32px sans-serif';
    ctx.fillText(t.title, PAD, y);
    ctx.fillStyle = '#4b5563';
    ctx.font = '22px sans-serif';
    ctx.fillText(t.words, PAD + textWidth(t.title, 32) + 16, y + 8);
    const layout = layoutChart({
      kind: t.chart,
      labels: t.weeks.map(weekLabel),
      series: t.series,
      width: W - 2 * PAD,
      height: CHART_H,
      fontPx: 24,
    });
    drawChart(ctx, layout, PAD, y + 52);
    y += TREND_H;
  }
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  ctx.fillStyle = '#9ca3af';
  ctx.font = '22px sans-serif';
  ctx.fillText(`乡聘 · ${madeOn} 生成`, W / 2, H - FOOT_H + 20);
}

/**
 * The report as a PNG in a temp file, drawn on an offscreen 2D canvas; undefined where the canvas
 * is not available (the page then shows the figures and charts alone).
 */
export function composeReport(r: WeeklyReportView, madeOn: string): Promise<string | undefined> {
  return drawToImage<Paint>(W, reportHeight(r), (ctx) => drawReport(ctx, r, madeOn));
}
