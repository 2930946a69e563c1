import {
  parseArabicNumber,
  parseChineseNumber,
  parseChineseRange,
  parseSpokenNumber,
  sayCount,
  sayNumber,
} from '../../../miniprogram/shared/index';

describe('numbers said in 汉字', () => {
  it.each([
    ['五', 5],
    ['十', 10],
    ['十五', 15],
    ['二十', 20],
    ['一百五', 150],
    ['两百', 200],
    ['两百五', 250],
    ['两千五', 2500],
    ['三千五百', 3500],
    ['三千零五', 3005],
    ['五千', 5000],
    ['一万', 10000],
    ['一万二', 12000],
    ['一万二千', 12000],
    ['一万零五百', 10500],
    ['两万五', 25000],
    ['十万', 100000],
  ])('%s is %d', (said, value) => {
    expect(parseChineseNumber(said)).toBe(value);
  });

  it.each(['', '万', '千五', '二零二六', '五五', '百千'])('%j is not a number', (said) => {
    expect(parseChineseNumber(said)).toBeUndefined();
  });

  it.each([
    ['四五千', 4000, 5000],
    ['三四千', 3000, 4000],
    ['七八千', 7000, 8000],
    ['两三百', 200, 300],
    ['一万二三', 12000, 13000],
    ['两千五六', 2500, 2600],
    ['五千', 5000, 5000],
  ])('%s is %d to %d', (said, min, max) => {
    expect(parseChineseRange(said)).toEqual({ min, max });
  });
});

describe('numbers written with digits', () => {
  it.each([
    ['5000', 5000],
    ['5k', 5000],
    ['4.5k', 4500],
    ['5千', 5000],
    ['5千5', 5500],
    ['1.2万', 12000],
    ['1w', 10000],
    ['200', 200],
  ])('%s is %d', (written, value) => {
    expect(parseArabicNumber(written)).toBe(value);
    expect(parseSpokenNumber(written)).toEqual({ min: value, max: value });
  });
});

describe('numbers read aloud', () => {
  it.each([
    [0, '零'],
    [2, '二'],
    [10, '十'],
    [15, '十五'],
    [20, '二十'],
    [105, '一百零五'],
    [110, '一百一十'],
    [200, '两百'],
    [2000, '两千'],
    [4500, '四千五百'],
    [1050, '一千零五十'],
    [12000, '一万两千'],
    [20000, '两万'],
    [10010, '一万零一十'],
  ])('%d is said %s', (value, said) => {
    expect(sayNumber(value)).toBe(said);
  });

  it('says 两 for two of something, and 二 inside a larger count', () => {
    expect(sayCount(2)).toBe('两');
    expect(sayCount(22)).toBe('二十二');
    expect(sayCount(8)).toBe('八');
  });

  it('reads back every whole number up to 100 000 as the number it says', () => {
    const wrong: number[] = [];
    for (let n = 0; n <= 100_000; n++) if (parseChineseNumber(sayNumber(n)) !== n) wrong.push(n);
    expect(wrong).toEqual([]);
  });
});
