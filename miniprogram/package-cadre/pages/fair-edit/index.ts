import { formErrorBehavior, showFormErrors } from '../../../behaviors/form-errors';
import { onFormInput } from '../../lib/form';
import { definePage } from '../../../behaviors/define-page';
import { getSession } from '../../../services/session';
import { contracts, type ActionInput } from '../../../shared/contracts';
import { MAX_SLOTS } from '../../../shared/models/fair';
import { addDays, chinaDay, formatDay } from '../../../shared/time';
import { askText, check, confirm, opt, toast } from '../../../services/form';
import { shownError, type FieldErrors } from '../../../services/errors';
import { pickPlaceForForm } from '../../../services/pick-place';
import { firstSlot, nextSlot, slotInputOf, slotRowOf, type SlotRow } from '../../lib/slots';
import { call } from '../../../services/call-cloud';

interface Form {
  title: string;
  region: string[];
  town: string;
  village: string;
  address: string;
  location: { lat: number; lng: number } | null;
  day: string;
  description: string;
}

interface EmployerRow {
  employerId: string;
  companyName: string;
  jobIds: string[];
  jobs: number;
}

const FALLBACKS = { region: '请选择省、市、区县', location: '请点“在地图上选位置”' };

function emptyForm(day: string): Form {
  return {
    title: '',
    region: [],
    town: '',
    village: '',
    address: '',
    location: null,
    day,
    description: '',
  };
}

definePage({
  behaviors: [formErrorBehavior],
  data: {
    fairId: '',
    /** The fair's rev the form was loaded at: fair.update is refused if the fair changed since. */
    rev: 0,
    state: 'loading' as 'loading' | 'form' | 'done' | 'error',
    loadError: '',
    status: '',
    form: emptyForm('') as Form,
    dayLabel: '',
    today: '',
    slots: [] as SlotRow[],
    maxSlots: MAX_SLOTS,
    employers: [] as EmployerRow[],
    errors: {} as FieldErrors,
    bannerError: '',
    placeNote: '',
    saving: false,
    inviteCode: '',
  },
  methods: {
    onInput: onFormInput,

    onLoad(query: Record<string, string | undefined>) {
      const today = chinaDay(Date.now());
      const day = addDays(today, 7);
      this.setData({
        fairId: query['id'] ?? '',
        today,
        form: emptyForm(day),
        dayLabel: formatDay(day),
        slots: [firstSlot()],
      });
      if (query['id']) wx.setNavigationBarTitle({ title: '修改招聘会' });
      void this.load();
    },

    async load() {
      this.setData({ state: 'loading', loadError: '' });
      try {
        if (this.data.fairId) {
          const fair = await call('fair.get', { fairId: this.data.fairId });
          const r = fair.region;
          this.setData({
            state: 'form',
            status: fair.status,
            rev: fair.rev,
            errors: {},
            bannerError: '',
            form: {
              title: fair.title,
              region: [r.province, r.city, r.county],
              town: fair.town ?? '',
              village: fair.village,
              address: fair.address,
              location: fair.location,
              day: fair.day,
              description: fair.description ?? '',
            },
            dayLabel: formatDay(fair.day),
            slots: fair.slots.map(slotRowOf),
            employers: fair.employers.map((e) => ({
              employerId: e.employerId,
              companyName: e.companyName,
              jobIds: e.jobs.map((j) => j._id),
              jobs: e.jobs.length,
            })),
          });
        } else {
          // A new fair starts in the cadre's own area.
          const session = await getSession();
          const c = session.cadre;
          if (c) {
            this.setData({
              'form.region': [c.province, c.city, c.county],
              'form.town': c.town ?? '',
            });
          }
          this.setData({ state: 'form' });
        }
      } catch (err) {
        this.setData({ state: 'error', loadError: shownError(err).message });
      }
    },

    onRegion(e: WechatMiniprogram.PickerChange) {
      this.setData({ 'form.region': e.detail.value as unknown as string[], 'errors.region': '' });
    },

    onDay(e: WechatMiniprogram.PickerChange) {
      const day = String(e.detail.value);
      this.setData({ 'form.day': day, dayLabel: formatDay(day), 'errors.day': '' });
    },

    async onPickPlace() {
      const patch = await pickPlaceForForm(this.data.form.address, ['errors.location']);
      if (patch) this.setData(patch);
    },

    onSlotTime(e: WechatMiniprogram.PickerChange) {
      const { index, part } = e.currentTarget.dataset as { index: number; part: 'start' | 'end' };
      this.setData({
        [`slots[${index}].${part}`]: String(e.detail.value),
        [`errors.slots_${index}_${part}`]: '',
        'errors.slots': '',
      });
    },

    onSlotCapacity(e: WechatMiniprogram.Input) {
      const { index } = e.currentTarget.dataset as { index: number };
      this.setData({
        [`slots[${index}].capacity`]: e.detail.value,
        [`errors.slots_${index}_capacity`]: '',
      });
    },

    onAddSlot() {
      if (this.data.slots.length >= MAX_SLOTS) {
        toast(`时段最多${MAX_SLOTS}个`);
        return;
      }
      const slots = this.data.slots;
      this.setData({
        [`slots[${slots.length}]`]: nextSlot(slots[slots.length - 1]),
        'errors.slots': '',
      });
    },

    onRemoveSlot(e: WechatMiniprogram.TouchEvent) {
      const { index } = e.currentTarget.dataset as { index: number };
      if (this.data.slots.length <= 1) {
        toast('请至少留一个时段');
        return;
      }
      // Errors are keyed by position: after a removal they no longer match, so they are cleared.
      this.setData({ slots: this.data.slots.filter((_, i) => i !== index), errors: {} });
    },

    onRemoveEmployer(e: WechatMiniprogram.TouchEvent) {
      const { index } = e.currentTarget.dataset as { index: number };
      this.setData({ employers: this.data.employers.filter((_, i) => i !== index) });
    },

    input() {
      const f = this.data.form;
      const [province = '', city = '', county = ''] = f.region;
      return {
        title: opt(f.title),
        region: f.region.length ? { province, city, county } : undefined,
        town: opt(f.town),
        village: opt(f.village),
        address: opt(f.address),
        location: f.location ?? undefined,
        day: f.day,
        slots: this.data.slots.map(slotInputOf),
        employers: this.data.employers.map((e) => ({ employerId: e.employerId, jobIds: e.jobIds })),
        description: opt(f.description),
      };
    },

    async onSave() {
      if (this.data.saving) return;
      const raw = this.input();
      const fairId = this.data.fairId;
      const checked = fairId
        ? check(contracts['fair.update'].input, { ...raw, fairId, rev: this.data.rev }, FALLBACKS)
        : check(contracts['fair.create'].input, raw, FALLBACKS);
      if (!checked.ok) {
        showFormErrors(this, checked.errors, checked.message);
        return;
      }
      this.setData({ saving: true, errors: {}, bannerError: '' });
      try {
        if (fairId) {
          const out = await call('fair.update', checked.data as ActionInput<'fair.update'>);
          toast('已保存', 'success');
          this.setData({ state: 'done', rev: out.rev });
        } else {
          const out = await call('fair.create', checked.data as ActionInput<'fair.create'>);
          this.setData({ state: 'done', fairId: out.fairId, inviteCode: out.inviteCode });
        }
      } catch (err) {
        const shown = shownError(err);
        showFormErrors(this, shown.errors, shown.message);
        if (shown.code === 'CONFLICT') await this.offerReload(shown.message);
      } finally {
        this.setData({ saving: false });
      }
    },

    /** The fair changed since the form was loaded: reload it; the cadre makes the changes again. */
    async offerReload(message: string) {
      if (!(await confirm('招聘会有变动', message, '刷新'))) return;
      await this.load();
      if (this.data.state === 'form') toast('已刷新，请再改一次');
    },

    async onCancelFair() {
      const reason = await askText('取消招聘会', '写一下原因，会通知已报名的人', {
        confirmText: '确定取消',
        cancelText: '不取消',
      });
      if (reason === undefined) return;
      const checked = check(contracts['fair.cancel'].input, { fairId: this.data.fairId, reason });
      if (!checked.ok) {
        toast(checked.errors['reason'] ?? checked.message);
        return;
      }
      try {
        const out = await call('fair.cancel', checked.data);
        this.setData({ status: 'cancelled' });
        toast(`已取消，已通知${out.notified}人`, 'success');
      } catch (err) {
        toast(shownError(err).message);
      }
    },

    onPoster() {
      wx.redirectTo({ url: `/package-cadre/pages/poster/index?fairId=${this.data.fairId}` });
    },

    onMyFairs() {
      wx.redirectTo({ url: '/package-cadre/pages/fairs/index' });
    },
  },
});
