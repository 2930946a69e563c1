import { COLLECTIONS } from '../../collections';
import { METRIC } from '../record';
import { childTable, compact, counterTrend, figure, type StatSourceDef } from '../source';

const LEVEL_FIELDS = ['region.province', 'region.city', 'region.county'] as const;

/** 岗位: posts whose work is here. A post knows its county, not its town. */
export const jobs: StatSourceDef = {
  key: 'jobs',
  title: '岗位',
  deepest: 3,
  headline: ['live', 'postsNew'],
  async read(input) {
    const where: Record<string, string> = { status: 'published' };
    input.scope.path.forEach((name, i) => {
      where[LEVEL_FIELDS[i]!] = name;
    });
    // Backed by the index region.province, region.city, region.county, status.
    const live = await input.store.count(COLLECTIONS.jobs, where);
    const c = input.counts.period;
    return {
      source: {
        key: this.key,
        title: this.title,
        figures: [
          figure('live', '在招岗位', live, '个', '现在正在招聘、工作地点在这里的岗位'),
          figure('postsNew', '新发布', c[METRIC.postsNew] ?? 0, '个', '这段时间第一次上线的岗位'),
          figure(
            'postsFilled',
            '已招满',
            c[METRIC.postsFilled] ?? 0,
            '个',
            '这段时间单位标了“已招满”的岗位',
          ),
        ],
        tables: compact([
          childTable(input, 'jobs.byPlace', '各地岗位', '按工作地点分', [
            [METRIC.postsNew, '新发布'],
            [METRIC.postsFilled, '已招满'],
          ]),
        ]),
        trends: [
          counterTrend(input, 'jobs.weekly', '每周新发布岗位', '每根柱子是一周', 'bar', [
            [METRIC.postsNew, '新发布'],
            [METRIC.postsFilled, '已招满'],
          ]),
        ],
      },
    };
  },
};
