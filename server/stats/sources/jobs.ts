import { COLLECTIONS } from '../../collections';
import { METRIC } from '../record';
import { figure, placesAndWeeks, type StatSourceDef } from '../source';

const LEVEL_FIELDS = ['region.province', 'region.city', 'region.county'] as const;

const POSTS = { [METRIC.postsNew]: '新发布', [METRIC.postsFilled]: '已招满' };

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
        ...placesAndWeeks(input, this.key, POSTS, ['各地岗位', '按工作地点分'], '每周新发布岗位'),
      },
    };
  },
};
