import { JOB_CATEGORIES, type StatTable } from '../../../miniprogram/shared/index';
import { DESTINATIONS } from '../destination';
import { appCatMetric, appDestMetric, hireCatMetric, hireDestMetric, METRIC } from '../record';
import {
  childTable,
  compact,
  counterTrend,
  figure,
  type SourceInput,
  type StatSourceDef,
} from '../source';

function splitTable(
  input: SourceInput,
  key: string,
  title: string,
  words: string,
  heading: string,
  parts: readonly { value: string; label: string }[],
  apply: (v: string) => string,
  hire: (v: string) => string,
): StatTable | null {
  const c = input.counts.period;
  const rows = parts
    .map((p) => ({ label: p.label, values: [c[apply(p.value)] ?? 0, c[hire(p.value)] ?? 0] }))
    .filter((r) => r.values.some((v) => v > 0));
  if (rows.length === 0) return null;
  return { key, title, words, columns: [heading, '报名', '录用'], rows };
}

/** 报名和录用: applications of people whose home is here, wherever the work is. */
export const applications: StatSourceDef = {
  key: 'applications',
  title: '报名和录用',
  deepest: 5,
  headline: ['applications', 'hires', 'hiresOutside'],
  async read(input) {
    const c = input.counts.period;
    const away = (m: (d: string) => string): number =>
      (c[m('province')] ?? 0) + (c[m('outside')] ?? 0);
    return {
      source: {
        figures: [
          figure(
            'applications',
            '报名',
            c[METRIC.applications] ?? 0,
            '次',
            '家在这里的人报名岗位的次数',
          ),
          figure('hires', '录用', c[METRIC.hires] ?? 0, '人次', '单位点了“已录用”的报名'),
          figure(
            'hiresLocal',
            '本地就业',
            (c[hireDestMetric('near')] ?? 0) + (c[hireDestMetric('county')] ?? 0),
            '人次',
            '录用的岗位在本县',
          ),
          figure('hiresOutside', '外出就业', away(hireDestMetric), '人次', '录用的岗位在县外'),
        ],
        tables: compact([
          childTable(input, 'applications.byPlace', '各地报名和录用', '按求职者家所在的地方分', [
            [METRIC.applications, '报名'],
            [METRIC.hires, '录用'],
          ]),
          splitTable(
            input,
            'applications.byDestination',
            '去哪里干活',
            DESTINATIONS.map((d) => `${d.label}：${d.words}`).join('；'),
            '去向',
            DESTINATIONS,
            appDestMetric,
            hireDestMetric,
          ),
          splitTable(
            input,
            'applications.byCategory',
            '按工种',
            '报名和录用的岗位是什么工种',
            '工种',
            JOB_CATEGORIES,
            appCatMetric,
            hireCatMetric,
          ),
        ]),
        trends: [
          counterTrend(input, 'applications.weekly', '每周报名和录用', '每个点是一周', 'line', [
            [METRIC.applications, '报名'],
            [METRIC.hires, '录用'],
          ]),
        ],
      },
    };
  },
};
