import { z } from 'zod';
import { day, epochMs, text } from './common';

/** How deep a place goes: 省 → 市 → 县 → 乡镇 → 村. */
export const PLACE_LEVELS = ['province', 'city', 'county', 'town', 'village'] as const;
export type PlaceLevel = (typeof PLACE_LEVELS)[number];
export const PLACE_LEVEL_LABELS: Record<PlaceLevel, string> = {
  province: '省',
  city: '市',
  county: '县',
  town: '乡镇',
  village: '村',
};

/**
 * Where to look inside the caller's area (drill-down): each name narrows the one before it;
 * what the caller's area already fixes may be left out.
 */
export const placeInput = z
  .object({
    city: text('城市', 1, 20).optional(),
    county: text('区县', 1, 20).optional(),
    town: text('乡镇', 1, 20).optional(),
    village: text('村', 1, 20).optional(),
  })
  .strict();
export type PlaceInput = z.infer<typeof placeInput>;

/** 本周 / 本月 / 自选日期 (China days, both ends included). */
export const periodInput = z
  .object({
    period: z.enum(['week', 'month', 'custom'], {
      errorMap: () => ({ message: '请选择本周、本月或自选日期' }),
    }),
    from: day.optional(),
    to: day.optional(),
  })
  .strict()
  .refine((p) => p.period !== 'custom' || (p.from && p.to), {
    message: '自选日期请选好开始和结束的日子',
    path: ['from'],
  })
  .refine((p) => !p.from || !p.to || p.from <= p.to, {
    message: '开始日期不能晚于结束日期',
    path: ['from'],
  });

export const dashboardInput = z
  .object({
    period: periodInput.default({ period: 'week' }),
    place: placeInput.default({}),
  })
  .strict();

/** One number, with the words that say what it counts. */
export const statFigure = z.object({
  key: z.string(),
  label: z.string(),
  value: z.number().int(),
  unit: z.string(),
  words: z.string(),
});
export type StatFigure = z.infer<typeof statFigure>;

/** A table: one row per place, 工种 or destination; one column per figure. */
export const statTable = z.object({
  key: z.string(),
  title: z.string(),
  words: z.string(),
  columns: z.array(z.string()),
  rows: z.array(z.object({ label: z.string(), values: z.array(z.number().int()) })),
});
export type StatTable = z.infer<typeof statTable>;

/** Figures by week (each week starts on Monday), drawn as bars or lines. */
export const statTrend = z.object({
  key: z.string(),
  title: z.string(),
  words: z.string(),
  chart: z.enum(['bar', 'line']),
  /** The Monday of each week, oldest first. */
  weeks: z.array(z.string()),
  series: z.array(z.object({ key: z.string(), label: z.string(), values: z.array(z.number()) })),
});
export type StatTrend = z.infer<typeof statTrend>;

/** What one source of data (务工人员, 岗位, 报名, 招聘会 …) says for the place and period. */
export const statSource = z.object({
  key: z.string(),
  title: z.string(),
  figures: z.array(statFigure),
  tables: z.array(statTable),
  trends: z.array(statTrend),
});
export type StatSource = z.infer<typeof statSource>;

export const statPlace = z.object({
  /** 省, 市, 县, 乡镇, 村 names from the top down. */
  path: z.array(z.string()),
  name: z.string(),
  level: z.enum(PLACE_LEVELS),
  /** The caller may go back up to here (their own area). */
  rootDepth: z.number().int(),
});

export const statPeriod = z.object({ from: z.string(), to: z.string(), label: z.string() });

export const dashboardView = z.object({
  place: statPlace,
  period: statPeriod,
  /** The places one level down that have figures, to drill into. */
  children: z.array(z.string()),
  childLevel: z.enum(PLACE_LEVELS).nullable(),
  sources: z.array(statSource),
  generatedAt: epochMs,
});
export type DashboardView = z.infer<typeof dashboardView>;

export const weeklyReportView = z.object({
  title: z.string(),
  place: statPlace,
  period: statPeriod,
  /** The week's headline figures, a few per source. */
  figures: z.array(statFigure.extend({ source: z.string() })),
  trends: z.array(statTrend),
  generatedAt: epochMs,
});
export type WeeklyReportView = z.infer<typeof weeklyReportView>;
