/**
 * The places the pickers offer: the counties the product serves and the cities their workers
 * travel to. Data only; a deployment extends it for its own county.
 */
export interface ProvinceEntry {
  readonly province: string;
  readonly cities: readonly { readonly city: string; readonly counties: readonly string[] }[];
}

export const REGIONS: readonly ProvinceEntry[] = [
  {
    province: '广西壮族自治区',
    cities: [
      { city: '钦州市', counties: ['浦北县', '灵山县', '钦南区', '钦北区'] },
      { city: '南宁市', counties: ['青秀区', '西乡塘区', '江南区'] },
      { city: '玉林市', counties: ['玉州区', '博白县'] },
    ],
  },
  {
    province: '四川省',
    cities: [
      { city: '内江市', counties: ['资中县', '威远县', '市中区', '东兴区'] },
      { city: '成都市', counties: ['龙泉驿区', '双流区', '郫都区', '新都区'] },
    ],
  },
  {
    province: '浙江省',
    cities: [
      { city: '金华市', counties: ['婺城区', '金东区', '东阳市', '义乌市', '永康市'] },
      { city: '台州市', counties: ['椒江区', '黄岩区', '路桥区', '温岭市', '玉环市'] },
      { city: '嘉兴市', counties: ['南湖区', '秀洲区', '海宁市', '桐乡市'] },
      { city: '杭州市', counties: ['萧山区', '余杭区', '临平区'] },
    ],
  },
  {
    province: '湖南省',
    cities: [
      { city: '张家界市', counties: ['慈利县', '永定区', '桑植县'] },
      { city: '长沙市', counties: ['长沙县', '雨花区', '望城区'] },
    ],
  },
  {
    province: '广东省',
    cities: [
      { city: '东莞市', counties: ['长安镇', '虎门镇', '塘厦镇'] },
      { city: '深圳市', counties: ['宝安区', '龙岗区', '龙华区'] },
      { city: '佛山市', counties: ['顺德区', '南海区'] },
    ],
  },
  {
    province: '江苏省',
    cities: [{ city: '苏州市', counties: ['昆山市', '吴江区', '工业园区'] }],
  },
];

/**
 * Towns (乡镇, 街道) workers name instead of their county (我是泉水镇的, 去横店): the demo's and a few
 * well-known ones. A search filters by county, so a town stands for its county.
 */
export const COUNTY_TOWNS: Readonly<Record<string, readonly string[]>> = {
  浦北县: [
    '小江街道',
    '江城街道',
    '泉水镇',
    '寨圩镇',
    '福旺镇',
    '张黄镇',
    '龙门镇',
    '北通镇',
    '官垌镇',
  ],
  资中县: ['水南镇', '重龙镇', '太平镇', '双河镇', '球溪镇', '银山镇', '罗泉镇'],
  慈利县: ['零阳街道', '苗市镇', '杨柳铺乡', '江垭镇', '溪口镇'],
  婺城区: ['白龙桥镇', '汤溪镇', '罗埠镇'],
  东阳市: ['横店镇', '南马镇', '巍山镇'],
  椒江区: ['洪家街道'],
  玉环市: ['沙门镇', '楚门镇'],
  温岭市: ['大溪镇', '泽国镇'],
  南湖区: ['大桥镇'],
  秀洲区: ['王江泾镇', '洪合镇'],
  顺德区: ['龙江镇', '北滘镇', '乐从镇'],
};

/** Every city name, for the 外出打工 choice. */
export const CITY_NAMES: readonly string[] = REGIONS.flatMap((p) => p.cities.map((c) => c.city));

/** The province and city a county belongs to, or undefined. */
export function findCounty(county: string): { province: string; city: string } | undefined {
  for (const p of REGIONS) {
    for (const c of p.cities) {
      if (c.counties.includes(county)) return { province: p.province, city: c.city };
    }
  }
  return undefined;
}
