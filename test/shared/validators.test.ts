import {
  checkPostText,
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
    ['只招本地人', '只招本地'],
    ['不招河南人', '不招河南人'],
  ])('finds %s', (text, found) => {
    expect(findDiscrimination(text)).toContain(found);
  });

  it('allows neutral wording', () => {
    expect(findDiscrimination('男女不限，年龄18-55岁，身体健康')).toEqual([]);
    expect(findDiscrimination('不限户籍，外地人员提供住宿')).toEqual([]);
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
