import {
  addDays,
  chinaClock,
  chinaDay,
  chinaTime,
  daysBetween,
  formatDay,
  formatDayRelative,
  formatDayWhen,
  isValidDay,
  startOfChinaDay,
} from '../../miniprogram/shared/time';

describe('China business time (+08:00, whatever the process time zone)', () => {
  const zones = ['UTC', 'America/Los_Angeles', 'Asia/Shanghai', 'Pacific/Kiritimati'];
  const original = process.env.TZ;
  afterAll(() => {
    process.env.TZ = original;
  });

  it.each(zones)('16:00 UTC is already the next China day (process TZ %s)', (zone) => {
    process.env.TZ = zone;
    expect(chinaDay(Date.parse('2026-11-21T15:59:59Z'))).toBe('2026-11-21');
    expect(chinaDay(Date.parse('2026-11-21T16:00:00Z'))).toBe('2026-11-22');
    expect(chinaClock(Date.parse('2026-11-21T16:05:00Z'))).toBe('00:05');
  });

  it('a China day starts at 16:00 UTC the day before', () => {
    expect(new Date(startOfChinaDay('2026-11-22')).toISOString()).toBe('2026-11-21T16:00:00.000Z');
    expect(new Date(chinaTime('2026-11-22', '09:30')).toISOString()).toBe(
      '2026-11-22T01:30:00.000Z',
    );
  });

  it('adds days across month and year ends', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2026-11-21', '2026-12-21')).toBe(30);
  });

  it('accepts only real calendar days', () => {
    expect(isValidDay('2026-11-21')).toBe(true);
    expect(isValidDay('2026-02-30')).toBe(false);
    expect(isValidDay('2026-2-3')).toBe(false);
    expect(isValidDay('2026-11-21T00:00')).toBe(false);
  });

  it('shows days the way users read them', () => {
    expect(formatDay('2026-11-22')).toBe('11月22日 周日');
    const now = Date.parse('2026-11-21T17:00:00Z'); // 01:00 on 11-22 in China
    expect(formatDayRelative('2026-11-22', now)).toBe('今天');
    expect(formatDayRelative('2026-11-23', now)).toBe('明天');
    expect(formatDayRelative('2026-11-24', now)).toBe('后天');
    expect(formatDayRelative('2026-11-29', now)).toBe('11月29日 周日');
  });

  it('keeps the date with 今天/明天 (formatDayWhen), so a list of fairs can be read by date', () => {
    const now = Date.parse('2026-11-21T17:00:00Z');
    expect(formatDayWhen('2026-11-22', now)).toBe('今天 11月22日 周日');
    expect(formatDayWhen('2026-11-23', now)).toBe('明天 11月23日 周一');
    expect(formatDayWhen('2026-11-29', now)).toBe('11月29日 周日');
  });
});
