import { formErrorBehavior } from '../../../behaviors/form-errors';
import { onFormInput, saveForm } from '../../lib/form';
import { definePage } from '../../../behaviors/define-page';
import { JOB_CATEGORIES, type JobCategory } from '../../../shared/catalog/job-categories';
import { WORK_AREAS } from '../../../shared/catalog/statuses';
import { AGE_BANDS, FOCUS_GROUPS, PLACEMENTS, SITUATIONS } from '../../../shared/catalog/workforce';
import { ledgerPersonInput } from '../../../shared/models/workforce';
import { chinaDay } from '../../../shared/time';
import { opt, toast } from '../../../services/form';
import { shownError, type FieldErrors } from '../../../services/errors';
import { call } from '../../lib/cloud';
import { getSession } from '../../../services/session';

const EMPTY = {
  name: '',
  village: '',
  phone: '',
  idTail: '',
  ageBand: '',
  situation: '',
  workArea: 'nearHome',
  cities: '',
  categories: [] as string[],
  focusGroup: '',
  focusConsent: false,
  placed: '',
};

/** 登记 / 修改 one person of the town's ledger: a few taps, little typing. */
definePage({
  behaviors: [formErrorBehavior],
  data: {
    personId: '',
    state: 'loading' as 'loading' | 'form' | 'error',
    loadError: '',
    region: null as { province: string; city: string; county: string } | null,
    town: '',
    form: { ...EMPTY },
    noPhone: false,
    ageBands: AGE_BANDS,
    situations: SITUATIONS,
    workAreas: WORK_AREAS,
    trades: JOB_CATEGORIES,
    focusGroups: FOCUS_GROUPS,
    placements: [{ value: '', label: '还没就业' }, ...PLACEMENTS],
    errors: {} as FieldErrors,
    bannerError: '',
    saving: false,
  },
  methods: {
    onInput: onFormInput,

    onLoad(query: Record<string, string | undefined>) {
      this.setData({ personId: query['personId'] ?? '' });
      void this.load();
    },

    async load() {
      try {
        const session = await getSession();
        const area = session.cadre;
        if (!area?.town && !this.data.personId) {
          throw new Error('只有乡镇的村干部能在这里登记，请从乡镇的台账进来');
        }
        if (this.data.personId) {
          const { person: p } = await call('ledger.get', { personId: this.data.personId });
          this.setData({
            region: p.region,
            town: p.town,
            noPhone: !p.phone,
            form: {
              name: p.name,
              village: p.village,
              phone: p.phone,
              idTail: p.idTail ?? '',
              ageBand: p.ageBand,
              situation: p.situation,
              workArea: p.workArea,
              cities: p.cities.join('、'),
              categories: p.categories,
              focusGroup: p.focusGroup ?? '',
              focusConsent: !!p.focusGroup,
              placed: p.placed?.how ?? '',
            },
          });
        } else if (area) {
          this.setData({
            region: { province: area.province, city: area.city, county: area.county },
            town: area.town ?? '',
          });
        }
        this.setData({ state: 'form' });
      } catch (err) {
        this.setData({ state: 'error', loadError: shownError(err).message });
      }
    },

    onChoose(e: WechatMiniprogram.TouchEvent) {
      const { field, value } = e.currentTarget.dataset as { field: string; value: string };
      const now = (this.data.form as Record<string, unknown>)[field];
      const next = field === 'focusGroup' && now === value ? '' : value;
      this.setData({ [`form.${field}`]: next, [`errors.${field}`]: '' });
    },

    onTrade(e: WechatMiniprogram.TouchEvent) {
      const { value } = e.currentTarget.dataset as { value: string };
      const list = this.data.form.categories;
      this.setData({
        'form.categories': list.includes(value)
          ? list.filter((c) => c !== value)
          : [...list, value].slice(0, 5),
      });
    },

    onNoPhone() {
      this.setData({ noPhone: !this.data.noPhone, 'form.phone': '', 'errors.phone': '' });
    },

    onConsent() {
      this.setData({
        'form.focusConsent': !this.data.form.focusConsent,
        'errors.focusConsent': '',
      });
    },

    async onSubmit() {
      if (this.data.saving) return;
      const f = this.data.form;
      const today = chinaDay(Date.now());
      const input = {
        ...(this.data.personId ? { personId: this.data.personId } : {}),
        region: this.data.region,
        town: this.data.town,
        village: opt(f.village),
        name: opt(f.name),
        phone: this.data.noPhone ? undefined : opt(f.phone),
        idTail: opt(f.idTail),
        ageBand: f.ageBand || undefined,
        situation: f.situation || undefined,
        workArea: f.workArea,
        cities: f.workArea === 'cities' ? f.cities.split(/[、,，\s]+/).filter(Boolean) : [],
        categories: f.categories as JobCategory[],
        focusGroup: f.focusGroup || undefined,
        focusConsent: f.focusConsent,
        placed: f.placed ? { how: f.placed, day: today } : null,
      };
      await saveForm(this, ledgerPersonInput, input, async (data) => {
        const out = await call('ledger.upsertPerson', data);
        toast(out.created ? '登记好了' : '已保存', 'success');
        wx.navigateBack({ fail: () => undefined });
      });
    },
  },
});
