import {
  addDays,
  PLACE_LEVEL_LABELS,
  PLACE_LEVELS,
  type DashboardView,
  type StatTable,
  type StatTrend,
} from '../../miniprogram/shared/index';
import type { Store } from '../db';
import { ALL, type Counts, readChildren, readDays, sumDays, weekDays } from './counters';
import { trendWeeks, type Period } from './period';
import { SOURCES } from './registry';
import { levelOf, type Scope } from './scope';
import type { SourceInput } from './source';

/** The dashboard of a place and period: every source that knows places this deep. */
export async function buildDashboard(
  store: Store,
  now: number,
  scope: Scope,
  period: Period,
): Promise<DashboardView> {
  const weeks = trendWeeks(period.to);
  const trendDays = weeks.flatMap(weekDays);
  const ownDays = [...new Set([...period.days, ...trendDays, ALL])];
  const depth = scope.path.length;
  const childLevel = depth < PLACE_LEVELS.length ? PLACE_LEVELS[depth]! : null;
  const [own, children] = await Promise.all([
    readDays(store, scope.path, ownDays),
    childLevel
      ? readChildren(store, scope.path, period.days)
      : Promise.resolve(new Map<string, Counts>()),
  ]);
  const input: SourceInput = {
    store,
    now,
    scope,
    period,
    weeks,
    counts: {
      period: sumDays(own, period.days),
      allTime: own.get(ALL) ?? {},
      weekly: weeks.map((w) => sumDays(own, weekDays(w))),
      children,
    },
    childWord: childLevel ? PLACE_LEVEL_LABELS[childLevel] : null,
  };
  const shown = SOURCES.filter((s) => s.deepest >= depth);
  const results = await Promise.all(shown.map((s) => s.read(input)));
  const places = new Set<string>();
  for (const [name, c] of children)
    if (Object.values(c as Record<string, number>).some((n) => n > 0)) places.add(name);
  for (const r of results) r.places?.forEach((p) => places.add(p));
  return {
    place: {
      path: [...scope.path],
      name: scope.path[depth - 1] ?? '',
      level: levelOf(scope.path),
      rootDepth: scope.rootDepth,
    },
    period: { from: period.from, to: period.to, label: period.label },
    children: [...places].sort((a, b) => a.localeCompare(b, 'zh')),
    childLevel,
    sources: results.map((r, i) => ({ key: shown[i]!.key, title: shown[i]!.title, ...r.source })),
    generatedAt: now,
  };
}

/** A trend as a table: one row per week. */
export function trendTable(trend: StatTrend): StatTable {
  return {
    key: trend.key,
    title: trend.title,
    words: trend.words,
    columns: ['周', ...trend.series.map((s) => s.label)],
    rows: trend.weeks.map((w, i) => ({
      label: `${w}至${addDays(w, 6)}`,
      values: trend.series.map((s) => Math.round(s.values[i] ?? 0)),
    })),
  };
}

/** The tables of a dashboard (its trends as tables too), by key. */
export function tablesOf(view: DashboardView): Map<string, StatTable> {
  const out = new Map<string, StatTable>();
  for (const s of view.sources) {
    out.set(`${s.key}.figures`, {
      key: `${s.key}.figures`,
      title: `${s.title}总数`,
      words: s.figures.map((f) => `${f.label}：${f.words}`).join('；'),
      columns: ['项目', '数量'],
      rows: s.figures.map((f) => ({ label: `${f.label}（${f.unit}）`, values: [f.value] })),
    });
    for (const t of s.tables) out.set(t.key, t);
    for (const t of s.trends) out.set(t.key, trendTable(t));
  }
  return out;
}
