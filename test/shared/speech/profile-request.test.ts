import {
  understandProfileRequest,
  workerProfile,
  type WorkerProfile,
} from '../../../miniprogram/shared/index';

const PUBEI = { province: '广西壮族自治区', city: '钦州市', county: '浦北县' };

describe('understandProfileRequest', () => {
  it.each([
    [
      '我会木工 也会开车 想在家附近 一个月四千以上',
      { categories: ['woodwork', 'driver'], expectedPayYuan: 4000, workArea: 'nearHome' },
    ],
    [
      '想去台州或者嘉兴进厂 五千左右',
      {
        categories: ['factory'],
        expectedPayYuan: 5000,
        workArea: 'cities',
        cities: ['台州市', '嘉兴市'],
      },
    ],
    [
      '就在本县 做保洁 一天一百五',
      { categories: ['cleaning'], expectedPayYuan: 3900, workArea: 'county' },
    ],
    ['本省就行 普工', { categories: ['factory'], workArea: 'province' }],
    [
      '我是资中的 想去东阳做木雕',
      { categories: ['woodwork'], workArea: 'cities', cities: ['金华市'] },
    ],
    [
      '去浙江 电子厂 包吃住',
      {
        categories: ['electronics'],
        workArea: 'cities',
        cities: ['金华市', '台州市', '嘉兴市', '杭州市'],
      },
    ],
    ['莫得技术 看大门 搞卫生都要得', { categories: ['security', 'cleaning'] }],
    ['嗯 那个', {}],
  ])('“%s” fills %j', (said, fields) => {
    expect(understandProfileRequest(said).fields).toEqual(fields);
  });

  it('takes at most five 工种, as the profile allows', () => {
    const { fields } = understandProfileRequest('普工 木工 缝纫 保安 保洁 厨师 司机');
    expect(fields.categories).toEqual(['factory', 'woodwork', 'garment', 'security', 'cleaning']);
  });

  it('reads a place in the worker’s own county as 本县 when home is known', () => {
    const said = '在浦北找个木工活';
    expect(understandProfileRequest(said, { home: PUBEI }).fields.workArea).toBe('county');
    expect(understandProfileRequest(said).fields).toMatchObject({
      workArea: 'cities',
      cities: ['钦州市'],
    });
  });

  it('shows what it filled as chips, pay by the day with its monthly figure', () => {
    const { chips } = understandProfileRequest('想在家门口 做饭 一天两百');
    expect(chips.map((c) => c.label)).toEqual([
      '餐饮厨师',
      '期望日薪200元（约每月5200元）',
      '家附近',
    ]);
  });

  it('names the cities it chose', () => {
    const { chips } = understandProfileRequest('去台州 嘉兴');
    expect(chips).toEqual([{ kind: 'workArea', label: '去台州市、嘉兴市' }]);
  });

  it('fills fields the profile schema accepts once the worker confirms', () => {
    const base: WorkerProfile = {
      name: '梁建国',
      home: { ...PUBEI, town: '泉水镇', village: '石冲村' },
      workArea: 'county',
      cities: [],
      categories: ['factory'],
      skills: [],
    };
    for (const said of [
      '想去台州或者嘉兴进厂 五千左右',
      '去浙江 电子厂',
      '就在本县 做保洁 一天一百五',
    ]) {
      const { fields } = understandProfileRequest(said);
      expect(workerProfile.safeParse({ ...base, ...fields }).success).toBe(true);
    }
  });
});
