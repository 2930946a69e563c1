import {
  addDays,
  type StatFigure,
  type StatSource,
  type StatTable,
  type StatTrend,
} from '../../miniprogram/shared/index';
import type { Store } from '../db';
import type { Counts } from './counters';
import type { Period } from './period';
import type { Scope } from './scope';

/** What every source reads from: the place, the period, and the counters kept on write. */
export interface SourceInput {
  store: Store;
  now: number;
  scope: Scope;
  period: Period;
  /** Mondays of the trend, oldest first. */
  weeks: string[];
  counts: {
    /** Summed over the period. */
    period: Counts;
    /** Since the first write (kept in the day ALL). */
    allTime: Counts;
    /** One per week of the trend. */
    weekly: Counts[];
    /** Each place one level down, summed over the period. */
    children: Map<string, Counts>;
  };
  /** 乡镇, 村 … : what a child place is, for table headings. */
  childWord: string | null;
}

export interface SourceResult {
  /** The source's figures, tables and trends; the dashboard names it (key, title). */
  source: Omit<StatSource, 'key' | 'title'>;
  /** Places one level down that this source has records for (drill-down choices). */
  places?: string[];
}

/**
 * One source of figures (务工人员, 报名, 岗位, 招聘会; trips and the ledger add theirs): a module in
 * server/stats/sources/, listed once in server/stats/registry.ts.
 */
export interface StatSourceDef {
  key: string;
  title: string;
  /** How deep its records know a place: 3 = the county (posts), 5 = the village. */
  deepest: number;
  /** The figures the weekly report shows. */
  headline: readonly string[];
  read(input: SourceInput): Promise<SourceResult>;
}

export function figure(
  key: string,
  label: string,
  value: number,
  unit: string,
  words: string,
): StatFigure {
  return { key, label, value, unit, words };
}

/** A table with one row per place one level down, from the counters. */
export function childTable(
  input: SourceInput,
  key: string,
  title: string,
  words: string,
  columns: readonly [metric: string, label: string][],
): StatTable | null {
  if (!input.childWord || input.counts.children.size === 0) return null;
  const rows = [...input.counts.children]
    .map(([label, c]) => ({ label, values: columns.map(([m]) => c[m] ?? 0) }))
    .filter((r) => r.values.some((v) => v > 0))
    .sort((a, b) => b.values[0]! - a.values[0]! || a.label.localeCompare(b.label, 'zh'));
  if (rows.length === 0) return null;
  return {
    key,
    title,
    words,
    columns: [input.childWord, ...columns.map(([, l]) => l)],
    rows,
  };
}

/** A weekly trend of some counters. */
export function counterTrend(
  input: SourceInput,
  key: string,
  title: string,
  words: string,
  chart: StatTrend['chart'],
  series: readonly [metric: string, label: string][],
): StatTrend {
  return {
    key,
    title,
    words,
    chart,
    weeks: input.weeks,
    series: series.map(([m, label]) => ({
      key: m,
      label,
      values: input.counts.weekly.map((c) => c[m] ?? 0),
    })),
  };
}

export function compact<T>(list: (T | null)[]): T[] {
  return list.filter((x): x is T => x !== null);
}

/**
 * The table by place one level down (`<source>.byPlace`: its title and words) and the weekly bars
 * (`<source>.weekly`: its title), of the same counters (metric → label, in order).
 */
export function placesAndWeeks(
  input: SourceInput,
  source: string,
  counters: Record<string, string>,
  table: readonly [title: string, words: string],
  weekly: string,
): Pick<StatSource, 'tables' | 'trends'> {
  const series = Object.entries(counters);
  return {
    tables: compact([childTable(input, `${source}.byPlace`, ...table, series)]),
    trends: [counterTrend(input, `${source}.weekly`, weekly, '每根柱子是一周', 'bar', series)],
  };
}

/** The first day a source reads: the trend's first Monday, or the period's start if earlier. */
export function firstDayOf({ weeks, period }: SourceInput): string {
  return weeks[0]! < period.from ? weeks[0]! : period.from;
}

/** Which week of the trend a day falls in (-1: none). */
export function weekOf(weeks: readonly string[], day: string): number {
  return weeks.findIndex((w) => day >= w && day < addDays(w, 7));
}
