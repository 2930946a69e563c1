import { z } from 'zod';
import type { Contract } from './contract';
import { auditEntry } from './models/audit';
import { cursor, day, page } from './models/common';
import { seenBy } from './models/privacy';
import { dashboardInput, dashboardView, placeInput, weeklyReportView } from './models/stats';

/** The county's picture (数据看板) and the audit log, for admins of the area and cadres of the town. */
export const statsContracts = {
  /** Figures of every source for a place and period, with weekly trends and tables. */
  'stats.dashboard': { fn: 'stats', kind: 'read', input: dashboardInput, output: dashboardView },
  /** One table of the dashboard (or a trend, as a table) as CSV for Excel. */
  'stats.export': {
    fn: 'stats',
    kind: 'read',
    input: dashboardInput.extend({
      table: z.string().regex(/^[A-Za-z0-9_.]{1,60}$/, '请选择要导出的表格'),
    }),
    // Counts by place, no person in it; still the area's own figures, for its admins and cadres.
    output: z.object({
      fileName: z.string(),
      csv: seenBy(['areaAdmin', 'areaCadre'], z.string()),
      rows: z.number().int(),
    }),
  },
  /** The one-page weekly report (周报): the week's headline figures and trends, drawn as an image. */
  'stats.weeklyReport': {
    fn: 'stats',
    kind: 'read',
    input: z
      .object({
        /** Any day of the week wanted; this week when left out. */
        week: day.optional(),
        place: placeInput.default({}),
      })
      .strict(),
    output: weeklyReportView,
  },
  /** What admins and cadres of the caller's area changed of other people's data, newest first. */
  'audit.list': {
    fn: 'stats',
    kind: 'read',
    input: z.object({ cursor }).strict(),
    output: page(auditEntry),
  },
} satisfies Record<string, Contract>;
