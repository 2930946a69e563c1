import { METRIC } from '../record';
import { figure, placesAndWeeks, type StatSourceDef } from '../source';

/** 务工人员: people who keep a 求职意向 here, by their home village. */
export const workers: StatSourceDef = {
  key: 'workers',
  title: '务工人员',
  deepest: 5,
  headline: ['registered', 'active'],
  async read(input) {
    const { period, allTime } = input.counts;
    return {
      source: {
        figures: [
          figure(
            'registered',
            '新登记',
            period[METRIC.registered] ?? 0,
            '人',
            '这段时间第一次填了求职意向、家在这里的人',
          ),
          figure(
            'registeredTotal',
            '累计登记',
            allTime[METRIC.registered] ?? 0,
            '人',
            '到今天为止填过求职意向、家在这里的人',
          ),
          figure(
            'active',
            '活跃',
            period[METRIC.active] ?? 0,
            '人次',
            '打开过乡聘的登记人员，每人每周算一次',
          ),
        ],
        ...placesAndWeeks(
          input,
          this.key,
          { [METRIC.registered]: '新登记', [METRIC.active]: '活跃' },
          ['各地务工人员', '按家所在的地方分'],
          '每周登记和活跃',
        ),
      },
    };
  },
};
