import { parseFairOptions, inviterFor, rememberInviter } from '../../miniprogram/services/inviter';
import { isLargeText, rootFontSize, setLargeText } from '../../miniprogram/services/large-text';
import { benefitWords, formatKm } from '../../miniprogram/services/view';
import { searchInput, EMPTY_FILTERS } from '../../miniprogram/services/filters';
import { setup } from './worker-kit';

beforeEach(() => {
  setup();
});

describe('fair page options', () => {
  test('a poster scene gives the invite code and the poster’s sharer', () => {
    expect(parseFairOptions({ scene: encodeURIComponent('f=K7P2QX&i=u123') })).toEqual({
      inviteCode: 'K7P2QX',
      inviter: { type: 'poster', userId: 'u123' },
    });
  });

  test('a poster scene without a sharer is still a poster', () => {
    expect(parseFairOptions({ scene: 'f%3Dk7p2qx' })).toEqual({
      inviteCode: 'K7P2QX',
      inviter: { type: 'poster' },
    });
  });

  test('a shared card gives the fair and the sharer; a malformed sharer is ignored', () => {
    expect(parseFairOptions({ id: 'fair_qingrong', inv: 'u_zhangsan' })).toEqual({
      fairId: 'fair_qingrong',
      inviter: { type: 'share', userId: 'u_zhangsan' },
    });
    expect(parseFairOptions({ id: 'fair_qingrong', inv: '{"$ne":1}' })).toEqual({
      fairId: 'fair_qingrong',
    });
  });

  test('the first inviter of a fair is kept; without one the sign-up is direct', () => {
    expect(inviterFor('fair_qingrong')).toEqual({ type: 'direct' });
    rememberInviter('fair_qingrong', { type: 'share', userId: 'u_a' });
    rememberInviter('fair_qingrong', { type: 'share', userId: 'u_b' });
    expect(inviterFor('fair_qingrong')).toEqual({ type: 'share', userId: 'u_a' });
  });
});

describe('大字模式', () => {
  test('off follows the system font size; on is 1.3 times it, and is remembered', () => {
    expect(isLargeText()).toBe(false);
    expect(rootFontSize()).toBe('system');
    setLargeText(true);
    expect(isLargeText()).toBe(true);
    expect(rootFontSize()).toBe('21px');
  });

  test('a larger system font makes 大字模式 larger still', () => {
    (wx as unknown as { getAppBaseInfo: () => object }).getAppBaseInfo = () => ({
      fontSizeSetting: 20,
    });
    expect(rootFontSize(true)).toBe('26px');
  });
});

describe('words on cards', () => {
  test('包吃 and 包住 read as 包吃住', () => {
    expect(benefitWords(['meals', 'housing', 'shuttle'])).toEqual(['包吃住', '接送车']);
    expect(benefitWords(['meals'])).toEqual(['包吃']);
  });

  test('distances under a kilometre are in metres', () => {
    expect(formatKm(0.34)).toBe('300米');
    expect(formatKm(12.04)).toBe('12公里');
    expect(formatKm(3.46)).toBe('3.5公里');
  });

  test('search input carries only the filters that are set', () => {
    expect(searchInput(EMPTY_FILTERS, undefined, undefined)).toEqual({ sort: 'newest', limit: 20 });
    expect(searchInput({ ...EMPTY_FILTERS, keyword: '  木工 ' }, undefined, 'c1')).toEqual({
      sort: 'newest',
      limit: 20,
      keyword: '木工',
      cursor: 'c1',
    });
  });
});
