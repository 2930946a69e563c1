import { jobCardView } from '../../../miniprogram/services/view';
import { loadComponent } from '../load';
import { DAILY_JOB, WOOD_JOB } from '../worker-fixtures';
import { setup, tapOn, textOf } from '../worker-kit';

test('shows title, pay, 包吃住, the reasons and the verified badge', () => {
  setup();
  const card = loadComponent('components/job-card/index', {
    props: { job: jobCardView(WOOD_JOB) },
  });
  const text = textOf(card);
  expect(text).toContain('实木家具打磨工');
  expect(text).toContain('4500-6500元/月');
  expect(text).toContain('包吃住');
  expect(text).toContain('离家12公里');
  expect(text).toContain('钦州市 · 浦北县 · 12公里');
  expect(text).toContain('已认证');
});

test('a reason is not repeated as a tag', () => {
  setup();
  const card = loadComponent('components/job-card/index', {
    props: { job: jobCardView(WOOD_JOB) },
  });
  expect(textOf(card, '.jc-tags')).toBe('月结 木工家具 五险');
  expect(textOf(card, '.jc-reasons')).toBe('离家12公里 包吃住');
});

test('a daily-paid post shows 日结 and an unverified employer says so', () => {
  setup();
  const card = loadComponent('components/job-card/index', {
    props: { job: jobCardView(DAILY_JOB) },
  });
  const text = textOf(card);
  expect(text).toContain('180元/天');
  expect(text).toContain('日结');
  expect(text).toContain('未认证');
  expect(text).not.toContain('已认证');
});

test('under its employer’s heading (no company given) the card leaves the company line out', () => {
  setup();
  const { company: _company, verified: _verified, ...job } = jobCardView(DAILY_JOB);
  const card = loadComponent('components/job-card/index', { props: { job } });
  const text = textOf(card);
  expect(text).toContain('180元/天');
  expect(text).not.toContain(jobCardView(DAILY_JOB).company);
  expect(text).not.toContain('未认证');
  expect(text).not.toContain('已认证');
});

test('a tap opens the job page', async () => {
  const { wxr } = setup();
  const card = loadComponent('components/job-card/index', {
    props: { job: jobCardView(WOOD_JOB) },
  });
  await tapOn(card, '.jc');
  expect(wxr.navigations).toEqual(['/pages/job/index?id=job_quanshui_wood']);
});

test('in large type the company name is never cut and breaks only before its ending (泉水/木业有限公司)', () => {
  setup();
  const card = loadComponent('components/job-card/index', {
    props: { job: jobCardView(WOOD_JOB) },
  });
  const company = card.querySelector('.jc-company')!.dom as unknown as {
    textContent: string;
    className: string;
  };
  expect(company.textContent.trim()).toBe('浦北县泉水\u200b木业有限公司');
  expect(company.className).toContain('words');
  expect(company.className).not.toContain('ellipsis');
  const place = card.querySelector('.jc-place')!.dom as unknown as { className: string };
  expect(place.className).toContain('words');
});
