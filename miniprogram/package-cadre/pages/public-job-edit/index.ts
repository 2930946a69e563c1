import { formErrorBehavior } from '../../../behaviors/form-errors';
import { onFormInput, saveForm } from '../../lib/form';
import { definePage } from '../../../behaviors/define-page';
import { FOCUS_GROUPS, RESIDENCES, type FocusGroup } from '../../../shared/catalog/workforce';
import { publicJobInput } from '../../../shared/models/workforce';
import { addDays, chinaDay, formatDay } from '../../../shared/time';
import { opt, toast, toNumber } from '../../../services/form';
import { shownError, type FieldErrors } from '../../../services/errors';
import { call } from '../../lib/cloud';
import { getSession } from '../../../services/session';

const POSITIONS = ['保洁', '护林员', '防疫协理员', '公路养护', '水管员', '治安巡逻'];

/**
 * 新建公益性岗位: the position, subsidy, headcount and who may apply. An admin's post opens at
 * once; a cadre's waits for the admin's approval.
 */
definePage({
  behaviors: [formErrorBehavior],
  data: {
    state: 'loading' as 'loading' | 'form' | 'error',
    loadError: '',
    isAdmin: false,
    region: null as { province: string; city: string; county: string } | null,
    /** The cadre's own town; an admin types the town. */
    fixedTown: '',
    today: '',
    untilLabel: '',
    form: {
      town: '',
      village: '',
      position: '',
      duties: '',
      subsidyYuan: '',
      headcount: '',
      groups: [] as string[],
      residence: 'town',
      minAge: '',
      maxAge: '',
      applyUntil: '',
    },
    positions: POSITIONS,
    focusGroups: FOCUS_GROUPS,
    residences: RESIDENCES,
    errors: {} as FieldErrors,
    bannerError: '',
    saving: false,
  },
  methods: {
    onInput: onFormInput,

    onLoad() {
      void this.load();
    },

    async load() {
      try {
        const session = await getSession();
        const cadre = session.cadre;
        const admin = session.admin;
        const today = chinaDay(Date.now());
        const until = addDays(today, 14);
        if (cadre?.town) {
          this.setData({
            region: { province: cadre.province, city: cadre.city, county: cadre.county },
            fixedTown: cadre.town,
            'form.town': cadre.town,
          });
        } else if (admin?.city && admin.county) {
          this.setData({
            region: { province: admin.province, city: admin.city, county: admin.county },
            isAdmin: true,
          });
        } else {
          throw new Error('只有乡镇村干部或县人社局能新建公益性岗位');
        }
        this.setData({
          isAdmin: !!admin,
          today,
          'form.applyUntil': until,
          untilLabel: formatDay(until),
          state: 'form',
        });
      } catch (err) {
        this.setData({ state: 'error', loadError: shownError(err).message });
      }
    },

    onPosition(e: WechatMiniprogram.TouchEvent) {
      const { value } = e.currentTarget.dataset as { value: string };
      this.setData({ 'form.position': value, 'errors.position': '' });
    },

    onResidence(e: WechatMiniprogram.TouchEvent) {
      const { value } = e.currentTarget.dataset as { value: string };
      this.setData({ 'form.residence': value });
    },

    onGroup(e: WechatMiniprogram.TouchEvent) {
      const { value } = e.currentTarget.dataset as { value: string };
      const list = this.data.form.groups;
      this.setData({
        'form.groups': list.includes(value) ? list.filter((g) => g !== value) : [...list, value],
      });
    },

    onUntil(e: WechatMiniprogram.PickerChange) {
      const day = String(e.detail.value);
      this.setData({ 'form.applyUntil': day, untilLabel: formatDay(day), 'errors.applyUntil': '' });
    },

    async onSubmit() {
      if (this.data.saving) return;
      const f = this.data.form;
      const input = {
        region: this.data.region,
        town: opt(f.town),
        village: opt(f.village),
        position: opt(f.position),
        duties: opt(f.duties),
        subsidyYuan: toNumber(f.subsidyYuan),
        headcount: toNumber(f.headcount),
        eligibility: {
          groups: f.groups as FocusGroup[],
          residence: f.residence,
          minAge: toNumber(f.minAge),
          maxAge: toNumber(f.maxAge),
        },
        applyUntil: f.applyUntil,
      };
      await saveForm(this, publicJobInput, input, async (data) => {
        const out = await call('publicJob.create', data);
        toast(out.status === 'open' ? '已发布，开始招人' : '已提交，等人社局批准', 'success');
        wx.navigateBack({ fail: () => undefined });
      });
    },
  },
});
