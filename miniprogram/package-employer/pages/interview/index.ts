import { definePage } from '../../../behaviors/define-page';
import { interviewInput } from '../../../shared/models/application';
import type { GeoPoint } from '../../../shared/models/common';
import { addDays, chinaDay, formatDayWhen } from '../../../shared/time';
import { check, opt, toast } from '../../../services/form';
import { shownError, type FieldErrors } from '../../../services/errors';
import { pickPlace } from '../../../services/pick-place';
import { call } from '../../../services/call-cloud';

/** 明天 12月3日 周四: the day as people say it. */
function dayLabel(day: string): string {
  return formatDayWhen(day, Date.now());
}

/**
 * 邀约面试: the employer sets when, where (a point on the map) and a word for the worker. The
 * worker gets the 面试邀请 notice and answers 我会去 / 想换个时间 in their 我的投递.
 */
definePage({
  data: {
    applicationId: '',
    name: '',
    today: '',
    lastDay: '',
    form: {
      day: '',
      clock: '09:30',
      address: '',
      location: null as GeoPoint | null,
      note: '',
    },
    dayLabel: '',
    placeNote: '',
    errors: {} as FieldErrors,
    saving: false,
  },
  methods: {
    onLoad(query: Record<string, string | undefined>) {
      const today = chinaDay(Date.now());
      this.setData({
        applicationId: query['applicationId'] ?? '',
        name: decodeURIComponent(query['name'] ?? ''),
        today,
        lastDay: addDays(today, 60),
        'form.day': addDays(today, 1),
        dayLabel: dayLabel(addDays(today, 1)),
      });
      // Most interviews are at the company: start from its address and map point.
      void call('employer.mine', {})
        .then((e) => {
          if (e && !this.data.form.address)
            this.setData({ 'form.address': e.address, 'form.location': e.location });
        })
        .catch(() => undefined);
    },

    onDay(e: WechatMiniprogram.PickerChange) {
      const day = String(e.detail.value);
      this.setData({ 'form.day': day, dayLabel: dayLabel(day), 'errors.day': '' });
    },

    onClock(e: WechatMiniprogram.PickerChange) {
      this.setData({ 'form.clock': String(e.detail.value), 'errors.clock': '' });
    },

    onInput(e: WechatMiniprogram.Input) {
      const field = (e.currentTarget.dataset as { field: 'address' | 'note' }).field;
      this.setData({ [`form.${field}`]: e.detail.value, [`errors.${field}`]: '' });
    },

    async onPickPlace() {
      const place = await pickPlace();
      if (!place) {
        toast('没有取到位置，请允许使用位置后再点一次');
        return;
      }
      this.setData({
        'form.location': place.location,
        'errors.location': '',
        placeNote: place.via === 'map' ? '已在地图上选好' : '地图打不开，已用手机当前位置',
        ...(place.address ? { 'form.address': place.address } : {}),
      });
    },

    async onSubmit() {
      if (this.data.saving) return;
      const f = this.data.form;
      const checked = check(
        interviewInput,
        {
          applicationId: this.data.applicationId,
          day: f.day,
          clock: f.clock,
          address: opt(f.address),
          location: f.location ?? undefined,
          note: opt(f.note),
        },
        { location: '请点“在地图上选位置”' },
      );
      if (!checked.ok) {
        this.setData({ errors: checked.errors });
        return;
      }
      this.setData({ saving: true, errors: {} });
      try {
        const out = await call('application.inviteInterview', checked.data);
        toast(out.notified ? '已约好，已通知本人' : '已约好，请再打电话告诉本人', 'success');
        wx.navigateBack({ fail: () => undefined });
      } catch (err) {
        const shown = shownError(err);
        this.setData({ errors: shown.errors });
        toast(shown.message);
      } finally {
        this.setData({ saving: false });
      }
    },
  },
});
