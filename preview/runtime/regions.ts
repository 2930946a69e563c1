/**
 * The region picker's stand-in data: the provinces, cities and counties of the seed stories and of
 * the places their workers go, with 行政区划代码. Not the whole country: enough to try the flows.
 */
type RegionNode = [name: string, code: string, children?: RegionNode[]];
type Tree = RegionNode[];

const REGIONS: Tree = [
  [
    '广西壮族自治区',
    '450000',
    [
      [
        '钦州市',
        '450700',
        [
          ['浦北县', '450722'],
          ['灵山县', '450721'],
          ['钦南区', '450702'],
        ],
      ],
      [
        '南宁市',
        '450100',
        [
          ['青秀区', '450103'],
          ['西乡塘区', '450107'],
        ],
      ],
    ],
  ],
  [
    '四川省',
    '510000',
    [
      [
        '内江市',
        '511000',
        [
          ['资中县', '511025'],
          ['威远县', '511024'],
          ['市中区', '511002'],
        ],
      ],
      [
        '成都市',
        '510100',
        [
          ['武侯区', '510107'],
          ['双流区', '510116'],
        ],
      ],
    ],
  ],
  [
    '湖南省',
    '430000',
    [
      [
        '张家界市',
        '430800',
        [
          ['慈利县', '430821'],
          ['永定区', '430802'],
          ['桑植县', '430822'],
        ],
      ],
      [
        '长沙市',
        '430100',
        [
          ['岳麓区', '430104'],
          ['长沙县', '430121'],
        ],
      ],
    ],
  ],
  [
    '浙江省',
    '330000',
    [
      [
        '金华市',
        '330700',
        [
          ['婺城区', '330702'],
          ['金东区', '330703'],
          ['东阳市', '330783'],
          ['义乌市', '330782'],
          ['永康市', '330784'],
        ],
      ],
      [
        '台州市',
        '331000',
        [
          ['椒江区', '331002'],
          ['黄岩区', '331003'],
          ['路桥区', '331004'],
          ['温岭市', '331081'],
        ],
      ],
      [
        '嘉兴市',
        '330400',
        [
          ['南湖区', '330402'],
          ['秀洲区', '330411'],
          ['桐乡市', '330483'],
        ],
      ],
      [
        '杭州市',
        '330100',
        [
          ['萧山区', '330109'],
          ['余杭区', '330110'],
        ],
      ],
    ],
  ],
  [
    '广东省',
    '440000',
    [
      [
        '佛山市',
        '440600',
        [
          ['顺德区', '440606'],
          ['南海区', '440605'],
        ],
      ],
      ['东莞市', '441900', [['东莞市', '441900']]],
      [
        '深圳市',
        '440300',
        [
          ['宝安区', '440306'],
          ['龙岗区', '440307'],
        ],
      ],
    ],
  ],
  [
    '福建省',
    '350000',
    [
      [
        '泉州市',
        '350500',
        [
          ['晋江市', '350582'],
          ['石狮市', '350581'],
        ],
      ],
    ],
  ],
];

export function regionColumns(names: string[], customItem?: string) {
  const pick = (list: Tree, name: string | undefined) =>
    Math.max(
      0,
      list.findIndex((n) => n[0] === name),
    );
  const value: number[] = [];
  let level: Tree = REGIONS;
  const columns: string[][] = [];
  for (let depth = 0; depth < 3; depth++) {
    columns.push([...(customItem ? [customItem] : []), ...level.map((n) => n[0])]);
    const i = pick(level, names[depth]);
    const offset = customItem ? 1 : 0;
    const hit = level.findIndex((n) => n[0] === names[depth]);
    value.push(hit >= 0 ? hit + offset : offset);
    level = level[i]?.[2] ?? [];
  }
  const namesFor = (v: number[]): string[] => {
    const out: string[] = [];
    let list: Tree = REGIONS;
    for (let depth = 0; depth < 3; depth++) {
      const offset = customItem ? 1 : 0;
      const idx = (v[depth] ?? 0) - offset;
      if (idx < 0) {
        out.push(customItem as string);
        list = [];
        continue;
      }
      const node = list[Math.min(idx, list.length - 1)];
      out.push(node ? node[0] : '');
      list = node?.[2] ?? [];
    }
    return out;
  };
  return { columns, value, namesFor };
}

export function regionCodes(names: string[]): string[] {
  const out: string[] = [];
  let list: Tree = REGIONS;
  for (const name of names) {
    const node = list.find((n) => n[0] === name);
    out.push(node ? node[1] : '');
    list = node?.[2] ?? [];
  }
  return out;
}
