import { definePage } from '../../../behaviors/define-page';
import { callCloud } from '../../lib/cloud';
import { codeOf, fieldsOf, messageOf } from '../../../services/errors';
import { confirm, sayFailed, toast } from '../../../services/form';
import { COUNTY_CHOICES } from '../../../services/filters';
import { getSession } from '../../../services/session';
import { contracts } from '../../lib/cloud';
import { chinaDay, failureFromZod, findCounty, formatDay } from '../../../shared/index';
import { TRIP_MODES, type TripCost, type TripDetail } from '../../models/trip';
import type { GeoPoint } from '../../../shared/index';

const COUNTIES = COUNTY_CHOICES.filter((c) => c.county);
const COSTS = [
  { value: 'free', label: '免费' },
  { value: 'subsidised', label: '补贴后自付' },
  { value: 'fare', label: '全价' },
] as const;

interface PickupForm {
  /** Kept for a point of the trip being edited (its bookings stay with it). */
  id?: string;
  name: string;
  time: string;
  location: GeoPoint;
}

/** A place picked on the map; undefined when the organiser backs out. */
function chooseOnMap(): Promise<{ name: string; address: string; location: GeoPoint } | undefined> {
  return new Promise((resolve) =>
    wx.chooseLocation({
      success: (r) =>
        resolve({
          name: r.name || r.address,
          address: r.address,
          location: { lat: r.latitude, lng: r.longitude },
        }),
      fail: () => resolve(undefined),
    }),
  );
}

/** Field paths ('to.city', 'pickups', 'contact.phone') as the flat keys the form shows. */
function flat(fields: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, message] of Object.entries(fields)) {
    const [head, second] = path.split('.');
    const key =
      head === 'to' || head === 'contact' || head === 'cost'
        ? `${head}${second ? `_${second}` : ''}`
        : head === 'pickups'
          ? 'pickups'
          : (head ?? path);
    if (!(key in out)) out[key] = message;
  }
  return out;
}

/** The form's fields of a trip being edited. */
function formOf(t: TripDetail) {
  return {
    mode: t.mode,
    title: t.title,
    county: t.region.county,
    town: t.town ?? '',
    toCity: t.to.city,
    toEmployer: t.to.employerName,
    toAddress: t.to.address,
    toLocation: t.to.location,
    day: t.day,
    dayText: formatDay(t.day),
    time: t.time,
    pickups: t.pickups.map((p) => ({ id: p.id, name: p.name, time: p.time, location: p.location })),
    seats: String(t.seats),
    costKind: t.cost.kind,
    costYuan: t.cost.kind === 'free' ? '' : String(t.cost.yuan),
    bring: t.bring ?? '',
    contactName: t.contact.name,
    contactPhone: t.contact.phone,
  };
}

definePage({
  data: {
    /** Set when an existing trip is edited (`?tripId=`); empty for 发一趟车. */
    tripId: '',
    /** The trip's rev the form was loaded at: trip.update refuses a save if it changed since. */
    rev: 0,
    state: 'idle',
    message: '',
    modes: TRIP_MODES.map((m) => ({ value: m.value, label: m.label })),
    costs: COSTS.map((c) => ({ value: c.value, label: c.label })),
    countyRange: COUNTIES.map((c) => c.label),
    today: '',
    mode: 'bus',
    title: '',
    county: '',
    town: '',
    toCity: '',
    toEmployer: '',
    toAddress: '',
    toLocation: null as GeoPoint | null,
    day: '',
    dayText: '',
    time: '08:00',
    pickups: [] as PickupForm[],
    seats: '',
    costKind: 'free',
    costYuan: '',
    bring: '',
    contactName: '',
    contactPhone: '',
    errors: {} as Record<string, string>,
    submitting: false,
  },
  methods: {
    onLoad(query: Record<string, string | undefined>) {
      this.setData({ today: chinaDay(Date.now()) });
      const tripId = query['tripId'] ?? '';
      if (tripId) {
        this.setData({ tripId });
        wx.setNavigationBarTitle({ title: '修改车次' });
        void this.load();
        return;
      }
      getSession()
        .then((s) => {
          const area = s.cadre ?? s.admin;
          this.setData({
            county: area?.county ?? '',
            town: s.cadre?.town ?? '',
            contactName: s.profile?.name ?? '',
            contactPhone: s.profile?.phone ?? '',
          });
        })
        .catch(() => undefined);
    },

    /** Loads the trip being edited into the form (again after a stale save). */
    async load() {
      this.setData({ state: 'loading', message: '' });
      try {
        const trip = await callCloud('trip.get', { tripId: this.data.tripId });
        if (!trip.canManage) {
          this.setData({ state: 'error', message: '只有组织这趟车的人才能修改' });
          return;
        }
        if (trip.status !== 'open') {
          this.setData({
            state: 'error',
            message: `这趟车${trip.status === 'cancelled' ? '已经取消' : '已经发车'}了，不能再改`,
          });
          return;
        }
        this.setData({ ...formOf(trip), rev: trip.rev, errors: {}, state: 'idle' });
      } catch (err) {
        this.setData({ state: 'error', message: messageOf(err) });
      }
    },

    onInput(e: WechatMiniprogram.Input) {
      const field = String(e.currentTarget.dataset['field']);
      this.setData({ [field]: e.detail.value, [`errors.${field}`]: '' });
    },
    onMode(e: WechatMiniprogram.TouchEvent) {
      this.setData({ mode: String(e.currentTarget.dataset['value']) });
    },
    onCost(e: WechatMiniprogram.TouchEvent) {
      this.setData({ costKind: String(e.currentTarget.dataset['value']), 'errors.cost': '' });
    },
    onCounty(e: WechatMiniprogram.PickerChange) {
      const c = COUNTIES[Number(e.detail.value)];
      if (c) this.setData({ county: c.county, 'errors.region': '' });
    },
    onDay(e: WechatMiniprogram.PickerChange) {
      const d = String(e.detail.value);
      this.setData({ day: d, dayText: formatDay(d), 'errors.day': '' });
    },
    onTime(e: WechatMiniprogram.PickerChange) {
      this.setData({ time: String(e.detail.value), 'errors.time': '' });
    },

    async onDestination() {
      const place = await chooseOnMap();
      if (!place) return;
      this.setData({
        toLocation: place.location,
        toAddress: this.data.toAddress || place.address,
        'errors.to_location': '',
        'errors.to_address': '',
      });
    },

    async onAddPickup() {
      const place = await chooseOnMap();
      if (!place) return;
      const time = this.data.pickups[this.data.pickups.length - 1]?.time ?? '07:00';
      this.setData({
        pickups: [...this.data.pickups, { name: place.name, time, location: place.location }],
        'errors.pickups': '',
      });
    },
    onPickupName(e: WechatMiniprogram.Input) {
      const i = Number(e.currentTarget.dataset['index']);
      this.setData({ [`pickups[${i}].name`]: e.detail.value });
    },
    onPickupTime(e: WechatMiniprogram.PickerChange) {
      const i = Number(e.currentTarget.dataset['index']);
      this.setData({ [`pickups[${i}].time`]: String(e.detail.value), 'errors.pickups': '' });
    },
    onRemovePickup(e: WechatMiniprogram.TouchEvent) {
      const i = Number(e.currentTarget.dataset['index']);
      this.setData({ pickups: this.data.pickups.filter((_, j) => j !== i) });
    },

    input() {
      const d = this.data;
      const where = findCounty(d.county);
      const cost: TripCost =
        d.costKind === 'free'
          ? { kind: 'free' }
          : {
              kind: d.costKind as 'subsidised' | 'fare',
              yuan: d.costYuan ? Number(d.costYuan) : NaN,
            };
      return {
        mode: d.mode,
        title: d.title,
        ...(where ? { region: { ...where, county: d.county } } : {}),
        ...(d.town.trim() ? { town: d.town } : {}),
        to: {
          city: d.toCity,
          employerName: d.toEmployer,
          address: d.toAddress,
          ...(d.toLocation ? { location: d.toLocation } : {}),
        },
        day: d.day,
        time: d.time,
        pickups: d.pickups,
        seats: d.seats ? Number(d.seats) : NaN,
        cost,
        ...(d.bring.trim() ? { bring: d.bring } : {}),
        contact: { name: d.contactName, phone: d.contactPhone.trim() },
      };
    },

    onSubmit() {
      if (this.data.submitting) return;
      if (this.data.tripId) {
        this.save();
        return;
      }
      const checked = contracts['trip.create'].input.safeParse(this.input());
      if (!checked.success) {
        this.showErrors(failureFromZod(checked.error).fields ?? {});
        return;
      }
      this.setData({ submitting: true, errors: {} });
      callCloud('trip.create', checked.data)
        .then((out) => {
          this.setData({ submitting: false });
          wx.showToast({
            title: out.notified ? `已发布，通知了${out.notified}人` : '已发布',
            icon: 'success',
          });
          wx.redirectTo({ url: `/package-trips/pages/trip/index?id=${out.tripId}` });
        })
        .catch((err: unknown) => this.refused(err, '没有发布'));
    },

    /** trip.update with the rev the form was loaded at; back to the trip page when saved. */
    save() {
      const { tripId, rev } = this.data;
      const checked = contracts['trip.update'].input.safeParse({ ...this.input(), tripId, rev });
      if (!checked.success) {
        this.showErrors(failureFromZod(checked.error).fields ?? {});
        return;
      }
      this.setData({ submitting: true, errors: {} });
      callCloud('trip.update', checked.data)
        .then((out) => {
          this.setData({ submitting: false, rev: out.rev });
          toast('已保存', 'success');
          if (getCurrentPages().length > 1) wx.navigateBack();
          else wx.redirectTo({ url: `/package-trips/pages/trip/index?id=${tripId}` });
        })
        .catch((err: unknown) => {
          if (codeOf(err) !== 'CONFLICT') {
            this.refused(err, '没有保存');
            return;
          }
          // Someone saved the trip since this form was loaded: reload it, then edit again.
          this.setData({ submitting: false });
          void confirm('这趟车有变动', messageOf(err), '重新加载', '先不').then(async (yes) => {
            if (!yes) return;
            await this.load();
            if (this.data.state === 'idle') toast('已重新加载，请再改一次');
          });
        });
    },

    showErrors(fields: Record<string, string>) {
      const errors = flat(fields);
      if (!this.data.county) errors['region'] = '请选择从哪个县发车';
      this.setData({ errors });
    },

    refused(err: unknown, title: string) {
      const fields = flat(fieldsOf(err));
      this.setData({ submitting: false, errors: fields });
      if (!Object.keys(fields).length) sayFailed(title, err);
    },
  },
});
