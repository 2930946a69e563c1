import { formErrorBehavior, showFormErrors } from '../../../behaviors/form-errors';
import { definePage } from '../../../behaviors/define-page';
import { contracts } from '../../../shared/contracts';
import { proxySignupInput, type SlotView } from '../../../shared/models/fair';
import type { TripDetail } from '../../../shared/models/trip';
import { formatDay } from '../../../shared/time';
import { check, opt } from '../../../services/form';
import { shownError, type FieldErrors } from '../../../services/errors';
import { call } from '../../../services/call-cloud';

/** A fair's time slot, or a trip's pick-up point: what the villager is booked on. */
interface SlotChoice {
  id: string;
  label: string;
  left: number;
  full: boolean;
  /** 剩12 / 已满 for a slot; a trip's seats are counted for the whole trip. */
  note: string;
}

function slotChoice(s: SlotView): SlotChoice {
  const full = s.seatsLeft <= 0;
  return {
    id: s.id,
    label: `${s.start}-${s.end}`,
    left: s.seatsLeft,
    full,
    note: full ? '已满' : `剩${s.seatsLeft}`,
  };
}

function pickupChoice(p: TripDetail['pickups'][number]): SlotChoice {
  return { id: p.id, label: `${p.name} ${p.time}上车`, left: 0, full: false, note: '' };
}

/** 还剩12个座位 / 已满：登记的人排队等座. */
function seatsNote(t: TripDetail): string {
  return t.seatsLeft > 0
    ? `还剩${t.seatsLeft}个座位`
    : '座位已满：登记的人排队等座，有人退座就轮到';
}

const EMPTY = { name: '', phone: '', village: '', idTail: '' };

definePage({
  behaviors: [formErrorBehavior],
  data: {
    fairId: '',
    /** 代订 of a seat on this trip (返岗直达) rather than a fair's sign-up. */
    tripId: '',
    seatsNote: '',
    state: 'loading' as 'loading' | 'form' | 'done' | 'error',
    loadError: '',
    fairTitle: '',
    fairDay: '',
    slots: [] as SlotChoice[],
    slotId: '',
    form: { ...EMPTY },
    /** The villager has no phone: the cadre is their contact (no phone is sent). */
    noPhone: false,
    errors: {} as FieldErrors,
    bannerError: '',
    saving: false,
    done: { name: '', code: '', slot: '', noPhone: false, queue: 0 },
    count: 0,
  },
  methods: {
    onLoad(query: Record<string, string | undefined>) {
      // From a person of the 劳动力台账 (ledger-person page): their name, phone and village.
      const given = (key: string) => decodeURIComponent(query[key] ?? '');
      const name = given('name');
      this.setData({
        fairId: query['fairId'] ?? '',
        tripId: query['tripId'] ?? '',
        ...(name
          ? {
              form: { ...EMPTY, name, phone: given('phone'), village: given('village') },
              noPhone: !given('phone'),
            }
          : {}),
      });
      void this.load();
    },

    async load() {
      this.setData({ state: 'loading', loadError: '' });
      try {
        if (this.data.tripId) {
          const trip = await call('trip.get', { tripId: this.data.tripId });
          const only = trip.pickups.length === 1 ? (trip.pickups[0]?.id ?? '') : '';
          this.setData({
            state: 'form',
            fairTitle: trip.title,
            fairDay: `${formatDay(trip.day)} ${trip.time} 发车`,
            seatsNote: seatsNote(trip),
            slots: trip.pickups.map(pickupChoice),
            slotId: this.data.slotId || only,
          });
          wx.setNavigationBarTitle({ title: '代订座位' });
          return;
        }
        const fair = await call('fair.get', { fairId: this.data.fairId });
        this.setData({
          state: 'form',
          fairTitle: fair.title,
          fairDay: formatDay(fair.day),
          slots: fair.slots.map(slotChoice),
          // Villagers mostly come from the fair's own village.
          'form.village': this.data.form.village || fair.village,
        });
      } catch (err) {
        this.setData({ state: 'error', loadError: shownError(err).message });
      }
    },

    onInput(e: WechatMiniprogram.Input) {
      const field = (e.currentTarget.dataset as { field: keyof typeof EMPTY }).field;
      this.setData({ [`form.${field}`]: e.detail.value, [`errors.${field}`]: '' });
    },

    onNoPhone() {
      this.setData({ noPhone: !this.data.noPhone, 'form.phone': '', 'errors.phone': '' });
    },

    onSlot(e: WechatMiniprogram.TouchEvent) {
      const { id, full } = e.currentTarget.dataset as { id: string; full: boolean };
      if (full) return;
      this.setData({ slotId: id, 'errors.slotId': '' });
    },

    async onSubmit() {
      if (this.data.saving) return;
      if (this.data.tripId) {
        await this.bookSeat();
        return;
      }
      const f = this.data.form;
      const input = {
        fairId: this.data.fairId,
        slotId: this.data.slotId,
        name: opt(f.name),
        // Left out only when 没有手机 is ticked: an empty box is a phone not filled in yet.
        phone: this.data.noPhone ? undefined : f.phone.trim(),
        village: opt(f.village),
        idTail: opt(f.idTail),
      };
      const checked = check(proxySignupInput, input);
      if (!checked.ok) {
        showFormErrors(this, checked.errors, '');
        return;
      }
      this.setData({ saving: true, errors: {}, bannerError: '' });
      try {
        const signup = await call('fair.proxySignUp', checked.data);
        const index = this.data.slots.findIndex((s) => s.id === signup.slotId);
        const slot = this.data.slots[index];
        const updates: Record<string, unknown> = {
          state: 'done',
          done: {
            name: signup.name,
            code: signup.checkInCode,
            slot: signup.slotLabel,
            noPhone: !!signup.noPhone,
          },
          count: this.data.count + 1,
        };
        if (slot) {
          updates[`slots[${index}].left`] = slot.left - 1;
          updates[`slots[${index}].full`] = slot.left - 1 <= 0;
        }
        this.setData(updates);
      } catch (err) {
        const shown = shownError(err);
        showFormErrors(this, shown.errors, shown.message);
        if (shown.code === 'SLOT_FULL') void this.load();
      } finally {
        this.setData({ saving: false });
      }
    },

    /** 代订: trip.proxyBook on the chosen pick-up point; a full trip puts them on the waiting list. */
    async bookSeat() {
      const f = this.data.form;
      const checked = check(contracts['trip.proxyBook'].input, {
        tripId: this.data.tripId,
        pickupId: this.data.slotId,
        name: opt(f.name),
        phone: this.data.noPhone ? undefined : f.phone.trim(),
        village: opt(f.village),
        idTail: opt(f.idTail),
      });
      if (!checked.ok) {
        // The form names the pick-up point where fairs name the slot.
        const { pickupId, ...rest } = checked.errors;
        showFormErrors(this, pickupId ? { ...rest, slotId: pickupId } : rest, '');
        return;
      }
      this.setData({ saving: true, errors: {}, bannerError: '' });
      try {
        const booking = await call('trip.proxyBook', checked.data);
        const waiting = booking.status === 'waiting';
        this.setData({
          state: 'done',
          done: {
            name: booking.name,
            code: waiting ? '' : booking.boardingCode,
            slot:
              this.data.slots.find((s) => s.id === booking.pickupId)?.label ?? booking.pickupName,
            noPhone: !!booking.noPhone,
            queue: waiting ? (booking.queuePosition ?? 0) : 0,
          },
          count: this.data.count + 1,
        });
      } catch (err) {
        const shown = shownError(err);
        const { pickupId, ...rest } = shown.errors;
        showFormErrors(this, pickupId ? { ...rest, slotId: pickupId } : rest, shown.message);
      } finally {
        this.setData({ saving: false });
      }
    },

    onNext() {
      this.setData({
        state: 'form',
        form: { ...EMPTY, village: this.data.form.village },
        noPhone: false,
        slotId:
          this.data.tripId && this.data.slots.length === 1 ? (this.data.slots[0]?.id ?? '') : '',
        errors: {},
      });
      // The seats left have changed.
      if (this.data.tripId) void this.load();
    },
  },
});
