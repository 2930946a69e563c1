import { areaContains, areaCovers } from '../../miniprogram/shared/index';
import { formatAdmins, parseAdmins } from '../../server/admins';

/** The deployment's ADMINS setting: who is an admin, and of which area. */
describe('parseAdmins', () => {
  test('reads county, city and province admins, separated by ; , or new lines', () => {
    const { admins, problems } = parseAdmins(
      ' o6_pubei=广西壮族自治区/钦州市/浦北县; o6_qinzhou=广西壮族自治区/钦州市,\n o6_sc=四川省 ',
    );
    expect(problems).toEqual([]);
    expect(Object.fromEntries(admins)).toEqual({
      o6_pubei: { province: '广西壮族自治区', city: '钦州市', county: '浦北县' },
      o6_qinzhou: { province: '广西壮族自治区', city: '钦州市' },
      o6_sc: { province: '四川省' },
    });
  });

  test('full-width separators a deployer types on a Chinese keyboard work too', () => {
    const { admins } = parseAdmins('o6_a=四川省/内江市/资中县；o6_b=湖南省，o6_c=浙江省');
    expect([...admins.keys()]).toEqual(['o6_a', 'o6_b', 'o6_c']);
  });

  test.each([
    ['an openid without an area', 'o6_pubei'],
    ['an empty area', 'o6_pubei='],
    ['an empty level', 'o6_pubei=广西壮族自治区//浦北县'],
    ['too many levels', 'o6_pubei=广西壮族自治区/钦州市/浦北县/泉水镇'],
    ['something that is not an openid', 'o 6=四川省'],
  ])('%s makes nobody an admin, and is reported', (_, raw) => {
    const { admins, problems } = parseAdmins(raw);
    expect(admins.size).toBe(0);
    expect(problems).toHaveLength(1);
  });

  test('nothing set: no admins', () => {
    expect(parseAdmins(undefined).admins.size).toBe(0);
    expect(parseAdmins('').admins.size).toBe(0);
  });

  test('formatAdmins writes what parseAdmins reads', () => {
    const entries: Parameters<typeof formatAdmins>[0] = [
      ['o6_pubei', { province: '广西壮族自治区', city: '钦州市', county: '浦北县' }],
      ['o6_zj', { province: '浙江省' }],
    ];
    expect([...parseAdmins(formatAdmins(entries)).admins]).toEqual(entries);
  });
});

describe('areaCovers / areaContains', () => {
  const pubei = { province: '广西壮族自治区', city: '钦州市', county: '浦北县' };
  test.each([
    [{ province: '广西壮族自治区', city: '钦州市', county: '浦北县' }, true],
    [{ province: '广西壮族自治区', city: '钦州市' }, true],
    [{ province: '广西壮族自治区' }, true],
    [{ province: '广西壮族自治区', city: '钦州市', county: '灵山县' }, false],
    [{ province: '广西壮族自治区', city: '南宁市' }, false],
    [{ province: '四川省' }, false],
  ])('%j covers 浦北县: %s', (area, covers) => {
    expect(areaCovers(area, pubei)).toBe(covers);
    expect(areaContains(area, pubei)).toBe(covers);
  });

  test('a county office does not contain its city', () => {
    expect(areaContains(pubei, { province: '广西壮族自治区', city: '钦州市' })).toBe(false);
  });
});
