import {
  checkPostText,
  findAgeLimits,
  findDiscrimination,
  findFeeRequests,
  findHype,
} from '../../miniprogram/shared/validators/job-post-text';
import { isMobile, maskPhone } from '../../miniprogram/shared/validators/phone';
import { isValidUscc, usccCheckChar } from '../../miniprogram/shared/validators/uscc';

describe('统一社会信用代码', () => {
  it('accepts a code with a correct check character', () => {
    expect(isValidUscc('91350100M000100Y43')).toBe(true);
    expect(isValidUscc('91110000600037341L')).toBe(true);
  });

  it('accepts lower case and spaces as typed from a licence', () => {
    expect(isValidUscc('91350100m000100y43')).toBe(true);
    expect(isValidUscc('9135 0100 M000 100Y 43')).toBe(true);
  });

  it('refuses a wrong check character', () => {
    expect(isValidUscc('91350100M000100Y44')).toBe(false);
  });

  it('refuses letters the standard does not use, and wrong lengths', () => {
    expect(isValidUscc('91350100M000100I43')).toBe(false);
    expect(isValidUscc('91350100M000100Y4')).toBe(false);
    expect(isValidUscc('')).toBe(false);
  });

  it('computes the check character over the first 17', () => {
    expect(usccCheckChar('91350100M000100Y4')).toBe('3');
    expect(usccCheckChar('9135010OM000100Y4')).toBeUndefined();
  });
});

describe('mobile numbers', () => {
  it('accepts mainland mobiles and refuses others', () => {
    expect(isMobile('13812345678')).toBe(true);
    expect(isMobile('19912345678')).toBe(true);
    expect(isMobile('12812345678')).toBe(false);
    expect(isMobile('1381234567')).toBe(false);
    expect(isMobile('0771-1234567')).toBe(false);
  });

  it('masks the middle four digits', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone('not a phone')).toBe('****');
  });
});

describe('2026 post rules: fees', () => {
  it.each(['押金', '报名费', '体检费', '服装费', '保证金'])('finds a request for %s', (word) => {
    expect(findFeeRequests(`入职需交${word}200元`)).toEqual([word]);
  });

  it('allows promises not to charge', () => {
    expect(findFeeRequests('不收押金，无报名费，免体检费')).toEqual([]);
    expect(findFeeRequests('体检费公司报销，服装费公司承担')).toEqual([]);
  });

  it('still finds a request next to a promise', () => {
    expect(findFeeRequests('不收押金，但要交服装费')).toEqual(['服装费']);
  });
});

describe('2026 post rules: discrimination and hype', () => {
  it.each([
    ['限男性', '限男性'],
    ['只招女工', '只招女工'],
    ['男性优先', '男性优先'],
    ['限汉族', '限汉族'],
    ['本地户口优先', '本地户口优先'],
    ['只招本地人', '只招本地人'],
    ['不招河南人', '不招河南人'],
  ])('finds %s', (text, found) => {
    expect(findDiscrimination(text)).toContain(found);
  });

  it('allows neutral wording', () => {
    expect(findDiscrimination('男女不限，年龄18-55岁，身体健康')).toEqual([]);
    expect(findDiscrimination('不限户籍，外地人员提供住宿')).toEqual([]);
  });

  // 户籍/地域 in the forms real posts use (issue 10 item 6): each is refused, naming the words.
  it.each([
    ['本地人优先，能吃苦', '本地人优先'],
    ['限本地户口，包吃包住', '限本地户口'],
    ['仅限本地户籍，年龄不限', '仅限本地户籍'],
    ['只招本地，外地人勿扰', '只招本地'],
    ['外地人勿扰', '外地人勿扰'],
    ['非本地勿扰', '非本地勿扰'],
    ['限本县，家近的来', '限本县'],
    ['需本县户籍', '需本县户籍'],
    ['要求本市户口', '要求本市户口'],
    ['本县户籍者优先', '本县户籍者优先'],
    ['当地人优先录用', '当地人优先'],
    ['外地人不要', '外地人不要'],
    ['外省人员免谈', '外省人员免谈'],
    ['不招外地人', '不招外地人'],
    ['不要新疆籍', '不要新疆籍'],
    ['河南人勿扰', '河南人勿扰'],
    ['限四川籍', '限四川籍'],
    ['只招广西人，包住', '只招广西人'],
    ['湖南籍优先', '湖南籍优先'],
    ['农村户口优先', '农村户口优先'],
    ['外地人优先', '外地人优先'],
    ['只要本地人，离厂近', '只要本地人'],
    ['必须是本地户口', '必须是本地户口'],
  ])('户籍/地域: %s is found', (text, found) => {
    expect(findDiscrimination(text)).toContain(found);
  });

  // The negations that are fine: promises not to restrict, and welcomes.
  it.each([
    '不限户籍',
    '户籍不限，地域不限',
    '不限本地户口，外地人员提供宿舍',
    '外地人也可，包吃住',
    '外地人也要',
    '本地外地都要',
    '本地外地均可，有车接送',
    '本地人外地人都欢迎',
    '欢迎外地老乡',
    '无论本地外地，多劳多得',
    '不论本地外地，同工同酬',
    '不分男女，不分本地外地',
    '离本地近的可以走读，外地人员包住',
    '本地招工，就在家门口',
    '不招未成年人，不招童工',
    '四川人开的厂，老乡多',
  ])('户籍/地域: %s is fine', (text) => {
    expect(findDiscrimination(text)).toEqual([]);
  });

  // Hard age cut-offs under 50: not refused, flagged for the 人社局 with a warning (item 6).
  it.each([
    ['45岁以下，身体健康', '45岁以下', 45],
    ['年龄18-40，视力好', '年龄18-40', 40],
    ['年龄：18-45岁', '年龄：18-45岁', 45],
    ['限40岁内', '限40岁内', 40],
    ['18至45岁，能坐着工作', '18至45岁', 45],
    ['35周岁以内', '35周岁以内', 35],
    ['不超过45岁', '不超过45岁', 45],
    ['年龄 20 到 38 岁', '年龄 20 到 38 岁', 38],
    ['40岁及以下', '40岁及以下', 40],
  ])('age: %s is a cut-off', (text, word, upTo) => {
    expect(findAgeLimits(text)).toEqual([
      expect.objectContaining({ word, upTo, start: text.indexOf(word) }),
    ]);
  });

  it.each([
    '55岁以下身体健康',
    '年龄18-60岁',
    '60岁以下，能干体力活',
    '50岁以上身体好也可以',
    '45岁以下优先，年纪大的也可以来看看',
    '不限年龄',
    '年龄不限，手脚麻利就行',
    '月薪4500-6500元，45天一结',
    '工作8-10小时',
  ])('age: %s is not a cut-off', (text) => {
    expect(findAgeLimits(text)).toEqual([]);
  });

  it('finds hype', () => {
    expect(findHype('高薪诚聘 保录取')).toEqual(['高薪', '保录']);
    expect(findHype('月薪4500-6500元')).toEqual([]);
  });

  it('reports every problem of a text at once', () => {
    expect(checkPostText('高薪招聘，限男性，先交押金')).toEqual({
      fees: ['押金'],
      discrimination: ['限男性'],
      hype: ['高薪'],
    });
  });
});
