import { formErrorBehavior, showFormErrors } from '../../../behaviors/form-errors';
import { definePage } from '../../../behaviors/define-page';
import { loadPage } from '../../lib/load-page';
import { getSession, resetSession } from '../../../services/session';
import { EMPLOYER_STATUS_LABELS, type EmployerStatus } from '../../../shared/catalog/statuses';
import { employerInput, type EmployerView } from '../../../shared/models/employer';
import { isValidUscc, normalizeUscc } from '../../../shared/validators/uscc';
import { check, opt, toast } from '../../../services/form';
import { shownError, type FieldErrors } from '../../../services/errors';
import { pickPlaceForForm } from '../../../services/pick-place';
import { call } from '../../../services/call-cloud';

interface Form {
  companyName: string;
  uscc: string;
  intro: string;
  contactName: string;
  contactPhone: string;
  region: string[];
  address: string;
  location: { lat: number; lng: number } | null;
}

const EMPTY: Form = {
  companyName: '',
  uscc: '',
  intro: '',
  contactName: '',
  contactPhone: '',
  region: [],
  address: '',
  location: null,
};

const STATUS_TONE: Record<EmployerStatus, string> = {
  pending: 'tag-orange',
  verified: 'tag-green',
  rejected: 'tag-red',
  suspended: 'tag-red',
};

function formOf(e: EmployerView): Form {
  return {
    companyName: e.companyName,
    uscc: e.uscc,
    intro: e.intro,
    contactName: e.contactName,
    contactPhone: e.contactPhone,
    region: [e.region.province, e.region.city, e.region.county],
    address: e.address,
    location: e.location,
  };
}

definePage({
  behaviors: [formErrorBehavior],
  data: {
    state: 'loading' as 'loading' | 'status' | 'form' | 'error',
    loadError: '',
    status: '' as EmployerStatus | '',
    statusLabel: '',
    statusTone: '',
    rejectReason: '',
    companyName: '',
    form: { ...EMPTY } as Form,
    errors: {} as FieldErrors,
    placeNote: '',
    submitting: false,
    bannerError: '',
  },
  methods: {
    onLoad() {
      void this.load();
    },

    load() {
      return loadPage(this, async () => {
        // Only a registered employer may read its company (employer.mine); others get the form.
        const session = await getSession();
        const mine = session.employer ? await call('employer.mine', {}) : null;
        if (mine) this.showStatus(mine);
        else this.setData({ state: 'form' });
      });
    },

    showStatus(e: EmployerView) {
      this.setData({
        state: 'status',
        status: e.status,
        statusLabel: EMPLOYER_STATUS_LABELS[e.status],
        statusTone: STATUS_TONE[e.status],
        rejectReason: e.rejectReason ?? '',
        companyName: e.companyName,
        form: formOf(e),
      });
    },

    onEdit() {
      this.setData({ state: 'form', errors: {}, bannerError: '' });
    },

    onInput(e: WechatMiniprogram.Input) {
      const field = (e.currentTarget.dataset as { field: keyof Form }).field;
      this.setData({ [`form.${field}`]: e.detail.value, [`errors.${field}`]: '' });
    },

    /** The code is checked as soon as the employer leaves the box, not only on submit. */
    onUsccBlur() {
      const code = normalizeUscc(this.data.form.uscc);
      if (!code) return;
      this.setData({
        'form.uscc': code,
        'errors.uscc': isValidUscc(code)
          ? ''
          : '统一社会信用代码不对，请对照营业执照上的18位代码填写',
      });
    },

    onRegion(e: WechatMiniprogram.PickerChange) {
      this.setData({ 'form.region': e.detail.value as unknown as string[], errors: {} });
    },

    async onPickPlace() {
      const patch = await pickPlaceForForm(this.data.form.address, [
        'errors.location',
        'errors.location_lat',
      ]);
      if (patch) this.setData(patch);
    },

    input() {
      const f = this.data.form;
      const [province = '', city = '', county = ''] = f.region;
      return {
        companyName: opt(f.companyName),
        uscc: opt(f.uscc),
        intro: opt(f.intro),
        contactName: opt(f.contactName),
        contactPhone: opt(f.contactPhone),
        region: f.region.length ? { province, city, county } : undefined,
        address: opt(f.address),
        location: f.location ?? undefined,
      };
    },

    async onSubmit() {
      if (this.data.submitting) return;
      const checked = check(employerInput, this.input(), {
        region: '请选择所在地区',
        location: '请点“在地图上选位置”',
      });
      if (!checked.ok) {
        showFormErrors(this, checked.errors, '还有内容没填好，请看红字');
        return;
      }
      this.setData({ submitting: true, bannerError: '', errors: {} });
      try {
        const { employer } = await call('employer.register', checked.data);
        resetSession();
        this.showStatus(employer);
        toast('已提交，请等待审核', 'success');
      } catch (err) {
        const shown = shownError(err);
        showFormErrors(this, shown.errors, shown.message);
      } finally {
        this.setData({ submitting: false });
      }
    },

    onPost() {
      wx.redirectTo({ url: '/package-employer/pages/post/index' });
    },

    onPosts() {
      wx.redirectTo({ url: '/package-employer/pages/posts/index' });
    },
  },
});
