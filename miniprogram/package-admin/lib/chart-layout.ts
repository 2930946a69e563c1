/**
 * The layout math of <xp-chart> and the weekly report image: legend, axes with round ticks,
 * bar and line positions and which week labels fit. Pure numbers in, shapes out (canvas pixels),
 * so it is tested without a canvas.
 */

export type ChartKind = 'bar' | 'line';

export interface ChartSeries {
  label: string;
  values: number[];
}

export interface ChartInput {
  kind: ChartKind;
  /** One label per point on the x axis (weeks, oldest first). */
  labels: string[];
  series: ChartSeries[];
  /** The drawing area in canvas pixels. */
  width: number;
  height: number;
  /** Size of every label in canvas pixels (the page's rem size, so 大字模式 enlarges it). */
  fontPx: number;
}

export interface Text {
  text: string;
  x: number;
  y: number;
}

export interface ChartLayout {
  fontPx: number;
  plot: { left: number; top: number; right: number; bottom: number };
  legend: (Text & { color: string; box: number })[];
  /** Horizontal grid lines with their value at the left. */
  yTicks: (Text & { lineY: number })[];
  /** Week labels under the axis; those that do not fit are left out. */
  xLabels: Text[];
  bars: { x: number; y: number; w: number; h: number; color: string }[];
  lines: { color: string; points: { x: number; y: number }[] }[];
}

/** Colours of the series, in order (the app's blue, orange, green, purple). */
export const SERIES_COLORS = ['#0052d9', '#d35a00', '#1f8a4c', '#7a45c4'] as const;

export const colorOf = (i: number): string => SERIES_COLORS[i % SERIES_COLORS.length]!;

/** Rough width of a text: a Chinese character is one font size wide, a digit or letter 0.6. */
export function textWidth(text: string, fontPx: number): number {
  let w = 0;
  for (const ch of text) w += ch.charCodeAt(0) > 0xff ? 1 : 0.6;
  return w * fontPx;
}

/**
 * Round tick values from 0 to at least `max` (steps of 1, 2 or 5 × 10ⁿ, whole numbers), at most
 * `maxTicks` intervals. An empty chart still gets 0 and 1.
 */
export function niceTicks(max: number, maxTicks = 4): number[] {
  const top = Math.max(1, Math.ceil(max));
  const raw = top / Math.max(1, maxTicks);
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = Math.max(1, [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag);
  const ticks: number[] = [];
  for (let v = 0; v < top + step; v += step) {
    ticks.push(v);
    if (v >= top) break;
  }
  return ticks;
}

/** A tick value as people write it: 12000 → 1.2万. */
export function tickText(v: number): string {
  if (v >= 10000) return `${Math.round(v / 1000) / 10}万`;
  return String(v);
}

/** A week's Monday 'YYYY-MM-DD' as 月/日 ('2026-11-30' → '11/30'). */
export function weekLabel(monday: string): string {
  const [, m, d] = monday.split('-');
  return `${Number(m)}/${Number(d)}`;
}

/** Every how many labels one is shown so that none overlaps its neighbour. */
export function labelStride(labels: string[], slot: number, fontPx: number): number {
  const widest = Math.max(0, ...labels.map((l) => textWidth(l, fontPx)));
  const need = widest + fontPx * 0.5;
  return Math.max(1, Math.ceil(need / Math.max(1, slot)));
}

/** Legend items left to right, wrapping to a new row when the width runs out. */
function legendOf(series: ChartSeries[], width: number, fontPx: number): ChartLayout['legend'] {
  const box = Math.round(fontPx * 0.8);
  const gap = fontPx * 0.4;
  const rowH = fontPx * 1.4;
  const out: ChartLayout['legend'] = [];
  let x = 0;
  let row = 0;
  series.forEach((s, i) => {
    const w = box + gap + textWidth(s.label, fontPx);
    if (x > 0 && x + w > width) {
      x = 0;
      row++;
    }
    out.push({ text: s.label, x, y: row * rowH, color: colorOf(i), box });
    x += w + fontPx;
  });
  return out;
}

/** Where everything of a chart goes. */
export function layoutChart(input: ChartInput): ChartLayout {
  const { kind, labels, series, width, height, fontPx } = input;
  const legend = legendOf(series, width, fontPx);
  const legendRows = legend.length
    ? Math.round(legend[legend.length - 1]!.y / (fontPx * 1.4)) + 1
    : 0;
  const top = legendRows * fontPx * 1.4 + fontPx * 0.6;
  const bottom = height - fontPx * 1.6;
  const plotH = Math.max(1, bottom - top);
  const rows = Math.max(2, Math.min(5, Math.floor(plotH / (fontPx * 1.8))));
  const max = Math.max(0, ...series.flatMap((s) => s.values));
  const ticks = niceTicks(max, rows);
  const topValue = ticks[ticks.length - 1]!;
  const left = Math.max(...ticks.map((t) => textWidth(tickText(t), fontPx))) + fontPx * 0.5;
  const right = width - fontPx * 0.3;
  const plot = { left, top, right, bottom };
  const yOf = (v: number): number => bottom - (v / topValue) * plotH;
  const n = Math.max(1, labels.length);
  const slot = (right - left) / n;
  const xOf = (i: number): number => left + slot * (i + 0.5);

  const yTicks = ticks.map((t) => ({
    text: tickText(t),
    x: left - fontPx * 0.3,
    y: yOf(t),
    lineY: yOf(t),
  }));
  const stride = labelStride(labels, slot, fontPx);
  // The newest week is always labelled: count the stride back from the last one.
  const xLabels = labels
    .map((text, i) => ({ text, x: xOf(i), y: bottom + fontPx * 0.3 }))
    .filter((_l, i) => (labels.length - 1 - i) % stride === 0);

  const bars: ChartLayout['bars'] = [];
  const lines: ChartLayout['lines'] = [];
  if (kind === 'bar') {
    const group = slot * 0.7;
    const w = Math.max(1, group / Math.max(1, series.length));
    series.forEach((s, si) =>
      s.values.forEach((v, i) => {
        const y = yOf(v);
        bars.push({
          x: xOf(i) - group / 2 + si * w,
          y,
          w: Math.max(1, w - 1),
          h: bottom - y,
          color: colorOf(si),
        });
      }),
    );
  } else {
    series.forEach((s, si) =>
      lines.push({
        color: colorOf(si),
        points: s.values.map((v, i) => ({ x: xOf(i), y: yOf(v) })),
      }),
    );
  }
  return { fontPx, plot, legend, yTicks, xLabels, bars, lines };
}
