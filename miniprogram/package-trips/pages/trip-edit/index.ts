import { definePage } from '../../../behaviors/define-page';
import { callCloud } from '../../lib/cloud';
import { fieldsOf, messageOf } from '../../../services/errors';
import { COUNTY_CHOICES } from '../../../services/filters';
import { getSession } from '../../../services/session';
import { contracts } from '../../lib/cloud';
import { chinaDay, failureFromZod, findCounty, formatDay } from '../../../shared/index';
import { TRIP_MODES, type TripCost } from '../../models/trip';
import type { GeoPoint } from '../../../shared/index';

const COUNTIES = COUNTY_CHOICES.filter((c) => c.county);
const COSTS = [
  { value: 'free', label: '免费' },
  { value: 'subsidised', label: '补贴后自付' },
  { value: 'fare', label: '全价' },
] as const;

interface PickupForm {
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

definePage({
  data: {
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
    onLoad() {
      this.setData({ today: chinaDay(Date.now()) });
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
      const checked = contracts['trip.create'].input.safeParse(this.input());
      if (!checked.success) {
        const errors = flat(failureFromZod(checked.error).fields ?? {});
        if (!this.data.county) errors['region'] = '请选择从哪个县发车';
        this.setData({ errors });
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
        .catch((err: unknown) => {
          const fields = flat(fieldsOf(err));
          this.setData({ submitting: false, errors: fields });
          if (!Object.keys(fields).length)
            wx.showModal({
              title: '没有发布',
              content: messageOf(err),
              showCancel: false,
              confirmText: '知道了',
            });
        });
    },
  },
});
