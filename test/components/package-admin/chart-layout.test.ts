import {
  labelStride,
  layoutChart,
  niceTicks,
  textWidth,
  tickText,
  weekLabel,
} from '../../../miniprogram/package-admin/lib/chart-layout';
import { wrap } from '../../../miniprogram/package-admin/lib/report-image';

const WEEKS = ['10/13', '10/20', '10/27', '11/3', '11/10', '11/17', '11/24', '12/1'];

describe('niceTicks', () => {
  it.each([
    [0, 4, [0, 1]],
    [3, 4, [0, 1, 2, 3]],
    [7, 4, [0, 2, 4, 6, 8]],
    [38, 4, [0, 10, 20, 30, 40]],
    [1234, 4, [0, 500, 1000, 1500]],
  ])('a top value of %p with %p rows gives round steps %p', (max, rows, ticks) => {
    expect(niceTicks(max, rows)).toEqual(ticks);
  });

  it('always reaches the largest value, in whole numbers', () => {
    for (const max of [1, 9, 11, 99, 101, 4999, 123457]) {
      const t = niceTicks(max, 4);
      expect(t[t.length - 1]).toBeGreaterThanOrEqual(max);
      expect(t.every(Number.isInteger)).toBe(true);
      expect(t.length).toBeLessThanOrEqual(6);
    }
  });
});

test('labels read the way people write them', () => {
  expect(weekLabel('2026-11-30')).toBe('11/30');
  expect(weekLabel('2026-03-02')).toBe('3/2');
  expect(tickText(800)).toBe('800');
  expect(tickText(25000)).toBe('2.5万');
});

test('Chinese counts as wide as the font, digits narrower', () => {
  expect(textWidth('报名', 20)).toBe(40);
  expect(textWidth('11/3', 20)).toBeCloseTo(48);
});

test('week labels thin out when the slots are too narrow, the newest always kept', () => {
  expect(labelStride(WEEKS, 60, 14)).toBe(1);
  expect(labelStride(WEEKS, 30, 14)).toBe(2);
  expect(labelStride(WEEKS, 20, 14)).toBe(3);
  const narrow = layoutChart({
    kind: 'bar',
    labels: WEEKS,
    series: [{ label: '报名', values: [1, 2, 3, 4, 5, 6, 7, 8] }],
    width: 200,
    height: 200,
    fontPx: 18,
  });
  expect(narrow.xLabels.length).toBeLessThan(WEEKS.length);
  expect(narrow.xLabels[narrow.xLabels.length - 1]!.text).toBe('12/1');
  const wide = layoutChart({
    kind: 'bar',
    labels: WEEKS,
    series: [{ label: '报名', values: [1, 2, 3, 4, 5, 6, 7, 8] }],
    width: 700,
    height: 200,
    fontPx: 14,
  });
  expect(wide.xLabels.map((l) => l.text)).toEqual(WEEKS);
});

describe('bars', () => {
  const layout = layoutChart({
    kind: 'bar',
    labels: WEEKS,
    series: [
      { label: '报名', values: [0, 4, 8, 2, 0, 6, 10, 3] },
      { label: '录用', values: [0, 1, 2, 1, 0, 2, 5, 1] },
    ],
    width: 340,
    height: 190,
    fontPx: 14,
  });

  it('one bar per week and series, side by side inside the plot', () => {
    expect(layout.bars).toHaveLength(16);
    for (const b of layout.bars) {
      expect(b.x).toBeGreaterThanOrEqual(layout.plot.left);
      expect(b.x + b.w).toBeLessThanOrEqual(layout.plot.right);
      expect(b.y + b.h).toBeCloseTo(layout.plot.bottom);
    }
    // Week 2: 报名 left of 录用, not overlapping.
    const [a, h] = [layout.bars[1]!, layout.bars[9]!];
    expect(h.x).toBeGreaterThanOrEqual(a.x + a.w);
    expect(a.color).not.toBe(h.color);
  });

  it('the highest bar reaches the top tick, bar heights proportional to the figures', () => {
    const top = layout.yTicks[layout.yTicks.length - 1]!;
    expect(top.text).toBe('10');
    expect(layout.bars[6]!.y).toBeCloseTo(top.lineY);
    expect(layout.bars[2]!.h * 10).toBeCloseTo(layout.bars[6]!.h * 8);
    expect(layout.bars[0]!.h).toBe(0);
  });

  it('the y labels fit left of the plot and the x labels under it', () => {
    for (const t of layout.yTicks) expect(t.x - textWidth(t.text, 14)).toBeGreaterThanOrEqual(0);
    for (const x of layout.xLabels) expect(x.y + 14).toBeLessThanOrEqual(190);
  });
});

test('lines: one point per week on the slot centres, the same x for every series', () => {
  const layout = layoutChart({
    kind: 'line',
    labels: WEEKS,
    series: [
      { label: '新注册', values: [3, 5, 2, 8, 4, 6, 9, 7] },
      { label: '活跃', values: [1, 2, 2, 3, 1, 4, 5, 2] },
    ],
    width: 340,
    height: 190,
    fontPx: 14,
  });
  expect(layout.bars).toHaveLength(0);
  expect(layout.lines).toHaveLength(2);
  expect(layout.lines[0]!.points.map((p) => p.x)).toEqual(layout.lines[1]!.points.map((p) => p.x));
  const xs = layout.lines[0]!.points.map((p) => p.x);
  for (const l of layout.xLabels) expect(xs).toContain(l.x);
  const ys = layout.lines[0]!.points.map((p) => p.y);
  expect(ys[6]).toBeLessThan(ys[2]!); // 9 is drawn higher than 2
});

test('大字模式: a larger font keeps every label inside the canvas and leaves a smaller plot', () => {
  const input = {
    kind: 'bar' as const,
    labels: WEEKS,
    series: [{ label: '招聘会场次', values: [1, 0, 2, 3, 1, 0, 4, 2] }],
    width: 330,
    height: 250,
  };
  const normal = layoutChart({ ...input, fontPx: 14 });
  const large = layoutChart({ ...input, fontPx: 18 });
  expect(large.plot.bottom - large.plot.top).toBeLessThan(normal.plot.bottom - normal.plot.top);
  for (const l of [normal, large]) {
    for (const x of l.xLabels) {
      expect(x.x - textWidth(x.text, l.fontPx) / 2).toBeGreaterThanOrEqual(0);
      expect(x.x + textWidth(x.text, l.fontPx) / 2).toBeLessThanOrEqual(330);
    }
  }
});

test('a legend too wide for one row wraps to the next', () => {
  const layout = layoutChart({
    kind: 'line',
    labels: WEEKS,
    series: ['招聘会场次', '现场报名人数', '现场签到人数', '达成意向人数'].map((label) => ({
      label,
      values: [0, 0, 0, 0, 0, 0, 0, 0],
    })),
    width: 300,
    height: 240,
    fontPx: 16,
  });
  expect(new Set(layout.legend.map((l) => l.y)).size).toBeGreaterThan(1);
  for (const l of layout.legend)
    expect(l.x + l.box + textWidth(l.text, 16)).toBeLessThanOrEqual(310);
  expect(layout.yTicks.map((t) => t.text)).toEqual(['0', '1']);
});

test('long words on the report image wrap and end with … when cut', () => {
  expect(wrap('家在这里的人报名岗位的次数', 100, 20)).toEqual(['家在这里的', '人报名岗…']);
  expect(wrap('报名', 100, 20)).toEqual(['报名']);
});
