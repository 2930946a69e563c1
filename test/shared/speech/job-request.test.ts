import {
  BENEFIT_WORDS,
  PAY_CYCLE_WORDS,
  TRADE_WORDS,
} from '../../../miniprogram/shared/speech/vocabulary';
import {
  contracts,
  understandJobRequest,
  withoutChip,
  type SpokenSearch,
} from '../../../miniprogram/shared/contracts-all';
import { at, SPOKEN_REQUESTS, type SpokenCase } from './spoken-requests';

/** Filters compared as a user sees them: the order benefits were said in does not matter. */
function comparable(f: SpokenSearch): SpokenSearch {
  const sorted = Object.entries(f).sort(([a], [b]) => (a < b ? -1 : 1));
  const out = Object.fromEntries(sorted) as SpokenSearch;
  return f.benefits ? { ...out, benefits: [...f.benefits].sort() } : out;
}

function understood(c: SpokenCase): SpokenSearch {
  return comparable(understandJobRequest(c.say).filters);
}

const NEAR = { lat: 22.2686, lng: 109.5562 };

describe('the table of spoken requests', () => {
  it('has at least 200 realistic requests', () => {
    expect(SPOKEN_REQUESTS.length).toBeGreaterThanOrEqual(200);
    expect(new Set(SPOKEN_REQUESTS.map((c) => c.say)).size).toBe(SPOKEN_REQUESTS.length);
  });

  it('understands at least 95% of them exactly (the failures are printed)', () => {
    const failures = SPOKEN_REQUESTS.filter(
      (c) => JSON.stringify(understood(c)) !== JSON.stringify(comparable(c.want)),
    );
    const rate = 1 - failures.length / SPOKEN_REQUESTS.length;
    const withoutKeyword = ({ keyword: _k, ...f }: SpokenSearch) => JSON.stringify(comparable(f));
    const filtersRight = SPOKEN_REQUESTS.filter(
      (c) => withoutKeyword(understood(c)) === withoutKeyword(c.want),
    ).length;
    if (failures.length) {
      console.log(
        `understood ${(rate * 100).toFixed(1)}% of ${SPOKEN_REQUESTS.length} exactly, ` +
          `${((filtersRight / SPOKEN_REQUESTS.length) * 100).toFixed(1)}% leaving the keyword aside; not exactly:\n` +
          failures
            .map(
              (c) =>
                `  “${c.say}”\n    want ${JSON.stringify(comparable(c.want))}\n    got  ${JSON.stringify(understood(c))}`,
            )
            .join('\n'),
      );
    }
    expect(rate).toBeGreaterThanOrEqual(0.95);
  });

  it.each(SPOKEN_REQUESTS.filter((c) => c.must).map((c) => [c.say, c] as const))(
    'must: “%s”',
    (_say, c) => {
      expect(understood(c)).toEqual(comparable(c.want));
    },
  );

  it('gives, for every request, an input job.search accepts (with a place for distance)', () => {
    for (const c of SPOKEN_REQUESTS) {
      const { filters } = understandJobRequest(c.say);
      const input = filters.sort === 'distance' ? { ...filters, near: NEAR } : filters;
      const parsed = contracts['job.search'].input.safeParse(input);
      expect({ say: c.say, ok: parsed.success }).toEqual({ say: c.say, ok: true });
    }
  });
});

describe('the issue’s example', () => {
  const result = understandJobRequest('浦北附近 木工 包吃住 五千以上');

  it('shows one chip per filter, in the order of the filter bar', () => {
    expect(result.chips.map((c) => c.label)).toEqual([
      '浦北县',
      '木工家具',
      '月薪5000元以上',
      '包吃住',
      '离家近',
    ]);
  });

  it('drops exactly the filter of a removed chip', () => {
    const [place, category, pay, benefits, sort] = result.chips;
    const f = result.filters;
    expect(withoutChip(f, place!)).toEqual({
      category: 'woodwork',
      minPayYuan: 5000,
      benefits: ['meals', 'housing'],
      sort: 'distance',
    });
    expect(withoutChip(f, category!).category).toBeUndefined();
    expect(withoutChip(f, pay!).minPayYuan).toBeUndefined();
    expect(withoutChip(f, benefits!).benefits).toBeUndefined();
    expect(withoutChip(f, sort!).sort).toBeUndefined();
    expect(result.chips.reduce(withoutChip, f)).toEqual({});
  });

  it('understood everything: nothing is left as a keyword', () => {
    expect(result.notUnderstood).toEqual([]);
    expect(result.filters.keyword).toBeUndefined();
  });
});

describe('chips', () => {
  it('removing 包吃住 keeps the other benefits', () => {
    const r = understandJobRequest('包吃住 有五险');
    const eatLive = r.chips.find((c) => c.label === '包吃住')!;
    expect(r.chips.map((c) => c.label)).toEqual(['包吃住', '五险']);
    expect(withoutChip(r.filters, eatLive).benefits).toEqual(['insurance']);
  });

  it('names pay in the unit it was said in, and filters by its monthly equivalent', () => {
    const r = understandJobRequest('一天两百');
    expect(r.chips).toEqual([{ kind: 'pay', label: '日薪200元以上' }]);
    expect(r.filters.minPayYuan).toBe(5200);
  });

  it('shows the keyword in quotes, and removing it drops the keyword', () => {
    const r = understandJobRequest('我想找个油漆工的活');
    expect(r.chips).toEqual([{ kind: 'keyword', label: '“油漆工”' }]);
    expect(withoutChip(r.filters, r.chips[0]!)).toEqual({});
  });

  it('names the sort by pay', () => {
    expect(understandJobRequest('工资高的').chips).toEqual([
      { kind: 'sort', label: '工资高的在前' },
    ]);
  });
});

describe('what is not understood', () => {
  it('keeps the first piece as the keyword and lists every piece', () => {
    const r = understandJobRequest('鞋厂 木工 长白班');
    expect(r.filters.keyword).toBe('鞋厂');
    expect(r.notUnderstood).toEqual(['鞋厂', '长白班']);
  });

  it('cuts a long keyword to the contract’s 20 characters', () => {
    const r = understandJobRequest('甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥');
    expect(r.filters.keyword).toHaveLength(20);
    expect(contracts['job.search'].input.safeParse(r.filters).success).toBe(true);
  });

  it('gives no filters for an empty or filler-only sentence', () => {
    expect(understandJobRequest('').filters).toEqual({});
    expect(understandJobRequest('嗯 那个 帮我看哈').filters).toEqual({});
  });
});

describe('places', () => {
  it.each([
    ['浦北', at('浦北县')],
    ['台州', at('台州市')],
    ['广西', at('广西壮族自治区')],
    ['长沙', at('长沙市')],
    ['长沙县', at('长沙县')],
    ['横店', at('东阳市')],
    ['泉水镇', at('浦北县')],
    ['浙江台州椒江', at('椒江区')],
  ])('%s is %j', (said, want) => {
    expect(understandJobRequest(said).filters).toEqual(want);
  });

  it('prefers where the worker wants to go over where they are from', () => {
    expect(understandJobRequest('我是浦北的 想去台州').filters).toEqual(at('台州市'));
    expect(understandJobRequest('人在东莞 想回资中').filters).toEqual(at('资中县'));
  });

  it('reads 本县 as the worker’s home county when it is known, and ignores it otherwise', () => {
    const home = at('资中县') as { province: string; city: string; county: string };
    expect(understandJobRequest('就在本县找', { home }).filters).toEqual(home);
    expect(understandJobRequest('就在本县找').filters).toEqual({});
  });
});

describe('the vocabulary', () => {
  it.each(TRADE_WORDS.flatMap((t) => t.words.map((w) => [w, t.category] as const)))(
    '%s is the trade %s',
    (word, category) => {
      expect(understandJobRequest(word).filters).toEqual({ category });
    },
  );

  it.each(BENEFIT_WORDS.flatMap((b) => b.words.map((w) => [w, b.benefits] as const)))(
    '%s gives %j',
    (word, benefits) => {
      expect(understandJobRequest(word).filters.benefits).toEqual(benefits);
    },
  );

  it.each(PAY_CYCLE_WORDS.flatMap((p) => p.words.map((w) => [w, p.payCycle] as const)))(
    '%s is paid %s',
    (word, payCycle) => {
      expect(understandJobRequest(word).filters).toEqual({ payCycle });
    },
  );

  it('a negation cancels the trade, benefit or pay cycle right after it', () => {
    expect(understandJobRequest('不要工地 不包住 不要日结').filters).toEqual({});
    expect(understandJobRequest('工资不错 包吃住').filters).toEqual({
      benefits: ['meals', 'housing'],
    });
  });
});
