import type { ChartLayout } from './chart-layout';

/** What drawing a chart needs of a 2D canvas context (typed loosely in miniprogram-api-typings). */
export interface Paint {
  fillStyle: string;
  strokeStyle: string;
  lineWidth: number;
  font: string;
  textAlign: string;
  textBaseline: string;
  fillRect(x: number, y: number, w: number, h: number): void;
  fillText(t: string, x: number, y: number): void;
  beginPath(): void;
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  arc(x: number, y: number, r: number, a0: number, a1: number): void;
  stroke(): void;
  fill(): void;
}

const AXIS = '#9ca3af';
const GRID = '#e5e7eb';
const TEXT = '#374151';

/** Draws a laid-out chart with its top-left corner at (ox, oy). */
export function drawChart(ctx: Paint, l: ChartLayout, ox = 0, oy = 0): void {
  const f = l.fontPx;
  ctx.font = `${Math.round(f)}px sans-serif`;
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'left';
  for (const item of l.legend) {
    ctx.fillStyle = item.color;
    ctx.fillRect(ox + item.x, oy + item.y + (f * 1.2 - item.box) / 2, item.box, item.box);
    ctx.fillStyle = TEXT;
    ctx.fillText(item.text, ox + item.x + item.box + f * 0.4, oy + item.y + f * 0.6);
  }
  ctx.lineWidth = 1;
  ctx.textAlign = 'right';
  for (const t of l.yTicks) {
    ctx.strokeStyle = t.lineY === l.plot.bottom ? AXIS : GRID;
    ctx.beginPath();
    ctx.moveTo(ox + l.plot.left, oy + t.lineY);
    ctx.lineTo(ox + l.plot.right, oy + t.lineY);
    ctx.stroke();
    ctx.fillStyle = TEXT;
    ctx.fillText(t.text, ox + t.x, oy + t.y);
  }
  for (const b of l.bars) {
    ctx.fillStyle = b.color;
    ctx.fillRect(ox + b.x, oy + b.y, b.w, b.h);
  }
  ctx.lineWidth = Math.max(2, f * 0.15);
  for (const line of l.lines) {
    ctx.strokeStyle = line.color;
    ctx.fillStyle = line.color;
    ctx.beginPath();
    line.points.forEach((p, i) =>
      i ? ctx.lineTo(ox + p.x, oy + p.y) : ctx.moveTo(ox + p.x, oy + p.y),
    );
    ctx.stroke();
    for (const p of line.points) {
      ctx.beginPath();
      ctx.arc(ox + p.x, oy + p.y, Math.max(3, f * 0.22), 0, Math.PI * 2);
      ctx.fill();
    }
  }
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  ctx.fillStyle = TEXT;
  for (const x of l.xLabels) ctx.fillText(x.text, ox + x.x, oy + x.y);
}
