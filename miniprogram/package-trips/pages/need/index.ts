import { definePage } from '../../../behaviors/define-page';
import { SUBSCRIBE_TEMPLATES } from '../../../config';
import { callCloud } from '../../lib/cloud';
import { fieldsOf, messageOf } from '../../../services/errors';
import { sayFailed } from '../../../services/form';
import { COUNTY_CHOICES } from '../../../services/filters';
import { getSession } from '../../../services/session';
import { requestSubscribe } from '../../../services/subscribe';
import { contracts } from '../../lib/cloud';
import { chinaDay, failureFromZod, findCounty, formatDay } from '../../../shared/index';
import { NEED_STATUS_LABELS, type NeedView } from '../../models/trip';
import { flatFields } from '../../lib/form-fields';

const HOME_COUNTIES = COUNTY_CHOICES.filter((c) => c.county);

/** The contract's refusals of the form, and the two pickers' own words when nothing is picked. */
function refusals(
  error: Parameters<typeof failureFromZod>[0],
  d: { county: string; earliestDay: string },
): Record<string, string> {
  const errors = flatFields(failureFromZod(error).fields ?? {});
  if (!d.county) errors['county'] = '请选择家在哪个县';
  if (!d.earliestDay) errors['earliestDay'] = '请选最早哪天能走';
  return errors;
}

definePage({
  data: {
    /** 代登记 (`?proxy=1`): a cadre registers a villager's need (travel.proxyNeed). */
    proxy: false,
    /** 代登记 of a villager without a phone: the cadre is the contact. */
    noPhone: false,
    idTail: '',
    /** Who was registered last in 代登记, and how many this visit. */
    proxyDone: '',
    proxyCount: 0,
    state: 'loading',
    message: '',
    /** The open need being edited ('' when registering a new one). */
    needId: '',
    statusText: '',
    matched: false,
    name: '',
    phone: '',
    county: '',
    countyRange: HOME_COUNTIES.map((c) => c.label),
    town: '',
    village: '',
    city: '',
    employerName: '',
    earliestDay: '',
    dayText: '',
    today: '',
    people: '1',
    hasJob: false,
    errors: {} as Record<string, string>,
    submitting: false,
  },
  methods: {
    onLoad(query: Record<string, string | undefined> = {}) {
      this.setData({ today: chinaDay(Date.now()) });
      if (query['proxy']) {
        this.setData({ proxy: true });
        wx.setNavigationBarTitle({ title: '替老乡登记出行' });
        // A villager of the cadre's own town.
        getSession()
          .then((s) => this.setData({ county: s.cadre?.county ?? '', town: s.cadre?.town ?? '' }))
          .catch(() => undefined)
          .finally(() => this.setData({ state: 'idle' }));
        return;
      }
      void this.load();
    },

    async load() {
      try {
        const [{ need }, session] = await Promise.all([
          callCloud('travel.myNeed', {}),
          getSession().catch(() => undefined),
        ]);
        if (need && need.status !== 'withdrawn') {
          this.fillFrom(need);
        } else {
          const p = session?.profile;
          if (p)
            this.setData({
              name: p.name,
              phone: p.phone ?? '',
              county: p.home.county,
              town: p.home.town ?? '',
              village: p.home.village ?? '',
            });
          this.setData({ needId: '', statusText: '', matched: false });
        }
        this.setData({ state: 'idle' });
      } catch (err) {
        this.setData({ state: 'error', message: messageOf(err) });
      }
    },

    fillFrom(need: NeedView) {
      this.setData({
        needId: need._id,
        statusText: NEED_STATUS_LABELS[need.status],
        matched: need.status === 'matched',
        name: need.name,
        phone: need.phone,
        county: need.from.county,
        town: need.from.town,
        village: need.from.village,
        city: need.to.city,
        employerName: need.to.employerName ?? '',
        earliestDay: need.earliestDay,
        dayText: formatDay(need.earliestDay),
        people: String(need.people),
        hasJob: need.hasJob,
      });
    },

    onInput(e: WechatMiniprogram.Input) {
      const field = String(e.currentTarget.dataset['field']);
      this.setData({ [field]: e.detail.value, [`errors.${field}`]: '' });
    },
    onCounty(e: WechatMiniprogram.PickerChange) {
      const choice = HOME_COUNTIES[Number(e.detail.value)];
      if (choice) this.setData({ county: choice.county, 'errors.county': '' });
    },
    onDay(e: WechatMiniprogram.PickerChange) {
      const day = String(e.detail.value);
      this.setData({ earliestDay: day, dayText: formatDay(day), 'errors.earliestDay': '' });
    },
    onNoPhone() {
      this.setData({ noPhone: !this.data.noPhone, phone: '', 'errors.phone': '' });
    },
    onHasJob(e: WechatMiniprogram.TouchEvent) {
      this.setData({ hasJob: e.currentTarget.dataset['value'] === 'yes' });
    },

    onSubmit() {
      if (this.data.submitting) return;
      const d = this.data;
      const where = findCounty(d.county);
      const input = {
        name: d.name,
        phone: d.phone.trim(),
        ...(where
          ? { from: { ...where, county: d.county, town: d.town, village: d.village } }
          : {}),
        to: { city: d.city, ...(d.employerName.trim() ? { employerName: d.employerName } : {}) },
        earliestDay: d.earliestDay,
        people: Number(d.people),
        hasJob: d.hasJob,
      };
      if (d.proxy) {
        this.registerForVillager(input);
        return;
      }
      const checked = contracts['travel.registerNeed'].input.safeParse(input);
      if (!checked.success) {
        this.setData({ errors: refusals(checked.error, d) });
        return;
      }
      // Inside the tap, before any await: told when a trip to where they go is set up.
      void requestSubscribe([SUBSCRIBE_TEMPLATES.tripMatched]);
      this.setData({ submitting: true, errors: {} });
      callCloud('travel.registerNeed', checked.data)
        .then((need) => {
          this.setData({ submitting: false });
          this.fillFrom(need);
          wx.showToast({ title: d.needId ? '已改好' : '登记好了', icon: 'success' });
        })
        .catch((err: unknown) => this.notSaved(err));
    },

    /** 代登记: travel.proxyNeed; the form stays on the same village and trip for the next one. */
    registerForVillager(input: Record<string, unknown>) {
      const d = this.data;
      const checked = contracts['travel.proxyNeed'].input.safeParse({
        ...input,
        phone: d.noPhone ? undefined : d.phone.trim(),
        ...(d.idTail.trim() ? { idTail: d.idTail.trim() } : {}),
      });
      if (!checked.success) {
        this.setData({ errors: refusals(checked.error, d) });
        return;
      }
      this.setData({ submitting: true, errors: {} });
      callCloud('travel.proxyNeed', checked.data)
        .then((need) => {
          this.setData({
            submitting: false,
            proxyDone: `${need.name}，去${need.to.city}`,
            proxyCount: d.proxyCount + 1,
            name: '',
            phone: '',
            idTail: '',
            noPhone: false,
            people: '1',
            hasJob: false,
          });
          wx.showToast({ title: '登记好了', icon: 'success' });
          wx.pageScrollTo({ scrollTop: 0, duration: 200 });
        })
        .catch((err: unknown) => this.notSaved(err));
    },

    /** A refused registration: the fields' reasons under their boxes, anything else in a dialog. */
    notSaved(err: unknown) {
      const fields = flatFields(fieldsOf(err));
      this.setData({ submitting: false, errors: fields });
      if (!Object.keys(fields).length) sayFailed('没有登记上', err);
    },

    onWithdraw() {
      const needId = this.data.needId;
      if (!needId) return;
      wx.showModal({
        title: '不用车了？',
        content: '撤回后，有去那边的车就不再通知您',
        confirmText: '撤回',
        cancelText: '不撤回',
        success: (r) => {
          if (!r.confirm) return;
          callCloud('travel.withdrawNeed', { needId })
            .then(() => {
              this.setData({ needId: '', statusText: '', matched: false });
              wx.showToast({ title: '已撤回', icon: 'success' });
            })
            .catch((err: unknown) => {
              sayFailed('没有撤回', err);
            });
        },
      });
    },
  },
});
