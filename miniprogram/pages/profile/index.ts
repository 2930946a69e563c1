import { formErrorBehavior, showFormErrors } from '../../behaviors/form-errors';
import { definePage } from '../../behaviors/define-page';
import type { VoiceProfileFill } from '../../components/voice-profile/types';
import { callCloud } from '../../services/call-cloud';
import { fieldsOf, messageOf } from '../../services/errors';
import { sayFailed } from '../../services/form';
import { COUNTY_CHOICES } from '../../services/filters';
import { getSession, updateSessionProfile } from '../../services/session';
import { profileFormPatch } from '../../services/spoken-profile';
import { privateState } from '../../services/state';
import {
  CITY_NAMES,
  chinaDay,
  failureFromZod,
  findCounty,
  formatDay,
  JOB_CATEGORIES,
  WORK_AREAS,
  workerProfile,
  type WorkerProfile,
} from '../../shared/index';

const HOME_COUNTIES = COUNTY_CHOICES.filter((c) => c.county);

const PAY_OPTIONS = [
  { value: '3000', label: '3000元' },
  { value: '4000', label: '4000元' },
  { value: '5000', label: '5000元' },
  { value: '6000', label: '6000元' },
  { value: '7000', label: '7000元' },
  { value: '8000', label: '8000元以上' },
];

/** Server and zod paths → the one place on this form where the message is shown. */
export function formErrors(fields: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, message] of Object.entries(fields)) {
    const key = path.startsWith('home.town')
      ? 'town'
      : path.startsWith('home.village')
        ? 'village'
        : path.startsWith('home')
          ? 'home'
          : (path.split('.')[0] ?? '_');
    if (!(key in out)) out[key] = message;
  }
  return out;
}

const state = privateState(() => ({
  skills: [] as string[],
  homeLocation: undefined as WorkerProfile['homeLocation'],
}));

definePage({
  behaviors: [formErrorBehavior],
  data: {
    state: 'loading',
    message: '',
    name: '',
    phone: '',
    county: '',
    town: '',
    village: '',
    workArea: '',
    cities: [] as string[],
    categories: [] as string[],
    pay: '',
    availableFrom: '',
    availableText: '',
    today: '',
    errors: {} as Record<string, string>,
    saving: false,
    countyRange: HOME_COUNTIES.map((c) => c.label),
    workAreas: WORK_AREAS.map((w) => ({ value: w.value, label: w.label })),
    categoryOptions: JOB_CATEGORIES.map((c) => ({ value: c.value, label: c.label })),
    cityOptions: CITY_NAMES.map((c) => ({ value: c, label: c })),
    payOptions: PAY_OPTIONS,
  },
  methods: {
    onLoad() {
      this.setData({ today: chinaDay(Date.now()) });
      void this.load();
    },

    async load() {
      this.setData({ state: 'loading' });
      try {
        const session = await getSession();
        const p = session.profile;
        if (p) {
          state(this).skills = p.skills;
          state(this).homeLocation = p.homeLocation;
          this.setData({
            name: p.name,
            phone: p.phone ?? '',
            county: p.home.county,
            town: p.home.town ?? '',
            village: p.home.village ?? '',
            workArea: p.workArea,
            cities: p.cities,
            categories: p.categories,
            pay: p.expectedPayYuan ? String(p.expectedPayYuan) : '',
            availableFrom: p.availableFrom ?? '',
            availableText: p.availableFrom ? formatDay(p.availableFrom) : '',
          });
        }
        this.setData({ state: 'idle' });
      } catch (err) {
        // A new worker can still fill the form; show why the old one is not there.
        this.setData({ state: 'idle', message: messageOf(err) });
      }
    },

    clearError(key: string) {
      if (this.data.errors[key]) this.setData({ [`errors.${key}`]: '' });
    },
    onName(e: WechatMiniprogram.Input) {
      this.setData({ name: e.detail.value });
      this.clearError('name');
    },
    onPhone(e: WechatMiniprogram.Input) {
      this.setData({ phone: e.detail.value });
      this.clearError('phone');
    },
    onCounty(e: WechatMiniprogram.PickerChange) {
      const choice = HOME_COUNTIES[Number(e.detail.value)];
      if (!choice) return;
      this.setData({ county: choice.county });
      this.clearError('home');
    },
    onTown(e: WechatMiniprogram.Input) {
      this.setData({ town: e.detail.value });
      this.clearError('town');
    },
    onVillage(e: WechatMiniprogram.Input) {
      this.setData({ village: e.detail.value });
      this.clearError('village');
    },
    onWorkArea(e: WechatMiniprogram.CustomEvent<{ value: string }>) {
      this.setData({ workArea: e.detail.value });
      this.clearError('workArea');
    },
    onCities(e: WechatMiniprogram.CustomEvent<{ values: string[] }>) {
      this.setData({ cities: e.detail.values });
      this.clearError('cities');
    },
    onCategories(e: WechatMiniprogram.CustomEvent<{ values: string[] }>) {
      this.setData({ categories: e.detail.values });
      this.clearError('categories');
    },
    onPay(e: WechatMiniprogram.CustomEvent<{ value: string }>) {
      this.setData({ pay: e.detail.value });
      this.clearError('expectedPayYuan');
    },
    /** 求职意向 by voice, confirmed: 工种, 期望工资 and where, on the form for 保存. */
    onVoiceFill(e: WechatMiniprogram.CustomEvent<VoiceProfileFill>) {
      const patch = profileFormPatch(e.detail.fields, this.data.payOptions);
      this.setData({ ...patch });
      for (const key of ['categories', 'expectedPayYuan', 'workArea', 'cities'])
        this.clearError(key);
      wx.showToast({ title: '填好了，看一下再点保存', icon: 'none' });
    },
    onAvailable(e: WechatMiniprogram.PickerChange) {
      const day = String(e.detail.value);
      this.setData({ availableFrom: day, availableText: formatDay(day) });
      this.clearError('availableFrom');
    },

    /** The profile as the contract expects it, from what is on the form. */
    collect(): unknown {
      const d = this.data;
      const where = findCounty(d.county);
      const s = state(this);
      return {
        name: d.name,
        ...(d.phone.trim() ? { phone: d.phone.trim() } : {}),
        home: {
          province: where?.province ?? '',
          city: where?.city ?? '',
          county: d.county,
          ...(d.town.trim() ? { town: d.town } : {}),
          ...(d.village.trim() ? { village: d.village } : {}),
        },
        ...(s.homeLocation ? { homeLocation: s.homeLocation } : {}),
        workArea: d.workArea || undefined,
        cities: d.workArea === 'cities' ? d.cities : [],
        categories: d.categories,
        ...(d.pay ? { expectedPayYuan: Number(d.pay) } : {}),
        ...(d.availableFrom ? { availableFrom: d.availableFrom } : {}),
        skills: s.skills,
      };
    },

    async onSave() {
      if (this.data.saving) return;
      const checked = workerProfile.safeParse(this.collect());
      if (!checked.success) {
        const errors = formErrors(failureFromZod(checked.error).fields ?? {});
        // Province and city come with the county picked: name the one thing to do.
        if (!this.data.county) errors['home'] = '请选择家在哪个县';
        showFormErrors(this, errors, '');
        wx.showToast({ title: '有几项没填好，请看红字', icon: 'none' });
        return;
      }
      this.setData({ saving: true, errors: {} });
      try {
        const out = await callCloud('account.updateProfile', checked.data);
        updateSessionProfile(out.profile);
        this.setData({ saving: false });
        wx.showToast({ title: '保存好了', icon: 'success' });
        setTimeout(() => {
          if (getCurrentPages().length > 1) wx.navigateBack();
          else wx.switchTab({ url: '/pages/me/index' });
        }, 800);
      } catch (err) {
        const fields = formErrors(fieldsOf(err));
        this.setData({ saving: false });
        showFormErrors(this, fields, '');
        if (!Object.keys(fields).length) {
          sayFailed('没有保存', err);
        }
      }
    },
  },
});
