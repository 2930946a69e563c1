import { subscribeDataProblem } from '../../local-cloud/openapi/subscribe-values';
import { SUBSCRIBE_TEMPLATES } from '../../miniprogram/config';
import {
  SUBSCRIBE_TEMPLATE_SPECS,
  templateData,
  type KeywordSpec,
} from '../../server/subscribe-templates';

const specs = Object.entries(SUBSCRIBE_TEMPLATE_SPECS) as [
  keyof typeof SUBSCRIBE_TEMPLATE_SPECS,
  { title: string; keywords: Record<string, KeywordSpec> },
][];

test('every template the app sends has a spec, and only those', () => {
  expect(Object.keys(SUBSCRIBE_TEMPLATE_SPECS).sort()).toEqual(
    Object.keys(SUBSCRIBE_TEMPLATES).sort(),
  );
});

describe.each(specs)('%s', (_name, spec) => {
  const keywords = Object.values(spec.keywords);

  test('keys are the type and the position, in order, without repeats', () => {
    keywords.forEach((k, i) => expect(k.key).toBe(`${k.type}${i + 1}`));
  });

  test('its example values pass WeChat’s rules (as local-cloud checks them)', () => {
    const data = Object.fromEntries(keywords.map((k) => [k.key, { value: k.example }]));
    expect(subscribeDataProblem(data)).toBeUndefined();
  });
});

test('templateData fills keys from the spec and puts values in their type’s form', () => {
  expect(
    templateData('fairReminder', {
      fair: '二〇二六年冬季返乡人员专场招聘会暨政策宣讲会',
      time: { day: '2026-11-22', clock: '10:30' },
      place: '庆荣村村委会院坝',
      tip: '请10:30-12:00入场，带身份证',
    }),
  ).toEqual({
    thing1: { value: '二〇二六年冬季返乡人员专场招聘会暨政策…' },
    time2: { value: '2026年11月22日 10:30' },
    thing3: { value: '庆荣村村委会院坝' },
    thing4: { value: '请10:30-12:00入场，带身份证' },
  });
  expect(() =>
    templateData('interviewInvite', {
      job: '封边工',
      time: { day: '2026-11-22' },
      place: '厂里',
      note: '带身份证',
      company: '泉兴家具',
    }),
  ).toThrow(/needs a clock/);
});
