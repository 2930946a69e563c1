import { formErrorBehavior, showFormErrors } from '../../../behaviors/form-errors';
import { definePage } from '../../../behaviors/define-page';
import { loadPage } from '../../lib/load-page';
import { JOB_CATEGORIES } from '../../../shared/catalog/job-categories';
import { contracts, type ActionInput } from '../../../shared/contracts';
import { MAX_VALID_DAYS, NO_FEE_NOTICE, validUntilProblem } from '../../../shared/models/job';
import { addDays, chinaDay, daysBetween, formatDay } from '../../../shared/time';
import { check } from '../../../services/form';
import { shownError, type FieldErrors } from '../../../services/errors';
import { pickPlace } from '../../../services/pick-place';
import {
  AGE_FIELDS,
  BENEFIT_OPTIONS,
  CATEGORY_LABELS,
  CYCLE_OPTIONS,
  UNIT_OPTIONS,
  ageWarning,
  emptyPostForm,
  postFormOf,
  postInput,
  postRuleErrors,
  type PostForm,
} from '../../lib/post-form';
import { call } from '../../../services/call-cloud';
import { getSession } from '../../../services/session';

const FALLBACKS = {
  workplace_region: '请选择工作地区',
  workplace_location: '请点“在地图上选位置”',
  workplace: '请填写工作地点',
};

function validLabel(day: string): string {
  const left = daysBetween(chinaDay(Date.now()), day);
  return `${formatDay(day)}（还有${left}天）`;
}

definePage({
  behaviors: [formErrorBehavior],
  data: {
    state: 'loading' as 'loading' | 'form' | 'done' | 'error' | 'noEmployer',
    loadError: '',
    jobId: '',
    employerStatus: '',
    form: emptyPostForm('') as PostForm,
    errors: {} as FieldErrors,
    /** A hard age limit typed in a field: a warning, never a refusal. */
    ageWarnings: {} as Record<string, string>,
    bannerError: '',
    submitting: false,
    categoryLabels: CATEGORY_LABELS,
    categoryIndex: -1,
    units: UNIT_OPTIONS,
    cycles: CYCLE_OPTIONS,
    benefitOptions: BENEFIT_OPTIONS,
    benefitOn: {} as Record<string, boolean>,
    today: '',
    lastDay: '',
    validLabel: '',
    placeNote: '',
    noFee: NO_FEE_NOTICE,
    maxDays: MAX_VALID_DAYS,
    resultStatus: '',
  },
  methods: {
    onLoad(query: Record<string, string | undefined>) {
      const today = chinaDay(Date.now());
      const validUntil = addDays(today, 30);
      this.setData({
        jobId: query['id'] ?? '',
        today,
        lastDay: addDays(today, MAX_VALID_DAYS),
        form: emptyPostForm(validUntil),
        validLabel: validLabel(validUntil),
      });
      if (query['id']) wx.setNavigationBarTitle({ title: '修改岗位' });
      void this.load();
    },

    load() {
      return loadPage(this, async () => {
        if (this.data.jobId) {
          const job = await call('job.get', { jobId: this.data.jobId });
          this.fill(postFormOf(job));
        } else {
          const session = await getSession();
          const employer = session.employer ? await call('employer.mine', {}) : null;
          if (!employer) {
            this.setData({ state: 'noEmployer' });
            return;
          }
          // The workplace starts as the company's own address; most posts are there.
          const r = employer.region;
          this.fill({
            ...this.data.form,
            region: [r.province, r.city, r.county],
            address: employer.address,
            location: employer.location,
          });
          this.setData({ employerStatus: employer.status });
        }
      });
    },

    fill(form: PostForm) {
      const on: Record<string, boolean> = {};
      for (const b of form.benefits) on[b] = true;
      this.setData({
        state: 'form',
        form,
        benefitOn: on,
        categoryIndex: JOB_CATEGORIES.findIndex((c) => c.value === form.category),
        validLabel: form.validUntil ? validLabel(form.validUntil) : '',
        // An edited post shows its age-limit warnings at once.
        ageWarnings: Object.fromEntries(AGE_FIELDS.map((f) => [f, ageWarning(form[f])])),
      });
    },

    onInput(e: WechatMiniprogram.Input) {
      const field = (e.currentTarget.dataset as { field: keyof PostForm }).field;
      const patch: Record<string, unknown> = {
        [`form.${field}`]: e.detail.value,
        [`errors.${field}`]: '',
      };
      if ((AGE_FIELDS as readonly string[]).includes(field)) {
        const warning = ageWarning(e.detail.value);
        if (warning !== (this.data.ageWarnings[field] ?? ''))
          patch[`ageWarnings.${field}`] = warning;
      }
      this.setData(patch);
    },

    onPayInput(e: WechatMiniprogram.Input) {
      const field = (e.currentTarget.dataset as { field: 'minYuan' | 'maxYuan' }).field;
      this.setData({ [`form.${field}`]: e.detail.value, [`errors.pay_${field}`]: '' });
    },

    onCategory(e: WechatMiniprogram.PickerChange) {
      const index = Number(e.detail.value);
      this.setData({
        categoryIndex: index,
        'form.category': JOB_CATEGORIES[index]?.value ?? '',
        'errors.category': '',
      });
    },

    onUnit(e: WechatMiniprogram.TouchEvent) {
      this.setData({
        'form.unit': (e.currentTarget.dataset as { value: string }).value,
        'errors.pay_unit': '',
      });
    },

    onCycle(e: WechatMiniprogram.TouchEvent) {
      this.setData({
        'form.payCycle': (e.currentTarget.dataset as { value: string }).value,
        'errors.payCycle': '',
      });
    },

    onBenefit(e: WechatMiniprogram.TouchEvent) {
      const value = (e.currentTarget.dataset as { value: string }).value;
      const on = !this.data.benefitOn[value];
      const benefits = on
        ? [...this.data.form.benefits, value]
        : this.data.form.benefits.filter((b) => b !== value);
      this.setData({ [`benefitOn.${value}`]: on, 'form.benefits': benefits });
    },

    onRegion(e: WechatMiniprogram.PickerChange) {
      this.setData({
        'form.region': e.detail.value as unknown as string[],
        'errors.workplace_region': '',
        'errors.workplace_region_county': '',
      });
    },

    onValidUntil(e: WechatMiniprogram.PickerChange) {
      const day = String(e.detail.value);
      this.setData({
        'form.validUntil': day,
        validLabel: validLabel(day),
        'errors.validUntil': '',
      });
    },

    onRepost(e: WechatMiniprogram.SwitchChange) {
      this.setData({ 'form.isRepost': e.detail.value, 'errors.source': '' });
    },

    async onPickPlace() {
      const place = await pickPlace();
      if (!place) {
        wx.showToast({ title: '没有取到位置，请允许使用位置后再点一次', icon: 'none' });
        return;
      }
      const updates: Record<string, unknown> = {
        'form.location': place.location,
        'errors.workplace_location': '',
        placeNote: place.via === 'map' ? '已在地图上选好' : '地图打不开，已用手机当前位置',
      };
      if (place.address && !this.data.form.address) updates['form.address'] = place.address;
      this.setData(updates);
    },

    /** Every problem the contract sees, each under its field; nothing is sent while any remain. */
    validate(): { ok: true; input: unknown } | { ok: false; errors: FieldErrors; message: string } {
      const raw = postInput(this.data.form);
      const schema = this.data.jobId
        ? contracts['job.update'].input
        : contracts['job.create'].input;
      const checked = check(
        schema,
        this.data.jobId ? { ...raw, jobId: this.data.jobId } : raw,
        FALLBACKS,
      );
      const errors: FieldErrors = {
        ...(checked.ok ? {} : checked.errors),
        ...postRuleErrors(this.data.form),
      };
      const dayProblem = this.data.form.validUntil
        ? validUntilProblem(this.data.form.validUntil, Date.now())
        : undefined;
      if (dayProblem) errors['validUntil'] = dayProblem;
      const firstRule = Object.values(postRuleErrors(this.data.form))[0];
      if (checked.ok && Object.keys(errors).length === 0) return { ok: true, input: checked.data };
      return {
        ok: false,
        errors,
        message: firstRule ?? (checked.ok ? (errors['validUntil'] ?? '') : checked.message),
      };
    },

    async onSubmit() {
      if (this.data.submitting) return;
      const v = this.validate();
      if (!v.ok) {
        showFormErrors(this, v.errors, v.message || '还有内容没填好，请看红字');
        return;
      }
      this.setData({ submitting: true, bannerError: '', errors: {} });
      try {
        if (this.data.jobId) {
          const out = await call('job.update', v.input as ActionInput<'job.update'>);
          this.setData({ state: 'done', resultStatus: out.status });
        } else {
          const out = await call('job.create', v.input as ActionInput<'job.create'>);
          this.setData({ state: 'done', resultStatus: out.status, jobId: out.jobId });
        }
        wx.pageScrollTo({ scrollTop: 0, duration: 0 });
      } catch (err) {
        const shown = shownError(err);
        showFormErrors(this, shown.errors, shown.message);
      } finally {
        this.setData({ submitting: false });
      }
    },

    onRegister() {
      wx.redirectTo({ url: '/package-employer/pages/register/index' });
    },

    onMyPosts() {
      wx.redirectTo({ url: '/package-employer/pages/posts/index' });
    },

    onAnother() {
      wx.redirectTo({ url: '/package-employer/pages/post/index' });
    },
  },
});
